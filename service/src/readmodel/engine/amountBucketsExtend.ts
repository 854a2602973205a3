import { dayNumber, monthIndex, monthString } from '../../temporal/days.js';
import { partitionPoint } from '../../temporal/sorted.js';
import { WORDINGS_KEPT, writeBucket } from './amountBuckets.js';
import type { AmountBuckets, BucketSink } from './amountBuckets.js';
import type { AmountRows } from './amountRows.js';
import type { LogIndex } from './logIndex.js';
import { shiftOf } from './sortedColumns.js';

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
    const sink: BucketSink = { known, low, high, approximate, words: [], wordAt: [], ids: [] };
    const title = writeBucket(index, rows, list, 0, list.length, p, sink);
    for (let j = 0; j < list.length; j++) row[p + j] = list[j]!;
    const bucketWords = sink.words;
    const bucketIds = sink.ids;
    wordAtParts.push(Int32Array.from(sink.wordAt));
    wordParts.push(bucketWords);
    idParts.push(bucketIds);
    titleParts.push([title]);
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
