import { Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';

/** SQLite's own threshold (pages of WAL) for a checkpoint inside a commit. */
const AUTO_CHECKPOINT_PAGES = 1000;

/** A running background checkpointer. */
export interface BackgroundCheckpoints {
  /** Stops the worker after a last checkpoint and closes its connection. */
  stop(): Promise<void>;
}

export interface BackgroundCheckpointOptions {
  /** How often the worker checkpoints (ms). */
  intervalMs?: number;
  /** Gets a failure of the worker; commits then checkpoint by themselves again. */
  onError: (error: unknown) => void;
}

/**
 * Moves a store's WAL checkpoints off the writer's thread. By default SQLite checkpoints inside
 * the commit that takes the WAL past 1,000 pages, and with `synchronous = NORMAL` that commit
 * then waits for two fsyncs (tens of ms on a slow disk, for every ~100 small transactions): the
 * p99 of a server's appends. Here the writer's connection never checkpoints; a worker thread
 * with a connection of its own runs a PASSIVE checkpoint every `intervalMs`. Durability is
 * unchanged: a commit is in the WAL either way, and the checkpoint is SQLite's own. Should the
 * worker fail, the writer's connection checkpoints by itself again.
 */
export function startBackgroundCheckpoints(
  db: Database,
  path: string,
  options: BackgroundCheckpointOptions,
): BackgroundCheckpoints {
  const worker = new Worker(new URL('./sqliteCheckpointWorker.mjs', import.meta.url), {
    workerData: { path, intervalMs: options.intervalMs ?? 200 },
  });
  let stopping = false;
  const fallBack = (error: unknown) => {
    if (db.open) db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
    options.onError(error);
  };
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', (code) => {
      if (!stopping) fallBack(new Error(`the checkpoint worker exited with code ${code}`));
      resolve();
    });
  });
  worker.on('error', (error) => {
    if (!stopping) fallBack(error);
  });
  worker.on('message', (message: { ready?: boolean; error?: string }) => {
    // Until the worker has its connection, commits keep checkpointing themselves.
    if (message.ready && !stopping && db.open) db.pragma('wal_autocheckpoint = 0');
    if (message.error) options.onError(new Error(`checkpoint failed: ${message.error}`));
  });
  // A server that is done must not be kept alive by its checkpointer.
  worker.unref();
  return {
    async stop() {
      if (stopping) return exited;
      stopping = true;
      if (db.open) db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
      worker.postMessage('stop');
      const timer = setTimeout(() => void worker.terminate(), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
