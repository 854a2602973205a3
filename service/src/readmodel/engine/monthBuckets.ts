import { EVENT_TYPES } from '@kroniek/events';
import { dayNumber, monthIndex, monthString } from '../../temporal/days.js';
import { countAtMost } from '../../temporal/sorted.js';
import type { SortedColumns } from './sortedColumns.js';

const T = EVENT_TYPES.length;

/**
 * Checkpoints along the occurred order, one per calendar month of the key day: the entries
 * of a month are a contiguous range of the sorted index, and for each (month, kind) the
 * knownOn days of its unamended entries are kept sorted. A count "happened by asOf and
 * known by knownBy" is then one binary search per (month, kind) before asOf's month plus a
 * scan of that one month: O(months × kinds × log + entries of one month), not O(n).
 * Amended entries are left out here; a replay adds them from its slot resolution.
 */
export interface MonthBuckets {
  /** month index (year * 12 + month - 1) of each bucket, ascending */
  month: Int32Array;
  /** first entry of each bucket in the sorted columns; start[b + 1] ends it */
  start: Int32Array;
  /** segment of (bucket, kind) in `known`: known[seg[b * T + t] .. seg[b * T + t + 1]) */
  seg: Int32Array;
  known: Int32Array;
}

export function buildMonthBuckets(c: SortedColumns): MonthBuckets {
  const months: number[] = [];
  const starts: number[] = [];
  let monthEnd = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < c.n; i++) {
    const key = c.key[i]!;
    if (key < monthEnd) continue;
    // Keys ascend, so the month is recomputed only when it changes.
    const month = monthIndex(key);
    monthEnd = dayNumber(`${monthString(month + 1)}-01`);
    months.push(month);
    starts.push(i);
  }
  starts.push(c.n);
  const b = months.length;
  const seg = new Int32Array(b * T + 1);
  for (let m = 0; m < b; m++) {
    for (let i = starts[m]!; i < starts[m + 1]!; i++)
      if (c.slot[i]! < 0) seg[m * T + c.type[i]! + 1]!++;
  }
  for (let k = 0; k < b * T; k++) seg[k + 1]! += seg[k]!;
  const fill = seg.slice(0, b * T);
  const known = new Int32Array(seg[b * T]!);
  for (let m = 0; m < b; m++) {
    for (let i = starts[m]!; i < starts[m + 1]!; i++) {
      if (c.slot[i]! < 0) known[fill[m * T + c.type[i]!]!++] = c.knownOn[i]!;
    }
  }
  for (let k = 0; k < b * T; k++) known.subarray(seg[k]!, seg[k + 1]!).sort();
  return { month: Int32Array.from(months), start: Int32Array.from(starts), seg, known };
}

/** Number of values ≤ x in the ascending segment known[lo .. hi). */
function upperBound(known: Int32Array, lo: number, hi: number, x: number): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (known[mid]! <= x) a = mid + 1;
    else b = mid;
  }
  return a - lo;
}

export interface UnamendedCounts {
  /** happened by asOf, known by knownBy, per kind */
  happened: Float64Array;
  later: Float64Array;
  /** happened counts per bucket and kind (bucket-major), for events per month */
  perBucket: Float64Array;
}

/**
 * Counts of unamended entries known by `knownBy`, split at the asOf cut (entries before
 * `cut` in the sorted order have happened). Only valid without a recordedAsOf limit.
 */
export function countUnamended(
  c: SortedColumns,
  mb: MonthBuckets,
  cut: number,
  knownBy: number,
): UnamendedCounts {
  const b = mb.month.length;
  const happened = new Float64Array(T);
  const later = new Float64Array(T);
  const perBucket = new Float64Array(b * T);
  // The bucket holding the cut is scanned; the others are counted by binary search.
  const partial = countAtMost(mb.start.subarray(0, b), cut) - 1;
  for (let m = 0; m < b; m++) {
    if (m === partial) continue;
    const before = mb.start[m + 1]! <= cut;
    for (let t = 0; t < T; t++) {
      const k = m * T + t;
      const lo = mb.seg[k]!;
      const hi = mb.seg[k + 1]!;
      if (lo === hi) continue;
      const n = upperBound(mb.known, lo, hi, knownBy);
      if (before) {
        happened[t]! += n;
        perBucket[k] = n;
      } else later[t]! += n;
    }
  }
  if (partial >= 0 && partial < b) {
    for (let i = mb.start[partial]!; i < mb.start[partial + 1]!; i++) {
      if (c.slot[i]! >= 0 || c.knownOn[i]! > knownBy) continue;
      if (i < cut) {
        happened[c.type[i]!]!++;
        perBucket[partial * T + c.type[i]!]!++;
      } else later[c.type[i]!]!++;
    }
  }
  return { happened, later, perBucket };
}

