import type { Logger } from '../http/logging.js';
import type { ChainCheck, ChainPoint } from '../store/chain.js';
import { GENESIS_HASH } from '../store/chain.js';
import type { EventStore } from '../store/eventStore.js';
import { anchorProblem, readAnchor } from './anchor.js';
import type { AnchorHead } from './anchor.js';
import type { ChainGuard } from './chainGuard.js';
import { AnchorMismatchError } from './errors.js';

/** A store that declares the chain capabilities the integrity checks need (the SQLite store). */
export type ChainStore = Pick<EventStore, 'head'> &
  Required<Pick<EventStore, 'hashAt' | 'walkChain'>>;

/** The store as a ChainStore when it declares `hashAt` and `walkChain`, else null. */
export function chainStoreOf(store: EventStore): ChainStore | null {
  const { hashAt, walkChain } = store;
  if (!hashAt || !walkChain) return null;
  return {
    head: () => store.head(),
    hashAt: (position) => hashAt.call(store, position),
    walkChain: (from, options) => walkChain.call(store, from, options),
  };
}

/**
 * Refuses a store that is shorter than its head anchor, or holds another hash at the anchor's
 * position (AnchorMismatchError); a store that has grown past it is fine. Returns the anchor.
 */
export async function checkHeadAnchor(path: string, store: ChainStore): Promise<AnchorHead | null> {
  const anchor = readAnchor(path);
  if (!anchor) return null;
  const problem = anchorProblem(anchor, {
    head: await store.head(),
    hashAt: (p) => store.hashAt(p),
  });
  if (problem)
    throw new AnchorMismatchError(
      `the store does not match its head anchor ${path}: ${problem}. Restore the store from a ` +
        `backup; if it was replaced on purpose, remove ${path} (\`kroniek verify\` checks it first)`,
      { path, anchor },
    );
  return anchor;
}

export interface TailCheck {
  /** where the walk started: the last point known good, or 0 */
  from: number;
  result: ChainCheck;
  ms: number;
}

/**
 * Where the check before serving starts: the last point known good (recorded in the
 * authenticated snapshot) while the store still holds its hash there, else the start of the log.
 */
export function tailStart(store: ChainStore, known: ChainPoint | undefined): ChainPoint {
  return known && known.position > 0 && store.hashAt(known.position) === known.hash
    ? known
    : { position: 0, hash: GENESIS_HASH };
}

/**
 * Verifies the hash chain from `from` (see tailStart) to the head, before the service serves,
 * and tells the guard (settleTail).
 */
export async function verifyTail(options: {
  store: ChainStore;
  from: ChainPoint;
  guard: ChainGuard;
  log: Logger;
}): Promise<TailCheck> {
  const t0 = performance.now();
  const result = await options.store.walkChain(options.from);
  return settleTail(options, options.from, result, performance.now() - t0);
}

/**
 * Tells the guard what a walk of the tail found: the chain is verified to the head, or broken
 * at a position (logged at error level).
 */
export function settleTail(
  to: { guard: ChainGuard; log: Logger },
  from: ChainPoint,
  result: ChainCheck,
  ms: number,
): TailCheck {
  const { guard, log } = to;
  if (result.ok) {
    guard.verified(result.head);
    log.info('hash chain verified before serving', {
      from: from.position,
      head: result.checked,
      ms: Math.round(ms),
    });
  } else reportBreak(guard, log, result.brokenAt, result.reason);
  return { from: from.position, result, ms };
}

/** Marks the log broken and says so once, at error level. */
export function reportBreak(guard: ChainGuard, log: Logger, position: number, reason: string) {
  guard.broken(position, reason);
  log.error('the log is broken: not ready, writes refused', { brokenAt: position, reason });
}
