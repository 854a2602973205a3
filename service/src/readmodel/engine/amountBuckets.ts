import { dayNumber, monthIndex, monthString } from '../../temporal/days.js';
import { partitionPoint } from '../../temporal/sorted.js';
import { amountsOf } from './amountRows.js';
import type { Amount, AmountRows } from './amountRows.js';
import type { Fact } from '../facts.js';
import type { LogIndex } from './logIndex.js';
import { shiftOf } from './sortedColumns.js';

/** Distinct wordings kept per bucket: the 12 a point lists, and one more to know there are more. */
const WORDINGS_KEPT = 13;
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
  const store = index.amountStore;
  const amountOf = index.columnsOfFacts().amount;
  const rowId = (r: number) => store.id(amountOf[c.fact[rows.entry[r]!]!]!);
  const title: string[] = [];
  const idStart: number[] = [];
  const ids: string[] = [];
  for (let b = 0; b < months.length; b++) {
    title.push(store.title(amountOf[c.fact[rows.entry[order[starts[b]!]!]!]!]!));
    idStart.push(ids.length);
    for (let j = starts[b]!; j < Math.min(starts[b + 1]!, starts[b]! + BUCKET_IDS); j++)
      ids.push(rowId(order[j]!));
  }
  idStart.push(ids.length);
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

/**
 * The checkpoints of `rows` from those of `oldRows` (`old`), where rows = oldRows plus the
 * unamended rows at `inserted` (positions in rows, ascending). Buckets (month, line) that
 * gain rows are built again from the rows of their month, in the same order and with the
 * same sums as buildAmountBuckets; the runs of other buckets between them are copied whole.
 * Bucket numbering may differ from a fresh build (new lines have later ordinals), which no
 * chart shows. O(rows) copies plus O(month) per bucket gaining rows.
 */
