import type { ReadModelFeed } from '../feed.js';
import type { Logger } from '../http/logging.js';
import type { ReadModel } from '../readmodel/readModel.js';
import type { ChainCheck, ChainPoint } from '../store/chain.js';
import { startBackgroundVerify } from './backgroundVerify.js';
import type { ChainGuard } from './chainGuard.js';
import { settleTail, tailStart, verifyTail } from './startup.js';
import type { ChainStore, TailCheck } from './startup.js';

/**
 * From this many positions between the point known good and the head (a cold start of a large
 * log), the check before serving walks the chain in a worker thread while the model folds.
 */
export const CONCURRENT_CHECK_FROM = 50_000;

export interface VerifiedFoldOptions {
  /** The store's chain capabilities and its file; null when there is no chain to verify. */
  chain: { store: ChainStore; file: string } | null;
  /** The last point known good (kept with the snapshot), if any. */
  knownGood: ChainPoint | undefined;
  guard: ChainGuard;
  log: Logger;
  /** The model to fold into: restored from a snapshot, or empty. */
  model: ReadModel;
  /** An empty model, for folding again up to a break the first fold went past. */
  createModel: () => ReadModel;
  /** A feed that folds the log into a model and stops at the guard's break. */
  feedFor: (model: ReadModel) => ReadModelFeed;
  /** From how long a tail the walk runs beside the fold; default CONCURRENT_CHECK_FROM. */
  concurrentFrom?: number;
}

export interface VerifiedFold {
  model: ReadModel;
  feed: ReadModelFeed;
  /** The check before serving; null without a chain. */
  tail: TailCheck | null;
  /** The first fold went past a break, so the model was folded again up to it. */
  refolded: boolean;
}

/**
 * Brings the read model to the head of the log with the hash chain verified from the last point
 * known good, before the service serves. A short tail is walked first and then folded, so the
 * fold stops at a break. A long one (a cold start folds the whole log) is walked in a worker
 * thread while the model folds, which overlaps the two longest steps of a start; when the walk
 * then finds a break that the fold went past, a new model is folded up to the break, so no
 * broken row is ever served either way.
 */
export async function foldVerified(options: VerifiedFoldOptions): Promise<VerifiedFold> {
  const { chain, guard, log } = options;
  let model = options.model;
  let feed = options.feedFor(model);
  if (!chain) {
    await feed.catchUp();
    return { model, feed, tail: null, refolded: false };
  }
  const from = tailStart(chain.store, options.knownGood);
  const head = await chain.store.head();
  if (head - from.position < (options.concurrentFrom ?? CONCURRENT_CHECK_FROM)) {
    const tail = await verifyTail({ store: chain.store, from, guard, log });
    await feed.catchUp();
    return { model, feed, tail, refolded: false };
  }
  const t0 = performance.now();
  const walk = walkInWorker(chain.file, from);
  // The walk's outcome is awaited below, also when the fold fails (no unhandled rejection).
  walk.catch(() => {});
  await feed.catchUp();
  const tail = settleTail({ guard, log }, from, await walk, performance.now() - t0);
  if (tail.result.ok || model.position() < tail.result.brokenAt)
    return { model, feed, tail, refolded: false };
  log.error('the fold went past the break; folding again up to it', {
    brokenAt: tail.result.brokenAt,
    folded: model.position(),
  });
  model = options.createModel();
  feed = options.feedFor(model);
  await feed.catchUp();
  return { model, feed, tail, refolded: true };
}

/** The chain walked from `from` to the head in a worker thread (hashes only, no JSON parse). */
function walkInWorker(path: string, from: ChainPoint): Promise<ChainCheck> {
  return new Promise((resolve, reject) => {
    startBackgroundVerify({
      path,
      from,
      parseJson: false,
      keepAlive: true,
      onDone: resolve,
      onError: reject,
    });
  });
}
