/** Index of the first element for which `below(i)` is false, in [lo, hi). `below` must be monotone. */
export function partitionPoint(lo: number, hi: number, below: (i: number) => boolean): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (below(mid)) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** Number of values ≤ x in an ascending numeric array. */
export function countAtMost(values: ArrayLike<number>, x: number): number {
  return partitionPoint(0, values.length, (i) => values[i]! <= x);
}

/**
 * Merges an ascending array with a batch of new items (sorted here; the batch is small
 * compared to the index). O(n + k log k): the index is never re-sorted as a whole.
 */
export function mergeSorted<T>(sorted: readonly T[], batch: T[], cmp: (a: T, b: T) => number): T[] {
  if (batch.length === 0) return sorted.slice();
  batch.sort(cmp);
  const out: T[] = new Array<T>(sorted.length + batch.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < sorted.length && j < batch.length) {
    out[k++] = cmp(sorted[i]!, batch[j]!) <= 0 ? sorted[i++]! : batch[j++]!;
  }
  while (i < sorted.length) out[k++] = sorted[i++]!;
  while (j < batch.length) out[k++] = batch[j++]!;
  return out;
}
