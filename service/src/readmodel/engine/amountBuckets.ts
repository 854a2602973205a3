import { dayNumber, monthIndex, monthString } from '../../temporal/days.js';
import { partitionPoint } from '../../temporal/sorted.js';
import { amountsOf } from './amountRows.js';
import type { Amount, AmountRows } from './amountRows.js';
import type { Fact } from '../facts.js';
import type { LogIndex } from './logIndex.js';

/** Distinct wordings kept per bucket: the 12 a point lists, and one more to know there are more. */
export const WORDINGS_KEPT = 13;
/** Ids a month point lists. */
export const BUCKET_IDS = 20;

/**
 * An amended fact whose amendments never touch what its amounts are read from (money,
 * quantities, category, actors; the type cannot be corrected): its amounts are those of the
 * original in every replay, so a replay needs only its slot (visible, retracted, entry in
 * force) and, for a point's title, which title corrections apply (bits of the slot's mask).
 */
export interface SteadyAmended {
  id: string;
  title: string;
  /** title corrections in log order: amendment number k (bit k of the mask) and its title */
  titleAt: number[];
  titles: string[];
  amounts: Amount[];
  /** line ordinal of each amount in the rows, -1 when the rows have no such line */
  lineOf: number[];
}

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
  /** per row of `amended`: the month of its key day */
  amendedMonth: Int32Array;
  /** per row of `amended`: its fact resolved once for every replay, or null when a replay must resolve it */
  steady: (SteadyAmended | null)[];
  /** the buckets of line l in month order: lineBucket[lineStart[l] .. lineStart[l + 1]) */
  lineStart: Int32Array;
  lineBucket: Int32Array;
  /** title of a bucket's first row, and ids of its first BUCKET_IDS rows: ids[idStart[b] ..) */
  title: string[];
  idStart: Int32Array;
  ids: string[];
  /** the ids of bucket b's first min(size, BUCKET_IDS) rows as one frozen array, made on first use */
  allIds: (readonly string[] | undefined)[];
  /** wordings of a bucket joined, by number of wordings (filled on first use): joined[b * WORDINGS_KEPT + w - 1] */
  joined: (string | undefined)[];
}

/**
 * The ids a point lists for the first k rows of bucket b. When that is all the ids the bucket
 * keeps (k ≥ BUCKET_IDS or the whole bucket), every replay shares one frozen array: results
 * are never modified, and a frozen array makes an attempt fail loudly. Otherwise a new array.
 */
export function bucketIds(ab: AmountBuckets, b: number, k: number): readonly string[] {
  const from = ab.idStart[b]!;
  const kept = ab.idStart[b + 1]! - from;
  if (k < kept) return ab.ids.slice(from, from + k);
  let ids = ab.allIds[b];
  if (ids === undefined) ab.allIds[b] = ids = Object.freeze(ab.ids.slice(from, from + kept));
  return ids;
}

/** The first `w` kept wordings of bucket b, joined with '; ' (cached: a replay asks for it per point). */
export function joinedWordings(ab: AmountBuckets, b: number, w: number): string {
  const at = b * WORDINGS_KEPT + w - 1;
  let s = ab.joined[at];
  if (s === undefined) {
    s = ab.words.slice(ab.wordStart[b]!, ab.wordStart[b]! + w).join('; ');
    ab.joined[at] = s;
  }
  return s;
}

/**
 * The steady form of an amended fact (see SteadyAmended), or null when a correction can
 * change its amounts or it has more amendments than a mask holds.
 */
function steadyOf(f: Fact, rows: AmountRows): SteadyAmended | null {
  if (f.amendments.length > 31) return null;
  const titleAt: number[] = [];
  const titles: string[] = [];
  for (let k = 0; k < f.amendments.length; k++) {
    const e = f.amendments[k]!.event;
    if (e.type !== 'EventCorrected') continue;
    const ch = e.changes;
    if (
      ch.money !== undefined ||
      ch.quantities !== undefined ||
      ch.category !== undefined ||
      ch.actors !== undefined
    )
      return null;
    if (ch.title !== undefined) {
      titleAt.push(k);
      titles.push(ch.title);
    }
  }
  const amounts = amountsOf(f.event, rows.name, rows.groupBy);
  return {
    id: f.event.id,
    title: f.event.title,
    titleAt,
    titles,
    amounts,
    lineOf: amounts.map((a) => rows.lineIndex.get(a.line.key) ?? -1),
  };
}

