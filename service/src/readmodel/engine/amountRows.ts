import { EVENT_TYPES, moneyBounds } from '@kroniek/events';
import type { FactEvent } from '@kroniek/events';
import { measureOf, seriesReadsMoney, seriesReadsQuantity } from '../chartSeries.js';
import { actorGroups } from './amounts.js';
import type { Amount, AmountFields, AmountSeriesName, GroupBy } from './amounts.js';
import type { LogIndex } from './logIndex.js';
import type { SortedColumns } from './sortedColumns.js';
import { FLAG_AMOUNTS } from './logIndex.js';

export { actorGroups };
export type { Amount, AmountFields, AmountSeriesName, GroupBy };

/**
 * The amounts one event adds to a series: its money or quantities, when the series reads them
 * (seriesReadsMoney, seriesReadsQuantity: deliveries, for instance, never add to the committed
 * lines, nor a statement's money). Each currency, and each unit + item, is its own line:
 * nothing is summed across them. Ranges stay low/high.
 */
export function amountsOf(e: AmountFields, name: AmountSeriesName, groupBy: GroupBy): Amount[] {
  const groups = groupBy === 'actor' ? actorGroups(e) : [e.category];
  if (measureOf(name) === 'money') {
    if (!seriesReadsMoney(name, e.type)) return [];
    return (e.money ?? []).flatMap((m) =>
      groups.map((g) => ({
        line: { key: `${g}|${m.currency}`, group: g, currency: m.currency },
        ...moneyBounds(m),
        approximate: m.approximate,
        wording: m.wording,
      })),
    );
  }
  return (e.quantities ?? [])
    .filter((q) => seriesReadsQuantity(name, e.type, q.unit))
    .flatMap((q) =>
      groups.map((g) => ({
        line: { key: `${g}|${q.unit}|${q.item}`, group: g, unit: q.unit, item: q.item },
        low: q.value,
        high: q.value,
        approximate: false,
        wording: q.wording,
      })),
    );
}

/**
 * The amounts of every unamended fact, read into flat rows in timeline
 * order, so a chart replay walks numbers instead of events. Amended facts get one row with
 * `amount` -1: their amounts depend on which corrections a replay applies.
 */
export interface AmountRows {
  /** the series and grouping these rows were read for */
  name: AmountSeriesName;
  groupBy: GroupBy;
  n: number;
  /** index into the sorted columns */
  entry: Int32Array;
  /** index into `amounts`, or -1 for an amended fact */
  amount: Int32Array;
  amounts: Amount[];
  /** ordinal of each amount's line in `lines` */
  lineOf: Int32Array;
  lines: Amount['line'][];
  lineIndex: Map<string, number>;
  /** what extending these rows needs (see extendAmountRows), kept with them */
  memo: RowsCache;
}

/** What building rows remembers to extend them: line objects per (group, line), their ordinals. */
export interface RowsCache {
  shared: (Amount['line'] | undefined)[][];
  ordinalOf: Map<Amount['line'], number>;
  /** the columns generation the rows were read from */
  generation: number;
}

/** Appends the rows of one unamended entry with amounts (entry i of the sorted columns). */
function pushEntryRows(
  index: LogIndex,
  c: SortedColumns,
  amountCol: Int32Array,
  i: number,
  rows: Pick<AmountRows, 'name' | 'groupBy' | 'amounts' | 'lines' | 'lineIndex'>,
  cache: RowsCache,
  entry: number[],
  amount: number[],
  lineOf: number[],
  own: Amount[],
): void {
  const fi = c.fact[i]!;
  own.length = 0;
  index.amountStore.appendAmounts(
    amountCol[fi]!,
    EVENT_TYPES[c.type[i]!] as FactEvent['type'],
    c.category[i]!,
    index.categories.values[c.category[i]!]!,
    rows.name,
    rows.groupBy,
    cache.shared,
    own,
  );
  for (const a of own) {
    // One line object per (group, line): its number is remembered on first sight.
    let l = cache.ordinalOf.get(a.line);
    if (l === undefined) {
      l = rows.lineIndex.get(a.line.key);
      if (l === undefined) {
        l = rows.lines.length;
        rows.lineIndex.set(a.line.key, l);
        rows.lines.push(a.line);
      }
      cache.ordinalOf.set(a.line, l);
    }
    entry.push(i);
    amount.push(rows.amounts.length);
    a.line = rows.lines[l]!;
    rows.amounts.push(a);
    lineOf.push(l);
  }
}

