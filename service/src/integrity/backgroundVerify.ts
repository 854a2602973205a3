import { Worker } from 'node:worker_threads';
import type { ChainCheck, ChainPoint } from '../store/chain.js';

/** A whole-chain verification running in a worker thread. */
export interface BackgroundVerify {
  /** Stops it (when still running); its outcome is then not reported. */
  stop(): Promise<void>;
}

export interface BackgroundVerifyOptions {
  /** The store file; the worker opens it read-only. */
  path: string;
  /** Where the walk starts: a point known good; default the start of the log. */
  from?: ChainPoint;
  /** Also parse every row's data and metadata as JSON; default true. */
  parseJson?: boolean;
  /** Keep the process alive while it runs (someone awaits it); default false. */
  keepAlive?: boolean;
  /** The outcome, and how long it took. */
  onDone: (result: ChainCheck, ms: number) => void;
  /** The worker could not run (not a break of the chain). */
  onError: (error: unknown) => void;
}

/**
 * Recomputes the hash chain of a store file (the whole of it by default), and parses every row,
 * in a worker thread with a read-only connection of its own, up to the head as the worker finds
 * it. The service verifies the log's tail before it serves; this covers what came before, while
 * it serves. A cold start also walks its long tail this way, while it folds (verifiedFold.ts).
 */
export function startBackgroundVerify(options: BackgroundVerifyOptions): BackgroundVerify {
  const worker = new Worker(new URL('./chainWorkerBoot.mjs', import.meta.url), {
    workerData: {
      path: options.path,
      ...(options.from ? { from: options.from } : {}),
      ...(options.parseJson !== undefined ? { parseJson: options.parseJson } : {}),
    },
  });
  let stopped = false;
  let settled = false;
  worker.on('message', (message: { result?: ChainCheck; ms?: number; error?: string }) => {
    if (stopped || settled) return;
    settled = true;
    if (message.result) options.onDone(message.result, message.ms ?? 0);
    else options.onError(new Error(message.error ?? 'the verification worker failed'));
  });
  worker.on('error', (error) => {
    if (stopped || settled) return;
    settled = true;
    options.onError(error);
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  // A server that is done must not be kept alive by its verification.
  if (!options.keepAlive) worker.unref();
  return {
    async stop() {
      stopped = true;
      await worker.terminate();
      await exited;
    },
  };
}
