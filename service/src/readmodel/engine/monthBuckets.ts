import { EVENT_TYPES } from '@kroniek/events';
import { dayNumber, monthIndex, monthString } from '../../temporal/days.js';
import { countAtMost } from '../../temporal/sorted.js';
import { shiftOf } from './sortedColumns.js';
import type { SortedColumns } from './sortedColumns.js';

const T = EVENT_TYPES.length;

/**
 * Checkpoints along the occurred order, one per calendar month of the key day: the entries
 * of a month are a contiguous range of the sorted index. An unamended entry whose occurred
 * window lies inside its key month ("narrow") has one occurred status for every asOf outside
 * that month: happened after it, later before it. For each (month, kind) the knownAt windows
 * of its narrow entries are kept as two sorted lists (earliest and latest days), so the three
 * knownAt statuses on knownBy are two binary searches. Counts for a replay are then
 * O(months × kinds × log + entries of asOf's month + wide entries), not O(n). "Wide" entries
 * (an open start, or a window past the key month: a season, a year, an open end) are kept in
 * a list and tested one by one; amended entries are left out, a replay adds them from its
 * slot resolution.
 */
export interface MonthBuckets {
  /** month index (year * 12 + month - 1) of each bucket, ascending */
  month: Int32Array;
  /** first entry of each bucket in the sorted columns; start[b + 1] ends it */
  start: Int32Array;
  /** segment of (bucket, kind): known[seg[b * T + t] .. seg[b * T + t + 1]), likewise from */
  seg: Int32Array;
  /** latest knownAt day (knownOn) of each narrow entry, sorted per segment */
  known: Int32Array;
  /** earliest knownAt day (knownFrom) of each narrow entry, sorted per segment */
  from: Int32Array;
  /** unamended wide entries (indexes into the sorted columns), ascending */
  wide: Int32Array;
  /**
   * What a replay tests of each wide entry, side by side (WIDE_FIELDS numbers each): its
   * bucket, kind, earliest and latest occurred day, knownFrom and knownOn. One sequential scan
   * instead of five columns read at scattered places (the wide entries are ~15 % of a log).
   */
  wideFields: Int32Array;
}

/** Numbers per wide entry in MonthBuckets.wideFields. */
const WIDE_FIELDS = 6;

/**
 * The wideFields of `wide` (ascending entry indexes): each entry's bucket by one merge with the
 * bucket starts, and its kind and days from the columns.
 */
function gatherWide(
  c: SortedColumns,
  start: Int32Array,
  buckets: number,
  wide: Int32Array,
): Int32Array {
  const out = new Int32Array(wide.length * WIDE_FIELDS);
  let b = 0;
  for (let w = 0; w < wide.length; w++) {
    const i = wide[w]!;
    while (b + 1 < buckets && start[b + 1]! <= i) b++;
    const at = w * WIDE_FIELDS;
    out[at] = b;
    out[at + 1] = c.type[i]!;
    out[at + 2] = c.earliest[i]!;
    out[at + 3] = c.latest[i]!;
    out[at + 4] = c.knownFrom[i]!;
    out[at + 5] = c.knownOn[i]!;
  }
  return out;
}

/** First day of the month after a day's month. */
const nextMonthStart = (day: number) => dayNumber(`${monthString(monthIndex(day) + 1)}-01`);

/** Whether an unamended entry's window leaves its key month (an open start or a wide end). */
function isWide(c: SortedColumns, i: number, monthEnd: number): boolean {
  return c.earliest[i]! < c.key[i]! || c.latest[i]! >= monthEnd;
}