/** The bucket of an entry index (the month of its key). */
export function bucketOf(mb: MonthBuckets, i: number): number {
  return countAtMost(mb.start.subarray(0, mb.month.length), i) - 1;
}

/**
 * The checkpoints of `c`, from those of the columns before the entries at `inserted` (their
 * positions in c, ascending; unamended entries) were added: equal to buildMonthBuckets(c).
 * Each segment's sorted knownOn days are copied, merged with the new ones where it has any.
 */
export function extendMonthBuckets(
  old: MonthBuckets,
  c: SortedColumns,
  inserted: Int32Array,
): MonthBuckets {
  if (inserted.length === 0) return old;
  const oldB = old.month.length;
  // New months, if any, join the old ones in order.
  const monthSet = new Set<number>();
  const addMonth = new Int32Array(inserted.length);
  inserted.forEach((i, j) => {
    const m = monthIndex(c.key[i]!);
    addMonth[j] = m;
    monthSet.add(m);
  });
  for (let b = 0; b < oldB; b++) monthSet.delete(old.month[b]!);
  const month =
    monthSet.size === 0 ? old.month : Int32Array.from([...old.month, ...monthSet]).sort();
  const b = month.length;
  const start = new Int32Array(b + 1);
  for (let m = 0; m < b; m++) {
    const first = dayNumber(`${monthString(month[m]!)}-01`);
    let lo = 0;
    let hi = c.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (c.key[mid]! < first) lo = mid + 1;
      else hi = mid;
    }
    start[m] = lo;
  }
  start[b] = c.n;
  // The new days per (bucket, kind), sorted.
  const bucketOfMonth = new Map<number, number>();
  month.forEach((m, k) => bucketOfMonth.set(m, k));
  const oldBucket = new Int32Array(b).fill(-1);
  for (let k = 0; k < oldB; k++) oldBucket[bucketOfMonth.get(old.month[k]!)!] = k;
  const added = new Map<number, number[]>();
  inserted.forEach((i, j) => {
    const seg = bucketOfMonth.get(addMonth[j]!)! * T + c.type[i]!;
    const list = added.get(seg);
    if (list) list.push(c.knownOn[i]!);
    else added.set(seg, [c.knownOn[i]!]);
  });
  const seg = new Int32Array(b * T + 1);
  for (let m = 0; m < b; m++) {
    const o = oldBucket[m]!;
    for (let t = 0; t < T; t++) {
      const size = o >= 0 ? old.seg[o * T + t + 1]! - old.seg[o * T + t]! : 0;
      seg[m * T + t + 1] = seg[m * T + t]! + size + (added.get(m * T + t)?.length ?? 0);
    }
  }
  const known = new Int32Array(seg[b * T]!);
  for (let m = 0; m < b; m++) {
    const o = oldBucket[m]!;
    for (let t = 0; t < T; t++) {
      const s = m * T + t;
      const from = o >= 0 ? old.seg[o * T + t]! : 0;
      const to = o >= 0 ? old.seg[o * T + t + 1]! : 0;
      const extra = added.get(s);
      if (!extra) {
        if (to > from) known.set(old.known.subarray(from, to), seg[s]!);
        continue;
      }
      extra.sort((x, y) => x - y);
      let x = from;
      let y = 0;
      for (let at = seg[s]!; at < seg[s + 1]!; at++) {
        if (y >= extra.length || (x < to && old.known[x]! <= extra[y]!))
          known[at] = old.known[x++]!;
        else known[at] = extra[y++]!;
      }
    }
  }
  return { month, start, seg, known };
}
