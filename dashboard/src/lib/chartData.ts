import { formatMonth } from './dates.js';
import { kindStyle } from './kinds.js';
import { formatNumber, formatRange } from './money.js';
import { pointEvents } from './pointEvents.js';
import type { ChartLine, ChartSeries, EventType, MonthBucket, TimelineItem } from './types.js';

/** A distinct, calm colour per line (cycled). */
const PALETTE = [
  '#1f4e8c',
  '#b45309',
  '#047857',
  '#6d28d9',
  '#be185d',
  '#0e7490',
  '#4d7c0f',
  '#c2410c',
];

export function paletteColor(i: number): string {
  return PALETTE[i % PALETTE.length] as string;
}

type Lines = Extract<ChartSeries, { lines: ChartLine[] }>;

/** A cumulative money line drawn as a band between its low and high totals. */
export interface MoneyBand {
  key: string;
  label: string;
  currency: string;
  color: string;
  low: { x: string; y: number }[];
  high: { x: string; y: number }[];
}

const ACRONYMS = new Set(['nato', 'eu', 'un', 'us', 'uk', 'dmm', 'udcg']);

/**
 * A line's group as a reader says it: an actor by name (`names`: actor id -> name), a category
 * slug as words ("ukraine-support" -> "Ukraine support", "nato-deterrence" -> "NATO deterrence").
 */
export function groupName(group: string, names: ReadonlyMap<string, string> = new Map()): string {
  const name = names.get(group);
  if (name) return name;
  const words = group.split('-').filter(Boolean);
  return words
    .map((w, i) =>
      ACRONYMS.has(w) ? w.toUpperCase() : i === 0 ? w[0]!.toUpperCase() + w.slice(1) : w,
    )
    .join(' ');
}

function lineLabel(l: ChartLine, names?: ReadonlyMap<string, string>): string {
  const g = groupName(l.group, names);
  return l.currency ? `${g} (${l.currency})` : g;
}

/**
 * One band per line: the cumulative low and high totals at each event day, held until `endDay`
 * (the replay day) so the chart shows the level the record stood at. Equal ends make a line.
 */
export function moneyBands(
  series: Lines,
  endDay: string | null,
  names?: ReadonlyMap<string, string>,
): MoneyBand[] {
  return series.lines.map((l, i) => {
    const low = l.points.map((p) => ({ x: p.day, y: p.cumulativeLow }));
    const high = l.points.map((p) => ({ x: p.day, y: p.cumulativeHigh }));
    const last = l.points[l.points.length - 1];
    if (last && endDay && endDay > last.day) {
      low.push({ x: endDay, y: last.cumulativeLow });
      high.push({ x: endDay, y: last.cumulativeHigh });
    }
    return {
      key: l.key,
      label: lineLabel(l, names),
      currency: l.currency ?? '',
      color: paletteColor(i),
      low,
      high,
    };
  });
}

/** A cumulative range as words: "€400 mln" or "€600 mln – €1.39 bn". */
export function rangeLabel(low: number, high: number, currency: string): string {
  return formatRange(low, high, currency);
}

export const MONEY_COLUMNS = [
  'Group',
  'Date',
  'Event',
  'Amount (source)',
  'Cumulative low',
  'Cumulative high',
  'Currency',
];

type Known = ReadonlyMap<string, TimelineItem>;
const NONE: Known = new Map();

/** "and 3 more events on this date (not listed)": the service lists at most 20 per point. */
function moreLabel(n: number): string {
  return `and ${formatNumber(n)} more ${n === 1 ? 'event' : 'events'} on this date (not listed)`;
}

/**
 * The money chart as table rows, one per event that adds money: a point that adds up several
 * events on one date is one row per event, each with its own wording (`known` holds their
 * timeline items; see pointEvents). The cumulative totals are the point's, on each of its rows.
 */
export function moneyRows(series: Lines, known: Known = NONE): (string | number)[][] {
  return series.lines.flatMap((l) =>
    l.points.flatMap((p) => {
      const { events, more } = pointEvents(l, p, known);
      const row = (title: string, wording: string) => [
        l.group,
        p.occurredLabel,
        title,
        wording,
        p.cumulativeLow,
        p.cumulativeHigh,
        l.currency ?? '',
      ];
      return [
        ...events.map((e) => row(e.title, e.wording)),
        ...(more > 0 ? [row(moreLabel(more), '')] : []),
      ];
    }),
  );
}

