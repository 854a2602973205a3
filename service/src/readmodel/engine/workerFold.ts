import { Worker } from 'node:worker_threads';
import { toFoldEntry } from '../foldEntry.js';
import type { LogEntry, WorkerFoldOptions, WorkerLog } from '../readModelTypes.js';
import { createUnpacker } from './packedFields.js';
import type { FactWriter, PackedBatch } from './packedFields.js';

/** Workers a fold starts: with the read model's thread they keep two cores busy. */
const WORKERS = 2;
/** Log entries per chunk: a worker's unit of reading and of hand-over. */
const CHUNK = 2048;

/** What a fold worker is started with (foldWorker.ts). */
export interface FoldWorkerData {
  source: WorkerLog;
  /** the fold takes the entries after this position ... */
  after: number;
  /** ... up to this one, in chunks of `chunk` entries: chunk k starts after `after + k * chunk` */
  to: number;
  chunk: number;
  /** this worker reads chunks share, share + stride, share + 2 * stride ... */
  share: number;
  stride: number;
  /** one Int32: the batches of this worker applied so far (its back-pressure) */
  control: SharedArrayBuffer;
}

/** What a fold worker posts: one batch per chunk, then how many it sent, or why it stopped. */
export type FoldWorkerMessage =
  { chunk: number; batch: PackedBatch } | { done: number } | { error: string };

/** A fold worker could not run (not an entry that does not parse): fold in this thread. */
export class FoldWorkerError extends Error {
  override name = 'FoldWorkerError';
}

/** What a worker fold writes into: the log index's column writer and its fold of one entry. */
export interface FoldTarget {
  writer: FactWriter;
  apply(entry: LogEntry): boolean;
  position(): number;
}

/**
 * Folds the log after `target.position()` up to `options.to` with worker threads that read and
 * parse it in chunks (foldWorker.ts), each worker every other chunk, while this thread writes
 * the fields they hand over, chunk after chunk in log order. Resolves with the last position
 * applied, which is before `options.before()` when that moves below `to` during the fold (a
 * break found meanwhile). Rejects with the error of an entry that does not parse, as the fold
 * in this thread throws it (the target then stands at the entry before it), or with a
 * FoldWorkerError when a worker could not run (the target stands after the last chunk applied,
 * and a fold in this thread can go on from there).
 */
export function foldInWorker(
  target: FoldTarget,
  source: WorkerLog,
  options: WorkerFoldOptions,
): Promise<number> {
  const before = options.before ?? (() => Number.POSITIVE_INFINITY);
  const after = target.position();
  const to = Math.min(options.to, before() - 1);
  if (to <= after) return Promise.resolve(after);
  const chunks = Math.ceil((to - after) / CHUNK);
  const workers = Array.from({ length: Math.min(WORKERS, chunks) }, (_, share) => {
    const control = new SharedArrayBuffer(4);
    const data: FoldWorkerData = {
      source,
      after,
      to,
      chunk: CHUNK,
      share,
      stride: Math.min(WORKERS, chunks),
      control,
    };
    return {
      worker: new Worker(new URL('./foldWorkerBoot.mjs', import.meta.url), { workerData: data }),
      applied: new Int32Array(control),
      unpack: createUnpacker(target.writer, (row) => target.apply(toFoldEntry(row))),
    };
  });
  /** batches that came before their turn, by chunk */
  const waiting = new Map<number, PackedBatch>();
  let next = 0;
  /** workers that said they handed over every chunk of theirs */
  let done = 0;
  return new Promise<number>((resolve, reject) => {
    let settled = false;
    const settle = (error: unknown) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.worker.terminate();
      if (error === null) resolve(target.position());
      else reject(error);
    };
    /** Applies the chunks whose turn it is; false when the fold is to stop (a break). */
    const drain = (): boolean => {
      for (let batch = waiting.get(next); batch; batch = waiting.get(next)) {
        waiting.delete(next);
        const w = workers[next % workers.length]!;
        if (!w.unpack(batch, before())) return false;
        Atomics.add(w.applied, 0, 1);
        Atomics.notify(w.applied, 0);
        next++;
      }
      return true;
    };
    for (const { worker } of workers) {
      worker.on('message', (m: FoldWorkerMessage) => {
        if (settled) return;
        if ('chunk' in m) {
          waiting.set(m.chunk, m.batch);
          try {
            if (!drain()) return settle(null);
          } catch (error) {
            return settle(error);
          }
          if (next === chunks) settle(null);
        } else if ('error' in m) settle(new FoldWorkerError(m.error));
        else if (++done === workers.length)
          settle(new FoldWorkerError(`the fold workers handed over ${next} of ${chunks} chunks`));
      });
      worker.on('error', (error) => settle(new FoldWorkerError(String(error))));
      worker.on('exit', (code) => {
        // A worker that is done has handed over its chunks; the fold ends with the last one.
        if (code !== 0) settle(new FoldWorkerError(`a fold worker stopped (exit code ${code})`));
      });
    }
  });
}
