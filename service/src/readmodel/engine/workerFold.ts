import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { toFoldEntry } from '../foldEntry.js';
import type { LogEntry, WorkerFoldOptions, WorkerLog } from '../readModelTypes.js';
import { createChunkPacker, openWorkerLog } from './foldChunk.js';
import { AHEAD, APPLIED, CLAIMED, fromChunk, SYNC_SLOTS } from './foldSync.js';
import type { FoldWorkerData, FoldWorkerMessage } from './foldSync.js';
import { createUnpacker } from './packedFields.js';
import type { FactWriter, PackedBatch } from './packedFields.js';

/** Log entries per chunk: the unit that a thread claims, reads and hands over. */
const CHUNK = 2048;

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

/** One source of batches: a worker (or this thread) with the unpacker of its string table. */
interface Source {
  unpack: (batch: PackedBatch, stopAt?: number) => boolean;
  port: MessagePort | null;
  worker: Worker | null;
}

/**
 * Folds the log after `target.position()` up to `options.to` with worker threads: the stretch
 * is cut into chunks, and each worker claims the next chunk, reads and parses it and hands over
 * its packed fields (foldWorker.ts), while this thread writes the chunks into the columns in
 * log order. This thread claims chunks too whenever the next one to write is not there yet (at
 * the start, while the workers boot): the one it is to write next it folds itself, straight
 * into the columns, a later one it packs like a worker; and when it is far enough ahead and the
 * next chunk is still not there, it folds that one itself too instead of waiting for a worker
 * that has no processor. So the threads share the work however fast each is, this thread never
 * waits, and a short stretch is folded here before a worker has started.
 *
 * Resolves with the last position applied, which is before `options.before()` when that moves
 * to `to` or below during the fold (a break found meanwhile). Rejects with the error of an
 * entry that does not parse, as the fold in this thread throws it (the target then stands at
 * the entry before it), or with a FoldWorkerError when a worker could not run (the target
 * stands after the last chunk applied, and a fold in this thread can go on from there).
 */
export async function foldInWorker(
  target: FoldTarget,
  log: WorkerLog,
  options: WorkerFoldOptions,
): Promise<number> {
  const before = options.before ?? (() => Number.POSITIVE_INFINITY);
  const after = target.position();
  const to = Math.min(options.to, before() - 1);
  if (to <= after) return after;
  let reader;
  try {
    reader = await openWorkerLog(log);
  } catch (error) {
    throw new FoldWorkerError(`the log cannot be read: ${String(error)}`);
  }
  const chunks = Math.ceil((to - after) / CHUNK);
  const shared = new SharedArrayBuffer(SYNC_SLOTS * 4);
  const sync = new Int32Array(shared);
  const whole = (row: Parameters<Parameters<typeof createUnpacker>[1]>[0]) =>
    target.apply(toFoldEntry(row));
  let failure: FoldWorkerError | null = null;
  // A failure a worker posts stops the fold. One that ends a worker otherwise is an event, seen
  // only when this thread yields (never, unless it leaves all chunks to the workers): its
  // chunks are then folded here, as any chunk that does not come in time.
  const fail = (why: string) => (failure ??= new FoldWorkerError(why));
  const workers = Math.max(1, options.workers ?? availableParallelism() - 1);
  const here = options.thisThread ?? true;
  const sources: Source[] = [
    { unpack: createUnpacker(target.writer, whole), port: null, worker: null },
  ];
  for (let w = 0; w < Math.min(workers, here ? chunks - 1 : chunks); w++) {
    const { port1, port2 } = new MessageChannel();
    const data: FoldWorkerData = {
      source: log,
      after,
      to,
      chunk: CHUNK,
      chunks,
      sync: shared,
      port: port2,
    };
    const worker = new Worker(new URL('./foldWorkerBoot.mjs', import.meta.url), {
      workerData: data,
      transferList: [port2],
    });
    worker.on('error', (error) => fail(`a fold worker failed: ${String(error)}`));
    worker.on('exit', (code) => {
      if (code !== 0) fail(`a fold worker stopped (exit code ${code})`);
    });
    sources.push({ unpack: createUnpacker(target.writer, whole), port: port1, worker });
  }
  const pack = createChunkPacker();
  /** batches that came before their turn, by chunk, with the source that packed them */
  const waiting = new Map<number, { batch: PackedBatch; source: Source }>();
  let next = 0;

  const receive = () => {
    for (const source of sources) {
      if (!source.port) continue;
      for (let m = receiveMessageOnPort(source.port); m; m = receiveMessageOnPort(source.port)) {
        const message = m.message as FoldWorkerMessage;
        if ('error' in message) fail(message.error);
        // A chunk folded here already: its strings are learnt, in the order the worker sent them.
        else if (message.chunk < next) source.unpack(message.batch, Number.NEGATIVE_INFINITY);
        else waiting.set(message.chunk, { batch: message.batch, source });
      }
    }
  };
  const applied = () => {
    next++;
    Atomics.store(sync, APPLIED, next);
    Atomics.notify(sync, APPLIED);
  };
  /** Folds chunk `k`, the next to write, in this thread; false when it stopped at a break. */
  const foldHere = (k: number): boolean => {
    const from = fromChunk({ after, chunk: CHUNK }, k);
    const stopAt = before();
    for (const row of reader.page(from, Math.min(CHUNK, to - from))) {
      if (row.position >= stopAt) return false;
      target.apply(toFoldEntry(row));
    }
    return true;
  };

  try {
    while (next < chunks) {
      receive();
      if (failure) throw failure;
      const ready = waiting.get(next);
      if (ready) {
        waiting.delete(next);
        if (!ready.source.unpack(ready.batch, before())) break;
        applied();
        continue;
      }
      // The next chunk is not there: claim one here, unless this thread is far enough ahead.
      if (here && Atomics.load(sync, CLAIMED) < Math.min(chunks, next + AHEAD)) {
        const k = Atomics.add(sync, CLAIMED, 1);
        if (k === next) {
          if (!foldHere(k)) break;
          applied();
        } else if (k < chunks) {
          const from = fromChunk({ after, chunk: CHUNK }, k);
          const batch = pack(reader.page(from, Math.min(CHUNK, to - from)));
          waiting.set(k, { batch, source: sources[0]! });
        }
        continue;
      }
      // Left to the workers: wait for them (a millisecond at a time, seeing their events).
      if (!here) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        continue;
      }
      // Far enough ahead, and the next chunk is still not there (its worker is slow, or has no
      // processor just now): fold it here rather than wait. Its batch, when it comes, only
      // teaches the string table (see receive).
      if (!foldHere(next)) break;
      applied();
    }
  } finally {
    reader.close();
    for (const s of sources) {
      s.port?.close();
      if (s.worker) void s.worker.terminate();
    }
  }
  return target.position();
}
