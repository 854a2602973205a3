import { OPEN_AFTER, monthIndex } from '../../temporal/days.js';
import type { AmountRows } from './amountRows.js';
import type { LogIndex } from './logIndex.js';

/**
 * Checkpoints for the certain line of a summing amount series (issue 14): the unamended rows
 * per (line, month of the *latest* occurred bound), sorted by knownOn, with running sums. What
 * surely happened by the end of month m and is known by knownBy is then, per month up to m, one
 * binary search, as amountBuckets.ts does for what possibly happened (by the key day). An open
 * end is never surely happened and is left out. Built once per rows (a log version).
 */
export interface LatestBuckets {
  /** buckets of line l: [lineStart[l], lineStart[l + 1]), in month order */
  lineStart: Int32Array;
  month: Int32Array;
  /** rows of bucket b: [start[b], start[b + 1]) in the arrays below */
  start: Int32Array;
  known: Int32Array;
  latest: Int32Array;
  /** each row's own amounts, and the running sums within its bucket (inclusive) */
  ownLow: Float64Array;
  ownHigh: Float64Array;
  low: Float64Array;
  high: Float64Array;
}

/** The latest-bound checkpoints of these rows, built once per rows. */
export function latestBucketsOf(
  index: LogIndex,
  rows: AmountRows,
  cache: WeakMap<AmountRows, LatestBuckets>,
): LatestBuckets {
  let b = cache.get(rows);
  if (!b) cache.set(rows, (b = buildLatestBuckets(index, rows)));
  return b;
}

function buildLatestBuckets(index: LogIndex, rows: AmountRows): LatestBuckets {
  const c = index.getColumns();
  const monthOf = new Map<number, number>();
  const monthOfDay = (day: number) => {
    let m = monthOf.get(day);
    if (m === undefined) monthOf.set(day, (m = monthIndex(day)));
    return m;
  };
  const picked: number[] = [];
  const keyOf: number[] = [];
  for (let r = 0; r < rows.n; r++) {
    const k = rows.amount[r]!;
    if (k < 0) continue;
    const latest = c.latest[rows.entry[r]!]!;
    if (latest >= OPEN_AFTER) continue;
    picked.push(r);
  }
  const lines = rows.lines.length;
  const line = (r: number) => rows.lineOf[rows.amount[r]!]!;
  const month = (r: number) => monthOfDay(c.latest[rows.entry[r]!]!);
  const known = (r: number) => c.knownOn[rows.entry[r]!]!;
  for (const r of picked) keyOf.push(month(r));
  const order = Int32Array.from(picked.keys());
  order.sort(
    (x, y) =>
      line(picked[x]!) - line(picked[y]!) ||
      keyOf[x]! - keyOf[y]! ||
      known(picked[x]!) - known(picked[y]!),
  );
  const n = order.length;
  const out = {
    known: new Int32Array(n),
    latest: new Int32Array(n),
    ownLow: new Float64Array(n),
    ownHigh: new Float64Array(n),
    low: new Float64Array(n),
    high: new Float64Array(n),
  };
  const lineStart = new Int32Array(lines + 1);
  const months: number[] = [];
  const starts: number[] = [];
  let prevLine = -1;
  let prevMonth = Number.NaN;
  for (let j = 0; j < n; j++) {
    const r = picked[order[j]!]!;
    const l = line(r);
    const m = keyOf[order[j]!]!;
    const a = rows.amounts[rows.amount[r]!]!;
    const first = l !== prevLine || m !== prevMonth;
    if (first) {
      months.push(m);
      starts.push(j);
      if (l !== prevLine) for (let q = prevLine + 1; q <= l; q++) lineStart[q] = months.length - 1;
      prevLine = l;
      prevMonth = m;
    }
    out.known[j] = known(r);
    out.latest[j] = c.latest[rows.entry[r]!]!;
    out.ownLow[j] = a.low;
    out.ownHigh[j] = a.high;
    out.low[j] = (first ? 0 : out.low[j - 1]!) + a.low;
    out.high[j] = (first ? 0 : out.high[j - 1]!) + a.high;
  }
  for (let q = prevLine + 1; q <= lines; q++) lineStart[q] = months.length;
  starts.push(n);
  return { lineStart, month: Int32Array.from(months), start: Int32Array.from(starts), ...out };
}

/** Rows of bucket b known by knownBy: a prefix, the bucket being sorted by knownOn. */
function knownPrefix(lb: LatestBuckets, b: number, knownBy: number): number {
  let x = lb.start[b]!;
  let y = lb.start[b + 1]!;
  while (x < y) {
    const mid = (x + y) >>> 1;
    if (lb.known[mid]! <= knownBy) x = mid + 1;
    else y = mid;
  }
  return x;
}

/**
 * Walks one line's latest-bound checkpoints along increasing months: `through(m, day, out)`
 * sets `out` to the totals of the line's unamended rows known by knownBy whose latest bound is
 * in a month before m, or in month m and at or before `day` (pass the month's last day for all
 * of it). Months must not decrease. A month before m is one binary search; a partial month m
 * (asOf's) is walked row by row. Allocates nothing per call.
 */
export function latestWalker(lb: LatestBuckets, l: number, knownBy: number) {
  let b = lb.lineStart[l]!;
  const end = lb.lineStart[l + 1]!;
  let fullLow = 0;
  let fullHigh = 0;
  return (m: number, day: number, whole: boolean, out: { low: number; high: number }): void => {
    for (; b < end && lb.month[b]! < m; b++) {
      const k = knownPrefix(lb, b, knownBy);
      if (k > lb.start[b]!) {
        fullLow += lb.low[k - 1]!;
        fullHigh += lb.high[k - 1]!;
      }
    }
    out.low = fullLow;
    out.high = fullHigh;
    if (b >= end || lb.month[b] !== m) return;
    const k = knownPrefix(lb, b, knownBy);
    if (whole) {
      if (k > lb.start[b]!) {
        out.low += lb.low[k - 1]!;
        out.high += lb.high[k - 1]!;
      }
      return;
    }
    // A part of the month: its rows are sorted by knownOn, not by day, so each is tested.
    for (let j = lb.start[b]!; j < k; j++)
      if (lb.latest[j]! <= day) {
        out.low += lb.ownLow[j]!;
        out.high += lb.ownHigh[j]!;
      }
  };
}

export type LatestWalker = ReturnType<typeof latestWalker>;