export function buildMonthBuckets(c: SortedColumns): MonthBuckets {
  const months: number[] = [];
  const starts: number[] = [];
  const wide: number[] = [];
  const narrow = new Uint8Array(c.n);
  let monthEnd = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < c.n; i++) {
    const key = c.key[i]!;
    if (key >= monthEnd) {
      // Keys ascend, so the month is recomputed only when it changes.
      const month = monthIndex(key);
      monthEnd = dayNumber(`${monthString(month + 1)}-01`);
      months.push(month);
      starts.push(i);
    }
    if (c.slot[i]! >= 0) continue;
    if (isWide(c, i, monthEnd)) wide.push(i);
    else narrow[i] = 1;
  }
  starts.push(c.n);
  const b = months.length;
  const seg = new Int32Array(b * T + 1);
  for (let m = 0; m < b; m++) {
    for (let i = starts[m]!; i < starts[m + 1]!; i++)
      if (narrow[i] === 1) seg[m * T + c.type[i]! + 1]!++;
  }
  for (let k = 0; k < b * T; k++) seg[k + 1]! += seg[k]!;
  const fill = seg.slice(0, b * T);
  const known = new Int32Array(seg[b * T]!);
  const from = new Int32Array(seg[b * T]!);
  for (let m = 0; m < b; m++) {
    for (let i = starts[m]!; i < starts[m + 1]!; i++) {
      if (narrow[i] !== 1) continue;
      const at = fill[m * T + c.type[i]!]!++;
      known[at] = c.knownOn[i]!;
      from[at] = c.knownFrom[i]!;
    }
  }
  for (let k = 0; k < b * T; k++) {
    known.subarray(seg[k]!, seg[k + 1]!).sort();
    from.subarray(seg[k]!, seg[k + 1]!).sort();
  }
  const start = Int32Array.from(starts);
  const wideEntries = Int32Array.from(wide);
  return {
    month: Int32Array.from(months),
    start,
    seg,
    known,
    from,
    wide: wideEntries,
    wideFields: gatherWide(c, start, b, wideEntries),
  };
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

/**
 * What a month chart draws of a status code (occurred * 3 + known): 0 what certainly happened
 * and is certainly known (the line), 1 what possibly happened or is possibly known (the band:
 * codes 1, 3, 4), -1 nothing (later, or not yet known). A bucket keeps these two cells per kind,
 * `perBucket[(b * T + t) * 2 + cell]`, not all nine codes: a replay's per-bucket counts are
 * then 23 KB, not 206 KB, of memory outside the JS heap (see scratch.ts for why that matters).
 */
export const MONTH_CELL: readonly number[] = [0, 1, -1, 1, 1, -1, -1, -1, -1];

/**
 * Counts of unamended entries by kind and status code (occurred * 3 + known, see
 * temporal/status.ts, written out inline here: this is the hot loop of a replay):
 * `cells[t * 9 + code]`, and by bucket the two drawn cells (MONTH_CELL) in
 * `perBucket[(b * T + t) * 2 + cell]` (zeroed by the caller). Only valid without a
 * recordedAsOf limit.
 */
