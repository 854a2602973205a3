import type { ChainPoint } from '../store/chain.js';
import { GENESIS_HASH } from '../store/chain.js';
import { ChainBrokenError } from './errors.js';

/** How far the service has checked its log (what `/readyz` reports). */
export type ChainStatus =
  | {
      state: 'intact';
      /** the chain is verified from the start up to here */
      verifiedThrough: number;
      /** the whole-chain verification in the background */
      full: 'pending' | 'running' | 'done' | 'failed';
    }
  | { state: 'broken'; brokenAt: number; reason: string };

/** One service's knowledge of its log's integrity; writes ask it first. */
export interface ChainGuard {
  status(): ChainStatus;
  /** The last chain point known good: verified, or chained by this process to one that was. */
  knownGood(): ChainPoint;
  /** The chain was verified from the start up to `point`. */
  verified(point: ChainPoint): void;
  /** A commit of this process: it extends what is known good when it chains to it. */
  committed(commit: { from: ChainPoint; to: ChainPoint }): void;
  /** A break (or a row that does not parse) at `position`; the earliest one found is kept. */
  broken(position: number, reason: string): void;
  fullVerification(state: 'running' | 'done' | 'failed'): void;
  /** Throws ChainBrokenError (503) when the log is broken. */
  assertWritable(): void;
  /** The first position the read model must not fold (the break), or Infinity. */
  foldLimit(): number;
}

/** A guard that knows nothing yet: nothing verified, nothing broken. */
export function createChainGuard(): ChainGuard {
  let good: ChainPoint = { position: 0, hash: GENESIS_HASH };
  let verifiedThrough = 0;
  let full: 'pending' | 'running' | 'done' | 'failed' = 'pending';
  let brokenAt: { position: number; reason: string } | null = null;
  return {
    status: () =>
      brokenAt
        ? { state: 'broken', brokenAt: brokenAt.position, reason: brokenAt.reason }
        : { state: 'intact', verifiedThrough, full },
    knownGood: () => good,
    verified(point) {
      if (point.position >= good.position) good = { position: point.position, hash: point.hash };
      verifiedThrough = Math.max(verifiedThrough, point.position);
    },
    committed({ from, to }) {
      if (from.position === good.position && from.hash === good.hash)
        good = { position: to.position, hash: to.hash };
    },
    broken(position, reason) {
      if (!brokenAt || position < brokenAt.position) brokenAt = { position, reason };
    },
    fullVerification(state) {
      full = state;
    },
    assertWritable() {
      if (brokenAt) throw new ChainBrokenError(brokenAt.position, brokenAt.reason);
    },
    foldLimit: () => brokenAt?.position ?? Number.POSITIVE_INFINITY,
  };
}