/** The title of a steady amended fact under the amendments of `mask`: the last correction's that applies. */
export function steadyTitle(s: SteadyAmended, mask: number): string {
  let title = s.title;
  for (let j = 0; j < s.titleAt.length; j++)
    if ((mask & (1 << s.titleAt[j]!)) !== 0) title = s.titles[j]!;
  return title;
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
  const steadyByFact = new Map<number, SteadyAmended | null>();
  const steady: (SteadyAmended | null)[] = [];
  const amendedMonth: number[] = [];
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
      if (keep) {
        amended.push(r);
        let st = steadyByFact.get(fi);
        if (st === undefined) steadyByFact.set(fi, (st = steadyOf(index.fact(fi), rows)));
        steady.push(st);
        amendedMonth.push(monthIndex(c.key[rows.entry[r]!]!));
      }
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
  const sink: BucketSink = { known, low, high, approximate, words: [], wordAt: [], ids: [] };
  const wordStart: number[] = [];
  const idStart: number[] = [];
  const title: string[] = [];
  for (let b = 0; b < months.length; b++) {
    wordStart.push(sink.words.length);
    idStart.push(sink.ids.length);
    title.push(writeBucket(index, rows, order, starts[b]!, starts[b + 1]!, starts[b]!, sink));
  }
  wordStart.push(sink.words.length);
  idStart.push(sink.ids.length);
  const { words, wordAt, ids } = sink;
  // Buckets are ordered by month then line: a counting sort by line keeps month order per line.
  const lineStart = new Int32Array(rows.lines.length + 1);
  for (const l of lines) lineStart[l + 1]!++;
  for (let l = 0; l < rows.lines.length; l++) lineStart[l + 1]! += lineStart[l]!;
  const fill = lineStart.slice(0, rows.lines.length);
  const lineBucket = new Int32Array(lines.length);
  lines.forEach((l, b) => (lineBucket[fill[l]!++] = b));
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
    amendedMonth: Int32Array.from(amendedMonth),
    steady,
    lineStart,
    lineBucket,
    title,
    idStart: Int32Array.from(idStart),
    ids,
    joined: new Array<string | undefined>(months.length * WORDINGS_KEPT),
    allIds: new Array<readonly string[] | undefined>(months.length),
  };
}

/** Where writeBucket puts a bucket: the running columns, and the first wordings and ids. */
export interface BucketSink {
  known: Int32Array;
  low: Float64Array;
  high: Float64Array;
  approximate: Int32Array;
  words: string[];
  wordAt: number[];
  ids: string[];
}

/**
 * Writes one bucket, rows `order[from .. to)` in knownOn order, at column positions from `at`:
 * each row's knownOn and the running low, high and count of approximate amounts; pushes its
 * first WORDINGS_KEPT distinct wordings (with their offsets in the bucket) and the ids of its
 * first BUCKET_IDS rows. Returns the title of its first row. The build and the extension after
 * appends (amountBucketsExtend.ts) both write buckets with it, so their sums agree.
 */
export function writeBucket(
  index: LogIndex,
  rows: AmountRows,
  order: ArrayLike<number>,
  from: number,
  to: number,
  at: number,
  sink: BucketSink,
): string {
  const c = index.getColumns();
  const { known, low, high, approximate } = sink;
  const seen = new Set<string>();
  for (let j = from; j < to; j++) {
    const r = order[j]!;
    const a = rows.amounts[rows.amount[r]!]!;
    const q = at + j - from;
    const first = j === from;
    known[q] = c.knownOn[rows.entry[r]!]!;
    low[q] = (first ? 0 : low[q - 1]!) + a.low;
    high[q] = (first ? 0 : high[q - 1]!) + a.high;
    approximate[q] = (first ? 0 : approximate[q - 1]!) + (a.approximate ? 1 : 0);
    if (seen.size < WORDINGS_KEPT && !seen.has(a.wording)) {
      seen.add(a.wording);
      sink.words.push(a.wording);
      sink.wordAt.push(j - from);
    }
  }
  const store = index.amountStore;
  const amountOf = index.columnsOfFacts().amount;
  const factOf = (r: number) => amountOf[c.fact[rows.entry[r]!]!]!;
  for (let j = from; j < Math.min(to, from + BUCKET_IDS); j++)
    sink.ids.push(store.id(factOf(order[j]!)));
  return store.title(factOf(order[from]!));
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
