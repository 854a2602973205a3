import type { MessagePort } from 'node:worker_threads';
import type { WorkerLog } from '../readModelTypes.js';
import type { PackedBatch } from './packedFields.js';

/*
 * How the read model's thread and its fold workers share a fold (workerFold.ts, foldWorker.ts):
 * the stretch of the log is cut into chunks, each thread claims the next chunk from a shared
 * counter, and the read model's thread applies them in log order.
 */

/** Slots of the shared Int32Array: chunks claimed, chunks applied. */
export const CLAIMED = 0;
export const APPLIED = 1;
export const SYNC_SLOTS = 2;

/** Chunks packed ahead of the last one applied, at most (each a few hundred kilobytes). */
export const AHEAD = 16;

/** What a fold worker is started with. */
export interface FoldWorkerData {
  source: WorkerLog;
  /** the fold takes the entries after this position ... */
  after: number;
  /** ... up to this one, in `chunks` chunks of `chunk` entries */
  to: number;
  chunk: number;
  chunks: number;
  /** the shared counters (SYNC_SLOTS Int32s) */
  sync: SharedArrayBuffer;
  /** where the worker posts its batches (read with receiveMessageOnPort) */
  port: MessagePort;
}

/** What a fold worker posts: a chunk's batch, or why it stopped. */
export type FoldWorkerMessage = { chunk: number; batch: PackedBatch } | { error: string };

/** The position chunk `k` starts after. */
export const fromChunk = (d: { after: number; chunk: number }, k: number) => d.after + k * d.chunk;

/** Waits (blocking: a worker only) while chunk `k` is too far ahead of the chunks applied. */
export function waitUntilNear(sync: Int32Array, k: number): void {
  for (let applied = Atomics.load(sync, APPLIED); k - applied > AHEAD;) {
    Atomics.wait(sync, APPLIED, applied, 200);
    applied = Atomics.load(sync, APPLIED);
  }
}
