import { dayNumber, monthIndex, monthString } from '../../temporal/days.js';
import type { AmountRows } from './amountRows.js';
import type { LogIndex } from './logIndex.js';

/**
 * The unamended amount rows whose occurred window ends after the month of their key day (a
 * season, a year, a span past the month end, an open end): at month resolution they are the
 * only checkpoint rows not surely happened by their own month point, so the certain line
 * (amountCertainty.ts) reads these instead of every row. Per line, sorted by latest bound:
 * rows of line l are [lineStart[l], lineStart[l + 1]).
 */
export interface WideRows {
  lineStart: Int32Array;
  month: Int32Array;
  known: Int32Array;
  latest: Int32Array;
  low: Float64Array;
  high: Float64Array;
}

/** The wide rows of these rows, built once per rows (one pass over them). */
export function wideRowsOf(
  index: LogIndex,
  rows: AmountRows,
  cache: WeakMap<AmountRows, WideRows>,
): WideRows {
  let w = cache.get(rows);
  if (!w) cache.set(rows, (w = buildWideRows(index, rows)));
  return w;
}

function buildWideRows(index: LogIndex, rows: AmountRows): WideRows {
  const c = index.getColumns();
  const found: number[] = [];
  let month = 0;
  let next = Number.NEGATIVE_INFINITY;
  // Rows follow the timeline order (key day ascending): the month end moves forward only.
  for (let r = 0; r < rows.n; r++) {
    if (rows.amount[r]! < 0) continue;
    const i = rows.entry[r]!;
    const key = c.key[i]!;
    if (key >= next) {
      month = monthIndex(key);
      next = dayNumber(`${monthString(month + 1)}-01`);
    }
    if (c.latest[i]! >= next) found.push(r);
  }
  const lineCount = rows.lines.length;
  const lineStart = new Int32Array(lineCount + 1);
  const lineOfRow = (r: number) => rows.lineOf[rows.amount[r]!]!;
  for (const r of found) lineStart[lineOfRow(r) + 1]!++;
  for (let l = 0; l < lineCount; l++) lineStart[l + 1]! += lineStart[l]!;
  const fill = lineStart.slice(0, lineCount);
  const order = new Int32Array(found.length);
  for (const r of found) order[fill[lineOfRow(r)]!++] = r;
  const latestOf = (r: number) => c.latest[rows.entry[r]!]!;
  for (let l = 0; l < lineCount; l++)
    order.subarray(lineStart[l]!, lineStart[l + 1]!).sort((x, y) => latestOf(x) - latestOf(y));
  const n = order.length;
  const w: WideRows = {
    lineStart,
    month: new Int32Array(n),
    known: new Int32Array(n),
    latest: new Int32Array(n),
    low: new Float64Array(n),
    high: new Float64Array(n),
  };
  for (let j = 0; j < n; j++) {
    const r = order[j]!;
    const i = rows.entry[r]!;
    const a = rows.amounts[rows.amount[r]!]!;
    w.month[j] = monthIndex(c.key[i]!);
    w.known[j] = c.knownOn[i]!;
    w.latest[j] = c.latest[i]!;
    w.low[j] = a.low;
    w.high[j] = a.high;
  }
  return w;
}
