import { parentPort, workerData } from 'node:worker_threads';
import { upcast } from '@kroniek/events';
import { foldable } from '../foldEntry.js';
import type { WorkerLogReader } from '../readModelTypes.js';
import { createRecordedMs, factFields, keptWhole } from './factFields.js';
import { createPacker } from './packedFields.js';
import type { Packer } from './packedFields.js';
import type { FoldWorkerData, FoldWorkerMessage } from './workerFold.js';

// A fold worker (workerFold.ts starts them, through foldWorkerBoot.mjs): it reads its share of
// the log's chunks on a connection of its own, parses each event and hands over the fields the
// engine folds, packed (packedFields.ts), one batch per chunk, while the read model's thread
// writes them into the columns. An entry it does not fold itself (kept whole, or one that does
// not parse or look like an event) goes over as its JSON text, and the read model's thread
// folds it, or throws its error, in its place.
const data = workerData as FoldWorkerData;
const port = parentPort!;
const post = (m: FoldWorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

/** Batches handed over and not yet applied, at most: the worker then waits. */
const AHEAD = 4;

function foldRow(packer: Packer, recordedMs: (at: string) => number, row: WorkerRow): void {
  let e: unknown;
  try {
    e = upcast(JSON.parse(row.json));
  } catch {
    return packer.whole(row);
  }
  if (!foldable(e) || keptWhole(e)) return packer.whole(row);
  packer.mark();
  try {
    factFields(e, row.position, recordedMs(row.recordedAt), packer);
  } catch {
    // Folded in the read model's thread instead, which throws the error there.
    packer.rollback();
    packer.whole(row);
  }
}

type WorkerRow = ReturnType<WorkerLogReader['page']>[number];

/** Folds chunks `share`, `share + stride`, ... of the log; answers how many it handed over. */
function fold(reader: WorkerLogReader): number {
  const applied = new Int32Array(data.control);
  const packer = createPacker();
  const recordedMs = createRecordedMs();
  let sent = 0;
  for (let k = data.share; ; k += data.stride) {
    const from = data.after + k * data.chunk;
    if (from >= data.to) break;
    for (const row of reader.page(from, Math.min(data.chunk, data.to - from)))
      foldRow(packer, recordedMs, row);
    const batch = packer.take();
    post({ chunk: k, batch }, [batch.ops.buffer as ArrayBuffer]);
    sent++;
    // Back-pressure: the read model's thread counts the batches of this worker it applied.
    for (let seen = Atomics.load(applied, 0); sent - seen > AHEAD;) {
      Atomics.wait(applied, 0, seen, 1000);
      seen = Atomics.load(applied, 0);
    }
  }
  return sent;
}

try {
  const { openFoldReader } = (await import(data.source.module)) as {
    openFoldReader: (arg: string) => WorkerLogReader;
  };
  const reader = openFoldReader(data.source.arg);
  try {
    post({ done: fold(reader) });
  } finally {
    reader.close();
  }
} catch (error) {
  post({ error: error instanceof Error ? error.message : String(error) });
}
