import { parentPort, workerData } from 'node:worker_threads';
import { GENESIS_HASH, walkChain } from '../store/chain.js';
import { openReadOnlyLog } from '../store/sqliteReadOnly.js';

// The worker thread of the background verification (backgroundVerify.ts): it recomputes the
// whole hash chain, and parses every row's JSON, on a read-only connection of its own, so the
// service answers while it runs. Started through chainWorkerBoot.mjs.
const { path } = workerData as { path: string };
const port = parentPort!;
const started = performance.now();
try {
  const log = openReadOnlyLog(path);
  try {
    const result = await walkChain(
      log.page,
      { position: 0, hash: GENESIS_HASH },
      { parseJson: true },
    );
    port.postMessage({ result, ms: performance.now() - started });
  } finally {
    log.close();
  }
} catch (error) {
  port.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
