import { parentPort, workerData } from 'node:worker_threads';
import { GENESIS_HASH, walkChain } from '../store/chain.js';
import type { ChainPoint } from '../store/chain.js';
import { openReadOnlyLog } from '../store/sqliteReadOnly.js';

// The worker thread of a chain check (backgroundVerify.ts): it recomputes the hash chain from a
// point (the start by default), and parses every row's JSON unless told not to, on a read-only
// connection of its own, so the thread that started it goes on meanwhile. Started through
// chainWorkerBoot.mjs.
const { path, from, parseJson } = workerData as {
  path: string;
  from?: ChainPoint;
  parseJson?: boolean;
};
const port = parentPort!;
const started = performance.now();
try {
  const log = openReadOnlyLog(path);
  try {
    const result = await walkChain(log.page, from ?? { position: 0, hash: GENESIS_HASH }, {
      parseJson: parseJson ?? true,
    });
    port.postMessage({ result, ms: performance.now() - started });
  } finally {
    log.close();
  }
} catch (error) {
  port.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