/**
 * The money table as shown: date, event, what its source says, and the total after the date.
 * A date with several events has a row per event; the total is on the last of them.
 */
export function moneyDisplayRows(
  series: Lines,
  known: Known = NONE,
  names?: ReadonlyMap<string, string>,
): string[][] {
  const grouped = series.lines.length > 1;
  return series.lines.flatMap((l) =>
    l.points.flatMap((p) => {
      const { events, more } = pointEvents(l, p, known);
      const entries = [
        ...events.map((e) => [e.title, e.wording]),
        ...(more > 0 ? [[moreLabel(more), '']] : []),
      ];
      const total = rangeLabel(p.cumulativeLow, p.cumulativeHigh, l.currency ?? 'EUR');
      return entries.map(([title, wording], i) => [
        p.occurredLabel,
        grouped ? `${title} (${groupName(l.group, names)})` : (title ?? ''),
        wording ?? '',
        i === entries.length - 1 ? total : '',
      ]);
    }),
  );
}

/** The total of a quantity line at the replay day, as a low and high. */
export interface QuantityBar {
  key: string;
  label: string;
  unit: string;
  low: number;
  high: number;
}

/** One bar per quantity line (unit and item), at its last cumulative level. */
export function quantityBars(series: Lines): QuantityBar[] {
  return series.lines
    .map((l) => {
      const last = l.points[l.points.length - 1];
      return {
        key: l.key,
        label: l.item ?? l.group,
        unit: l.unit ?? '',
        low: last?.cumulativeLow ?? 0,
        high: last?.cumulativeHigh ?? 0,
      };
    })
    .filter((b) => b.high > 0);
}

/** Bars grouped by unit: a chart never puts "items" and "percent" on one axis. */
export function byUnit(bars: readonly QuantityBar[]): Map<string, QuantityBar[]> {
  const out = new Map<string, QuantityBar[]>();
  for (const b of bars) out.set(b.unit, [...(out.get(b.unit) ?? []), b]);
  return out;
}

export const QUANTITY_COLUMNS = [
  'Group',
  'Item',
  'Date',
  'Event',
  'Source wording',
  'Cumulative',
  'Unit',
];

/** The quantities as table rows: one per event, as for money (see moneyRows). */
export function quantityRows(series: Lines, known: Known = NONE): (string | number)[][] {
  return series.lines.flatMap((l) =>
    l.points.flatMap((p) => {
      const { events, more } = pointEvents(l, p, known);
      const cumulative =
        p.cumulativeLow === p.cumulativeHigh
          ? p.cumulativeHigh
          : `${p.cumulativeLow}–${p.cumulativeHigh}`;
      const row = (title: string, wording: string) => [
        l.group,
        l.item ?? '',
        p.occurredLabel,
        title,
        wording,
        cumulative,
        l.unit ?? '',
      ];
      return [
        ...events.map((e) => row(e.title, e.wording)),
        ...(more > 0 ? [row(moreLabel(more), '')] : []),
      ];
    }),
  );
}

/** "5%" or "58". */
export function quantityValue(n: number, unit: string): string {
  return unit === 'percent' || unit === '%' ? `${formatNumber(n)}%` : formatNumber(n);
}

/** Events per month by kind: the kinds present, and one row per month with a count per kind. */
export function monthMatrix(buckets: readonly MonthBucket[]): {
  types: EventType[];
  months: string[];
  labels: string[];
  counts: number[][];
  totals: number[];
  /** events that possibly happened or were possibly public: the band above the bars */
  possible: number[];
} {
  const types = [...new Set(buckets.flatMap((b) => Object.keys(b.byType)))].sort() as EventType[];
  return {
    types,
    months: buckets.map((b) => b.month),
    labels: buckets.map((b) => formatMonth(b.month)),
    counts: buckets.map((b) => types.map((t) => b.byType[t] ?? 0)),
    totals: buckets.map((b) => b.total),
    possible: buckets.map((b) => b.possible),
  };
}

export function monthColumns(types: readonly EventType[]): string[] {
  return ['Month', ...types.map((t) => kindStyle(t).label), 'Total', 'Possibly'];
}