export function buildAmountRows(
  index: LogIndex,
  name: AmountSeriesName,
  groupBy: GroupBy,
): AmountRows {
  const c = index.getColumns();
  const { flags, amount: amountCol } = index.columnsOfFacts();
  const entry: number[] = [];
  const amount: number[] = [];
  const lineOf: number[] = [];
  const cache: RowsCache = {
    shared: [],
    ordinalOf: new Map(),
    generation: index.columnsGeneration(),
  };
  const acc = {
    name,
    groupBy,
    amounts: [] as Amount[],
    lines: [] as Amount['line'][],
    lineIndex: new Map<string, number>(),
  };
  const own: Amount[] = [];
  for (let i = 0; i < c.n; i++) {
    if (c.slot[i]! >= 0) {
      entry.push(i);
      amount.push(-1);
      continue;
    }
    if ((flags[c.fact[i]!]! & FLAG_AMOUNTS) === 0) continue;
    pushEntryRows(index, c, amountCol, i, acc, cache, entry, amount, lineOf, own);
  }
  const rows: AmountRows = {
    ...acc,
    n: entry.length,
    entry: Int32Array.from(entry),
    amount: Int32Array.from(amount),
    lineOf: Int32Array.from(lineOf),
    memo: cache,
  };
  return rows;
}

/** Rows extended to the current columns, and where their new rows are (ascending). */
export interface ExtendedRows {
  rows: AmountRows;
  /** positions in rows of the rows added, ascending; every other row keeps its order */
  inserted: Int32Array;
}

/**
 * The rows of the current columns from `old`, read from older columns: `inserted` are the
 * positions (current columns) of the unamended entries added since (index.columnsSince).
 * Equal to buildAmountRows except for the numbering of lines and amounts (new ones come
 * last), which no chart shows. Null when an amended fact is among the added entries.
 */
export function extendAmountRows(
  index: LogIndex,
  old: AmountRows,
  inserted: Int32Array,
): ExtendedRows | null {
  const oldCache = old.memo;
  const c = index.getColumns();
  const { flags, amount: amountCol } = index.columnsOfFacts();
  const cache: RowsCache = {
    shared: oldCache.shared.map((byLine) => byLine.slice()),
    ordinalOf: new Map(oldCache.ordinalOf),
    generation: index.columnsGeneration(),
  };
  const acc = {
    name: old.name,
    groupBy: old.groupBy,
    // Shared, append-only: the old rows only ever read amounts below their own count.
    amounts: old.amounts,
    lines: old.lines.slice(),
    lineIndex: new Map(old.lineIndex),
  };
  const addEntry: number[] = [];
  const addAmount: number[] = [];
  /** per new row: the number of old rows before it */
  const before: number[] = [];
  const own: Amount[] = [];
  const addLineOf: number[] = [];
  for (let j = 0; j < inserted.length; j++) if (c.slot[inserted[j]!]! >= 0) return null;
  for (let j = 0; j < inserted.length; j++) {
    const i = inserted[j]!;
    if ((flags[c.fact[i]!]! & FLAG_AMOUNTS) === 0) continue;
    // Old rows whose entry was before i: their entry index there is below i - j.
    const bound = i - j;
    let lo = 0;
    let hi = old.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (old.entry[mid]! < bound) lo = mid + 1;
      else hi = mid;
    }
    const from = addEntry.length;
    pushEntryRows(index, c, amountCol, i, acc, cache, addEntry, addAmount, addLineOf, own);
    for (let r = from; r < addEntry.length; r++) before.push(lo);
  }
  const k = addEntry.length;
  const n = old.n + k;
  const entry = new Int32Array(n);
  const amount = new Int32Array(n);
  const rowInserted = new Int32Array(k);
  let prev = 0;
  let o = 0;
  // Old entries move by the number of new entries before them.
  let shiftAt = 0;
  const copyOld = (to: number) => {
    for (; prev < to; prev++) {
      const x = old.entry[prev]!;
      while (shiftAt < inserted.length && inserted[shiftAt]! - shiftAt <= x) shiftAt++;
      entry[o] = x + shiftAt;
      amount[o++] = old.amount[prev]!;
    }
  };
  for (let j = 0; j < k; j++) {
    copyOld(before[j]!);
    rowInserted[j] = o;
    entry[o] = addEntry[j]!;
    amount[o++] = addAmount[j]!;
  }
  copyOld(old.n);
  // Amounts are numbered in the order they were added: the new ones after the old.
  const lineOf = new Int32Array(old.lineOf.length + addLineOf.length);
  lineOf.set(old.lineOf);
  lineOf.set(addLineOf, old.lineOf.length);
  const rows: AmountRows = {
    ...acc,
    n,
    entry,
    amount,
    lineOf,
    memo: cache,
  };
  return { rows, inserted: rowInserted };
}

/** The columns generation rows were read from. */
export function rowsGeneration(rows: AmountRows): number {
  return rows.memo.generation;
}
