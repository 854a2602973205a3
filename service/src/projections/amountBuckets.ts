import { dayNumber, monthIndex, monthString } from '../temporal/days.js';
import { partitionPoint } from '../temporal/sorted.js';
import type { AmountRows } from './amountRows.js';
import type { Fact, LogIndex } from './logIndex.js';

/** Distinct wordings kept per bucket: the 12 a point lists, and one more to know there are more. */
const WORDINGS_KEPT = 13;

/**
 * Month checkpoints of the amount rows: per (month of the key day, line), the unamended rows
 * sorted by knownOn (stable, so ties keep timeline order), with running sums of low and high
 * and a running count of approximate amounts. A month point "known by knownBy" is then one
 * binary search; see docs/REPLAY.md. Buckets are ordered by month, then line ordinal.
 */
export interface AmountBuckets {
  month: Int32Array;
  line: Int32Array;
  /** rows of bucket b: [start[b], start[b + 1]) in the arrays below */
  start: Int32Array;
  known: Int32Array;
  /** the row (index into AmountRows) of each bucket position */
  row: Int32Array;
  /** running sums within a bucket, inclusive */
  low: Float64Array;
  high: Float64Array;
  approximate: Int32Array;
  /** first distinct wordings of bucket b: words[wordStart[b] .. wordStart[b + 1]), at wordAt (bucket offset) */
  wordStart: Int32Array;
  wordAt: Int32Array;
  words: string[];
  /** rows of amended facts (amount -1) that may carry amounts, in row order */
  amended: Int32Array;
}

const cache = new WeakMap<AmountRows, AmountBuckets>();

/** The checkpoints of these rows, built once (rows are rebuilt per log version). */
export function amountBucketsOf(index: LogIndex, rows: AmountRows): AmountBuckets {
  let b = cache.get(rows);
  if (!b) cache.set(rows, (b = buildAmountBuckets(index, rows)));
  return b;
}

/**
 * Whether an amended fact can carry amounts in some replay: it has money or quantities, or a
 * correction of it sets them. The others are skipped by every replay without resolving them.
 */
function mayCarryAmounts(f: Fact): boolean {
  if ((f.event.money?.length ?? 0) > 0 || (f.event.quantities?.length ?? 0) > 0) return true;
  return f.amendments.some(
    (a) =>
      a.event.type === 'EventCorrected' &&
      (a.event.changes.money !== undefined || a.event.changes.quantities !== undefined),
  );
}

export function buildAmountBuckets(index: LogIndex, rows: AmountRows): AmountBuckets {
  const c = index.getColumns();
  const carries = new Map<number, boolean>();
  const months: number[] = [];
  const lines: number[] = [];
  const starts: number[] = [];
  const order: number[] = [];
  const amended: number[] = [];
  let open = new Map<number, number[]>();
  let month = 0;
  let monthEnd = Number.NEGATIVE_INFINITY;
  const flush = () => {
    for (const l of [...open.keys()].sort((x, y) => x - y)) {
      const list = open.get(l)!;
      // Array sort is stable: equal knownOn days keep timeline order.
      list.sort((x, y) => c.knownOn[rows.entry[x]!]! - c.knownOn[rows.entry[y]!]!);
      months.push(month);
      lines.push(l);
      starts.push(order.length);
      for (const r of list) order.push(r);
    }
    open = new Map();
  };
  for (let r = 0; r < rows.n; r++) {
    const k = rows.amount[r]!;
    if (k < 0) {
      const fi = c.fact[rows.entry[r]!]!;
      let keep = carries.get(fi);
      if (keep === undefined) carries.set(fi, (keep = mayCarryAmounts(index.fact(fi))));
      if (keep) amended.push(r);
      continue;
    }
    const key = c.key[rows.entry[r]!]!;
    if (key >= monthEnd) {
      flush();
      month = monthIndex(key);
      monthEnd = dayNumber(`${monthString(month + 1)}-01`);
    }
    const l = rows.lineOf[k]!;
    let list = open.get(l);
    if (!list) open.set(l, (list = []));
    list.push(r);
  }
  flush();
  starts.push(order.length);
  const n = order.length;
  const known = new Int32Array(n);
  const low = new Float64Array(n);
  const high = new Float64Array(n);
  const approximate = new Int32Array(n);
  const wordStart: number[] = [];
  const wordAt: number[] = [];
  const words: string[] = [];
  for (let b = 0; b < months.length; b++) {
    wordStart.push(words.length);
    const seen = new Set<string>();
    for (let j = starts[b]!; j < starts[b + 1]!; j++) {
      const r = order[j]!;
      const a = rows.amounts[rows.amount[r]!]!;
      const first = j === starts[b];
      known[j] = c.knownOn[rows.entry[r]!]!;
      low[j] = (first ? 0 : low[j - 1]!) + a.low;
      high[j] = (first ? 0 : high[j - 1]!) + a.high;
      approximate[j] = (first ? 0 : approximate[j - 1]!) + (a.approximate ? 1 : 0);
      if (seen.size < WORDINGS_KEPT && !seen.has(a.wording)) {
        seen.add(a.wording);
        words.push(a.wording);
        wordAt.push(j - starts[b]!);
      }
    }
  }
  wordStart.push(words.length);
  return {
    month: Int32Array.from(months),
    line: Int32Array.from(lines),
    start: Int32Array.from(starts),
    known,
    row: Int32Array.from(order),
    low,
    high,
    approximate,
    wordStart: Int32Array.from(wordStart),
    wordAt: Int32Array.from(wordAt),
    words,
    amended: Int32Array.from(amended),
  };
}

/** Number of bucket rows known by `knownBy` (a prefix, since a bucket is sorted by knownOn). */
export function knownInBucket(ab: AmountBuckets, b: number, knownBy: number): number {
  const lo = ab.start[b]!;
  let x = lo;
  let y = ab.start[b + 1]!;
  // Inlined binary search: this runs once per (line, month) of every replay.
  while (x < y) {
    const mid = (x + y) >>> 1;
    if (ab.known[mid]! <= knownBy) x = mid + 1;
    else y = mid;
  }
  return x - lo;
}

/** First bucket whose month is `month` or later. */
export function firstBucketOf(ab: AmountBuckets, month: number): number {
  return partitionPoint(0, ab.month.length, (b) => ab.month[b]! < month);
}
