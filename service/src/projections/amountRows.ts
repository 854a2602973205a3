import { EVENT_TYPES, moneyBounds } from '@kroniek/events';
import type { ActorRole, FactEvent } from '@kroniek/events';
import type { LogIndex } from './logIndex.js';
import { FLAG_AMOUNTS } from './logIndex.js';
import type { ChartLine } from './readModelTypes.js';

export type AmountSeriesName = 'money-cumulative' | 'quantities';
export type GroupBy = 'actor' | 'category';

/** Who a sum is attributed to when grouping by actor: the first role present, in this order. */
const GIVER_ROLES: ActorRole[] = [
  'donor',
  'promisor',
  'announcer',
  'signatory',
  'launcher',
  'adopter',
  'proposer',
];

/** The parts of an event that amounts are read from. */
export interface AmountFields {
  type: FactEvent['type'];
  category: string;
  actors: FactEvent['actors'];
  money?: FactEvent['money'];
  quantities?: FactEvent['quantities'];
}

/** The groups an event's amounts go to when charts group by actor. */
export function actorGroups(e: AmountFields): string[] {
  for (const role of GIVER_ROLES) {
    const ids = e.actors.filter((a) => a.role === role).map((a) => a.id);
    if (ids.length > 0) return [...new Set(ids)];
  }
  return ['unattributed'];
}

export interface Amount {
  line: Omit<ChartLine, 'points'>;
  low: number;
  high: number;
  approximate: boolean;
  wording: string;
}

/**
 * Amounts committed by one event: money or quantities, except deliveries (a delivery
 * fulfils a commitment already counted). Each currency, and each unit + item, is its own
 * line: nothing is summed across them. Ranges stay low/high.
 */
export function amountsOf(e: AmountFields, name: AmountSeriesName, groupBy: GroupBy): Amount[] {
  if (e.type === 'SupportDelivered') return [];
  const groups = groupBy === 'actor' ? actorGroups(e) : [e.category];
  if (name === 'money-cumulative') {
    return (e.money ?? []).flatMap((m) =>
      groups.map((g) => ({
        line: { key: `${g}|${m.currency}`, group: g, currency: m.currency },
        ...moneyBounds(m),
        approximate: m.approximate,
        wording: m.wording,
      })),
    );
  }
  return (e.quantities ?? []).flatMap((q) =>
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
 * The amounts of every unamended fact, read once per log version into flat rows in timeline
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
}

export function buildAmountRows(
  index: LogIndex,
  name: AmountSeriesName,
  groupBy: GroupBy,
): AmountRows {
  const c = index.getColumns();
  const fc = index.columnsOfFacts();
  const flags = fc.flags;
  const entry: number[] = [];
  const amount: number[] = [];
  const amounts: Amount[] = [];
  // Lines are shared by every amount on them and numbered, so a chart looks them up by index.
  const lineIndex = new Map<string, number>();
  const lines: Amount['line'][] = [];
  const lineOf: number[] = [];
  const shared: (Amount['line'] | undefined)[][] = [];
  const ordinalOf = new Map<Amount['line'], number>();
  const own: Amount[] = [];
  for (let i = 0; i < c.n; i++) {
    if (c.slot[i]! >= 0) {
      entry.push(i);
      amount.push(-1);
      continue;
    }
    if ((flags[c.fact[i]!]! & FLAG_AMOUNTS) === 0) continue;
    const fi = c.fact[i]!;
    own.length = 0;
    index.amountStore.appendAmounts(
      fc.amount[fi]!,
      EVENT_TYPES[c.type[i]!] as FactEvent['type'],
      c.category[i]!,
      index.categories.values[c.category[i]!]!,
      name,
      groupBy,
      shared,
      own,
    );
    for (const a of own) {
      // One line object per (group, line): its number is remembered on first sight.
      let l = ordinalOf.get(a.line);
      if (l === undefined) {
        l = lineIndex.get(a.line.key);
        if (l === undefined) {
          l = lines.length;
          lineIndex.set(a.line.key, l);
          lines.push(a.line);
        }
        ordinalOf.set(a.line, l);
      }
      entry.push(i);
      amount.push(amounts.length);
      a.line = lines[l]!;
      amounts.push(a);
      lineOf.push(l);
    }
  }
  return {
    name,
    groupBy,
    n: entry.length,
    entry: Int32Array.from(entry),
    amount: Int32Array.from(amount),
    amounts,
    lineOf: Int32Array.from(lineOf),
    lines,
    lineIndex,
  };
}
