import { buildAmountBuckets } from './amountBuckets.js';
import type { AmountBuckets } from './amountBuckets.js';
import { extendAmountBuckets } from './amountBucketsExtend.js';
import type { AmountRows } from './amountRows.js';
import type { LogIndex } from './logIndex.js';

/**
 * The checkpoints an engine built, by the rows they were built for, and rows extended from rows
 * with checkpoints (how to extend those instead of building anew). One per engine.
 */
export interface AmountBucketsCache {
  built: WeakMap<AmountRows, AmountBuckets>;
  pending: WeakMap<AmountRows, { from: AmountRows; inserted: Int32Array }>;
}

export const createAmountBucketsCache = (): AmountBucketsCache => ({
  built: new WeakMap(),
  pending: new WeakMap(),
});

/**
 * Notes that `rows` extend `from` by the rows at `inserted` (see extendAmountRows), so their
 * checkpoints can be extended from those of `from`, if it has any.
 */
export function noteExtendedRows(
  cache: AmountBucketsCache,
  rows: AmountRows,
  from: AmountRows,
  inserted: Int32Array,
): void {
  // Only rows with checkpoints are remembered: rows never charted do not chain old rows.
  if (cache.built.has(from)) cache.pending.set(rows, { from, inserted });
}

/** The checkpoints of these rows, built once (or extended from those of the rows they extend). */
export function amountBucketsOf(
  index: LogIndex,
  rows: AmountRows,
  cache: AmountBucketsCache,
): AmountBuckets {
  let b = cache.built.get(rows);
  if (!b) {
    const p = cache.pending.get(rows);
    const base = p ? cache.built.get(p.from) : undefined;
    b =
      p && base
        ? extendAmountBuckets(index, base, p.from, rows, p.inserted)
        : buildAmountBuckets(index, rows);
    cache.pending.delete(rows);
    cache.built.set(rows, b);
  }
  return b;
}
