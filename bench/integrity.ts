import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createSqliteEventStore, GENESIS_HASH, startServer } from '@kroniek/service';
import { startBackgroundVerify } from '../service/src/integrity/backgroundVerify.js';
import { createAnchorWriter } from '../service/src/integrity/anchor.js';
import { decodeSnapshot } from '../service/src/readmodel/snapshot.js';
import { ensureWorkload } from './data.js';

/**
 * What the service's own tamper checks cost (issue 11, item 4), on a copy of the bench store:
 * the chain walk a start-up makes before serving (the whole chain when there is no snapshot,
 * the tail after a warm one), the background whole-chain verification in its worker, the
 * snapshot's HMAC, and the head anchor's fsyncs on single appends.
 * `node --import tsx bench/integrity.ts [--size N] [--seed S]`. Plain numbers only.
 */
const { values } = parseArgs({ options: { size: { type: 'string' }, seed: { type: 'string' } } });
const size = Number(values.size ?? 100_000);
const seed = Number(values.seed ?? 42);
const files = await ensureWorkload(size, seed, (line) => console.error(line));
const dir = mkdtempSync(join(tmpdir(), 'kroniek-bench-integrity-'));
const ms = (t0: number) => Math.round(performance.now() - t0);
const clock = () => new Date(Date.UTC(2026, 2, 1, 12));
try {
  const db = join(dir, 'kroniek.db');
  copyFileSync(files.db, db);

  // The walk itself, on the main thread: what a start-up without a snapshot does before serving.
  const store = createSqliteEventStore({ path: db, clock });
  let t0 = performance.now();
  const walk = await store.walkChain({ position: 0, hash: GENESIS_HASH });
  const walkMs = ms(t0);
  t0 = performance.now();
  const parsed = await store.walkChain({ position: 0, hash: GENESIS_HASH }, { parseJson: true });
  const parsedMs = ms(t0);
  await store.close();
  t0 = performance.now();
  // The worker does not keep a process alive (a server's must not): this timer does, meanwhile.
  const keepAlive = setInterval(() => {}, 1000);
  const background = await new Promise<{ checked: number; ms: number }>((resolve, reject) => {
    startBackgroundVerify({
      path: db,
      onDone: (result, workerMs) => resolve({ checked: result.checked, ms: Math.round(workerMs) }),
      onError: reject,
    });
  });
  const backgroundWallMs = ms(t0);
  clearInterval(keepAlive);

  // Cold and warm start-ups of the real service: the log lines say what the checks took.
  const starts: Record<string, unknown>[] = [];
  for (const kind of ['cold', 'warm']) {
    const lines: Record<string, unknown>[] = [];
    t0 = performance.now();
    const server = await startServer({
      dbPath: db,
      eventsDir: files.eventsDir,
      port: 0,
      token: 'bench-integrity-token',
      clock,
      log: (line) => lines.push(JSON.parse(line) as Record<string, unknown>),
    });
    const startMs = ms(t0);
    for (let i = 0; i < 600 && !lines.some((l) => l.msg === 'hash chain verified'); i++) {
      if (kind === 'cold') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await server.close();
    const tail = lines.find((l) => l.msg === 'hash chain verified before serving');
    const full = lines.find((l) => l.msg === 'hash chain verified');
    starts.push({ kind, startMs, tail, backgroundVerify: full ?? null });
  }

  // The snapshot's HMAC: decode with and without the key (the HMAC is the difference).
  const bytes = readFileSync(`${db}.readmodel`);
  const key = Buffer.from(readFileSync(`${db}.key`, 'utf8').trim(), 'hex');
  t0 = performance.now();
  decodeSnapshot(bytes);
  const plainMs = ms(t0);
  t0 = performance.now();
  decodeSnapshot(bytes, key);
  const keyedMs = ms(t0);

  // Single appends (one per commit), with and without the anchor writer.
  const appends = async (withAnchor: boolean) => {
    const path = join(dir, `appends-${randomUUID()}.db`);
    const anchor = createAnchorWriter({ path: `${path}.anchor`, dbPath: path });
    const s = createSqliteEventStore({
      path,
      clock,
      ...(withAnchor ? { onCommitted: (c) => anchor.record(c.to) } : {}),
    });
    const n = 2000;
    const start = performance.now();
    for (let i = 0; i < n; i++)
      await s.append(`s-${i % 50}`, [{ id: randomUUID(), type: 'T', data: { i } }]);
    await anchor.flush();
    const perSec = Math.round(n / ((performance.now() - start) / 1000));
    await s.close();
    return perSec;
  };
  // Alternated, so warm-up and the machine's load fall on both alike.
  const plainAppends: number[] = [];
  const anchoredAppends: number[] = [];
  for (let round = 0; round < 2; round++) {
    anchoredAppends.push(await appends(true));
    plainAppends.push(await appends(false));
  }

  console.log(
    JSON.stringify(
      {
        events: size,
        chainWalkMs: { events: walk.checked, ms: walkMs },
        chainWalkWithJsonParseMs: { events: parsed.checked, ms: parsedMs },
        backgroundWorker: { ...background, wallMs: backgroundWallMs },
        starts,
        snapshot: { bytes: bytes.length, decodeMs: plainMs, decodeWithHmacMs: keyedMs },
        singleAppendsPerSec: { plain: plainAppends, withAnchor: anchoredAppends },
      },
      null,
      2,
    ),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