export function countUnamended(
  c: SortedColumns,
  mb: MonthBuckets,
  asOf: number,
  knownBy: number,
  perBucket: Int32Array,
): Float64Array {
  const b = mb.month.length;
  const cells = new Float64Array(T * 9);
  const asOfMonth = monthIndex(asOf);
  const { earliest, latest, knownFrom, knownOn, type, slot, key } = c;
  const { seg, known: knownDays, from: fromDays } = mb;
  for (let m = 0; m < b; m++) {
    const month = mb.month[m]!;
    if (month === asOfMonth) {
      // asOf's own month: its narrow entries are tested one by one.
      const monthEnd = dayNumber(`${monthString(month + 1)}-01`);
      for (let i = mb.start[m]!; i < mb.start[m + 1]!; i++) {
        if (slot[i]! >= 0 || earliest[i]! < key[i]! || latest[i]! >= monthEnd) continue;
        const code =
          (latest[i]! <= asOf ? 0 : earliest[i]! <= asOf ? 3 : 6) +
          (knownOn[i]! <= knownBy ? 0 : knownFrom[i]! <= knownBy ? 1 : 2);
        cells[type[i]! * 9 + code]!++;
        const cell = MONTH_CELL[code]!;
        if (cell >= 0) perBucket[(m * T + type[i]!) * 2 + cell]!++;
      }
      continue;
    }
    const occ = month < asOfMonth ? 0 : 6;
    for (let t = 0; t < T; t++) {
      const k = m * T + t;
      const lo = seg[k]!;
      const hi = seg[k + 1]!;
      if (lo === hi) continue;
      const kn = upperBound(knownDays, lo, hi, knownBy);
      const shown = upperBound(fromDays, lo, hi, knownBy);
      const at = t * 9 + occ;
      cells[at]! += kn;
      cells[at + 1]! += shown - kn;
      cells[at + 2]! += hi - lo - shown;
      // Happened (occ 0): certainly known is the line, possibly known the band; later: neither.
      if (occ === 0) {
        perBucket[k * 2] = kn;
        perBucket[k * 2 + 1] = shown - kn;
      }
    }
  }
  const wf = mb.wideFields;
  for (let at = 0; at < wf.length; at += WIDE_FIELDS) {
    const t = wf[at + 1]!;
    const code =
      (wf[at + 3]! <= asOf ? 0 : wf[at + 2]! <= asOf ? 3 : 6) +
      (wf[at + 5]! <= knownBy ? 0 : wf[at + 4]! <= knownBy ? 1 : 2);
    cells[t * 9 + code]!++;
    const cell = MONTH_CELL[code]!;
    if (cell >= 0) perBucket[(wf[at]! * T + t) * 2 + cell]!++;
  }
  return cells;
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
  const addedFrom = new Map<number, number[]>();
  const newWide: number[] = [];
  inserted.forEach((i, j) => {
    if (isWide(c, i, nextMonthStart(c.key[i]!))) {
      newWide.push(i);
      return;
    }
    const seg = bucketOfMonth.get(addMonth[j]!)! * T + c.type[i]!;
    const list = added.get(seg);
    if (list) list.push(c.knownOn[i]!);
    else added.set(seg, [c.knownOn[i]!]);
    const fromList = addedFrom.get(seg);
    if (fromList) fromList.push(c.knownFrom[i]!);
    else addedFrom.set(seg, [c.knownFrom[i]!]);
  });
  const seg = new Int32Array(b * T + 1);
  for (let m = 0; m < b; m++) {
    const o = oldBucket[m]!;
    for (let t = 0; t < T; t++) {
      const size = o >= 0 ? old.seg[o * T + t + 1]! - old.seg[o * T + t]! : 0;
      seg[m * T + t + 1] = seg[m * T + t]! + size + (added.get(m * T + t)?.length ?? 0);
    }
  }
  const mergeDays = (oldDays: Int32Array, adds: Map<number, number[]>): Int32Array => {
    const out = new Int32Array(seg[b * T]!);
    for (let m = 0; m < b; m++) {
      const o = oldBucket[m]!;
      for (let t = 0; t < T; t++) {
        const s = m * T + t;
        const from = o >= 0 ? old.seg[o * T + t]! : 0;
        const to = o >= 0 ? old.seg[o * T + t + 1]! : 0;
        const extra = adds.get(s);
        if (!extra) {
          if (to > from) out.set(oldDays.subarray(from, to), seg[s]!);
          continue;
        }
        extra.sort((x, y) => x - y);
        let x = from;
        let y = 0;
        for (let at = seg[s]!; at < seg[s + 1]!; at++) {
          if (y >= extra.length || (x < to && oldDays[x]! <= extra[y]!)) out[at] = oldDays[x++]!;
          else out[at] = extra[y++]!;
        }
      }
    }
    return out;
  };
  // Old wide entries move up by the entries inserted before them.
  const shift = shiftOf(inserted);
  const wide = new Int32Array(old.wide.length + newWide.length);
  old.wide.forEach((i, k) => (wide[k] = shift(i)));
  wide.set(newWide, old.wide.length);
  wide.sort();
  return {
    month,
    start,
    seg,
    known: mergeDays(old.known, added),
    from: mergeDays(old.from, addedFrom),
    wide,
    wideFields: gatherWide(c, start, b, wide),
  };
}