export function extendAmountBuckets(
  index: LogIndex,
  old: AmountBuckets,
  oldRows: AmountRows,
  rows: AmountRows,
  inserted: Int32Array,
): AmountBuckets {
  const c = index.getColumns();
  const store = index.amountStore;
  const amountOf = index.columnsOfFacts().amount;
  const shift = shiftOf(inserted);
  const lineCount = rows.lines.length;
  const oldB = old.month.length;
  // Bucket keys month * lineCount + line, ascending like the buckets (line < lineCount).
  const keyOf = (b: number) => old.month[b]! * lineCount + old.line[b]!;
  const touchedSet = new Set<number>();
  for (let j = 0; j < inserted.length; j++) {
    const r = inserted[j]!;
    const k = rows.amount[r]!;
    if (k < 0) throw new RangeError('an extension adds only unamended rows');
    touchedSet.add(monthIndex(c.key[rows.entry[r]!]!) * lineCount + rows.lineOf[k]!);
  }
  const touched = [...touchedSet].sort((x, y) => x - y);
  // Where each touched key is among the old buckets: the old bucket, or where it goes.
  const at = touched.map((key) => partitionPoint(0, oldB, (b) => keyOf(b) < key));
  const nb = oldB + touched.filter((key, t) => at[t]! >= oldB || keyOf(at[t]!) !== key).length;
  const n = old.row.length + inserted.length;
  const month = new Int32Array(nb);
  const line = new Int32Array(nb);
  const start = new Int32Array(nb + 1);
  const known = new Int32Array(n);
  const row = new Int32Array(n);
  const low = new Float64Array(n);
  const high = new Float64Array(n);
  const approximate = new Int32Array(n);
  const wordStart = new Int32Array(nb + 1);
  const idStart = new Int32Array(nb + 1);
  const wordAtParts: Int32Array[] = [];
  const wordParts: string[][] = [];
  const titleParts: string[][] = [];
  const idParts: string[][] = [];
  const joinedParts: (string | undefined)[][] = [];
  const allIdsParts: (readonly string[] | undefined)[][] = [];
  let b = 0;
  let p = 0;
  let words = 0;
  let ids = 0;
  /** Copies old buckets [from, to) whole, as buckets b.. of the result. */
  const copyRun = (from: number, to: number) => {
    if (to <= from) return;
    const r0 = old.start[from]!;
    const r1 = old.start[to]!;
    const w0 = old.wordStart[from]!;
    const i0 = old.idStart[from]!;
    month.set(old.month.subarray(from, to), b);
    line.set(old.line.subarray(from, to), b);
    for (let o = from; o < to; o++) {
      start[b + o - from] = old.start[o]! - r0 + p;
      wordStart[b + o - from] = old.wordStart[o]! - w0 + words;
      idStart[b + o - from] = old.idStart[o]! - i0 + ids;
    }
    known.set(old.known.subarray(r0, r1), p);
    low.set(old.low.subarray(r0, r1), p);
    high.set(old.high.subarray(r0, r1), p);
    approximate.set(old.approximate.subarray(r0, r1), p);
    for (let j = r0; j < r1; j++) row[p + j - r0] = shift(old.row[j]!);
    wordAtParts.push(old.wordAt.subarray(w0, old.wordStart[to]!));
    wordParts.push(old.words.slice(w0, old.wordStart[to]!));
    idParts.push(old.ids.slice(i0, old.idStart[to]!));
    titleParts.push(old.title.slice(from, to));
    joinedParts.push(old.joined.slice(from * WORDINGS_KEPT, to * WORDINGS_KEPT));
    allIdsParts.push(old.allIds.slice(from, to));
    b += to - from;
    p += r1 - r0;
    words += old.wordStart[to]! - w0;
    ids += old.idStart[to]! - i0;
  };
  const rowKey = (r: number) => c.key[rows.entry[r]!]!;
  /** Builds the bucket of (m, l) again from the rows of its month, as bucket b. */
  const rebuild = (m: number, l: number) => {
    const first = dayNumber(`${monthString(m)}-01`);
    const next = dayNumber(`${monthString(m + 1)}-01`);
    const lo = partitionPoint(0, rows.n, (r) => rowKey(r) < first);
    const hi = partitionPoint(lo, rows.n, (r) => rowKey(r) < next);
    const list: number[] = [];
    for (let r = lo; r < hi; r++) {
      const k = rows.amount[r]!;
      if (k >= 0 && rows.lineOf[k] === l) list.push(r);
    }
    // Stable: equal knownOn days keep timeline order, as in buildAmountBuckets.
    list.sort((x, y) => c.knownOn[rows.entry[x]!]! - c.knownOn[rows.entry[y]!]!);
    month[b] = m;
    line[b] = l;
    start[b] = p;
    wordStart[b] = words;
    idStart[b] = ids;
    const seen = new Set<string>();
    const wordAt: number[] = [];
    const bucketWords: string[] = [];
    for (let j = 0; j < list.length; j++) {
      const r = list[j]!;
      const a = rows.amounts[rows.amount[r]!]!;
      const q = p + j;
      row[q] = r;
      known[q] = c.knownOn[rows.entry[r]!]!;
      low[q] = (j === 0 ? 0 : low[q - 1]!) + a.low;
      high[q] = (j === 0 ? 0 : high[q - 1]!) + a.high;
      approximate[q] = (j === 0 ? 0 : approximate[q - 1]!) + (a.approximate ? 1 : 0);
      if (seen.size < WORDINGS_KEPT && !seen.has(a.wording)) {
        seen.add(a.wording);
        bucketWords.push(a.wording);
        wordAt.push(j);
      }
    }
    const bucketIds: string[] = [];
    for (let j = 0; j < Math.min(list.length, BUCKET_IDS); j++)
      bucketIds.push(store.id(amountOf[c.fact[rows.entry[list[j]!]!]!]!));
    wordAtParts.push(Int32Array.from(wordAt));
    wordParts.push(bucketWords);
    idParts.push(bucketIds);
    titleParts.push([store.title(amountOf[c.fact[rows.entry[list[0]!]!]!]!)]);
    joinedParts.push(new Array<string | undefined>(WORDINGS_KEPT));
    allIdsParts.push([undefined]);
    b++;
    p += list.length;
    words += bucketWords.length;
    ids += bucketIds.length;
  };
  let o = 0;
  for (let t = 0; t < touched.length; t++) {
    const key = touched[t]!;
    copyRun(o, at[t]!);
    o = at[t]!;
    const m = Math.floor(key / lineCount);
    rebuild(m, key - m * lineCount);
    // A touched old bucket is replaced by its rebuild.
    if (o < oldB && keyOf(o) === key) o++;
  }
  copyRun(o, oldB);
  if (p !== n || b !== nb) throw new RangeError(`extended checkpoints hold ${p} rows, not ${n}`);
  start[nb] = p;
  wordStart[nb] = words;
  idStart[nb] = ids;
  const wordAt = new Int32Array(words);
  let w = 0;
  for (const part of wordAtParts) {
    wordAt.set(part, w);
    w += part.length;
  }
  const lineStart = new Int32Array(lineCount + 1);
  for (const l of line) lineStart[l + 1]!++;
  for (let l = 0; l < lineCount; l++) lineStart[l + 1]! += lineStart[l]!;
  const fill = lineStart.slice(0, lineCount);
  const lineBucket = new Int32Array(nb);
  line.forEach((l, k) => (lineBucket[fill[l]!++] = k));
  // New lines may be lines of steady amended facts that the old rows lacked.
  const steady =
    lineCount === oldRows.lines.length
      ? old.steady
      : old.steady.map((st) =>
          st ? { ...st, lineOf: st.amounts.map((a) => rows.lineIndex.get(a.line.key) ?? -1) } : st,
        );
  return {
    month,
    line,
    start,
    known,
    row,
    low,
    high,
    approximate,
    wordStart,
    wordAt,
    words: ([] as string[]).concat(...wordParts),
    amended: old.amended.map(shift),
    amendedMonth: old.amendedMonth,
    steady,
    lineStart,
    lineBucket,
    title: ([] as string[]).concat(...titleParts),
    idStart,
    ids: ([] as string[]).concat(...idParts),
    joined: ([] as (string | undefined)[]).concat(...joinedParts),
    allIds: ([] as (readonly string[] | undefined)[]).concat(...allIdsParts),
  };
}
