import type { Translate } from '../i18n/translate.js';
import { formatMonth } from './dates.js';
import type { DateLang } from './dates.js';
import { formatNumber, formatRange } from './money.js';
import { pointWhen } from './chartMarks.js';
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

/**
 * A cumulative money line: what surely happened drawn as a band between its low and high
 * totals (the line), and what possibly happened as a pale band above it, up to `possible`.
 */
export interface MoneyBand {
  key: string;
  label: string;
  currency: string;
  color: string;
  /** the certain total's low and high ends */
  low: { x: string; y: number }[];
  high: { x: string; y: number }[];
  /** the possible total (high end): the top of the band above the line */
  possible: { x: string; y: number }[];
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
 * One band per line: the certain low and high totals at each point (what surely happened by
 * then), and the possible total above them (what possibly happened: a window that has begun),
 * held until `endDay` (the replay day), where the certain total is the line's at the replay day.
 * Equal ends make a line.
 */
export function moneyBands(
  series: Lines,
  endDay: string | null,
  names?: ReadonlyMap<string, string>,
): MoneyBand[] {
  return series.lines.map((l, i) => {
    const low = l.points.map((p) => ({ x: p.day, y: p.certainLow }));
    const high = l.points.map((p) => ({ x: p.day, y: p.certainHigh }));
    const possible = l.points.map((p) => ({ x: p.day, y: p.cumulativeHigh }));
    const last = l.points[l.points.length - 1];
    if (last && endDay && endDay > last.day) {
      low.push({ x: endDay, y: l.certainLow });
      high.push({ x: endDay, y: l.certainHigh });
      possible.push({ x: endDay, y: last.cumulativeHigh });
    }
    return {
      key: l.key,
      label: lineLabel(l, names),
      currency: l.currency ?? '',
      color: paletteColor(i),
      low,
      high,
      possible,
    };
  });
}

/** A cumulative range as words: "€400 mln" or "€600 mln – €1.39 bn". */
export function rangeLabel(low: number, high: number, currency: string): string {
  return formatRange(low, high, currency);
}

/**
 * The money CSV's columns in the UI's language: each event's own amount, the possible running
 * total after it (every window begun) and the certain total at its date (every window ended).
 */
export function moneyColumns(t: Translate): string[] {
  return [
    'group',
    'date',
    'event',
    'amountSource',
    'amountLow',
    'amountHigh',
    'possibleLow',
    'possibleHigh',
    'certainLow',
    'certainHigh',
    'currency',
  ].map((k) => t(`chartMarks.col.${k}`));
}

type Known = ReadonlyMap<string, TimelineItem>;
const NONE: Known = new Map();

/** "and 3 more events on this date (not listed)": the service lists at most 20 per point. */
function moreLabel(n: number, t: Translate): string {
  return t('chartMarks.moreEvents', { values: { count: n, n: formatNumber(n) } });
}

/** An event's own amount on a line: its money in the line's currency, or its quantity of the line's unit and item. */
function ownAmount(item: TimelineItem, line: ChartLine): { low: number; high: number } {
  if (line.currency) {
    let low = 0;
    let high = 0;
    for (const m of item.money ?? []) {
      if (m.currency !== line.currency) continue;
      low += m.amount.kind === 'exact' ? m.amount.value : m.amount.low;
      high += m.amount.kind === 'exact' ? m.amount.value : m.amount.high;
    }
    return { low, high };
  }
  const v = (item.quantities ?? [])
    .filter((q) => q.unit === line.unit && q.item === line.item)
    .reduce((sum, q) => sum + q.value, 0);
  return { low: v, high: v };
}

interface PointRow {
  title: string;
  wording: string;
  low: number | '';
  high: number | '';
  runLow: number;
  runHigh: number;
}

/**
 * The rows of one point, one per event: its own amount, and the running total after it (the
 * total before the point plus the events of the point so far). While the events of a shared
 * point are not known, the point is one row with its combined amount.
 */
function pointRows(
  l: ChartLine,
  p: ChartLine['points'][number],
  known: Known,
  t: Translate,
): PointRow[] {
  const { events, more } = pointEvents(l, p, known);
  let runLow = p.cumulativeLow - p.low;
  let runHigh = p.cumulativeHigh - p.high;
  const rows: PointRow[] = events.map((e) => {
    const item = events.length > 1 || more > 0 ? known.get(e.id) : undefined;
    const own = item ? ownAmount(item, l) : { low: p.low, high: p.high };
    runLow += own.low;
    runHigh += own.high;
    return { title: e.title, wording: e.wording, low: own.low, high: own.high, runLow, runHigh };
  });
  if (more > 0)
    rows.push({
      title: moreLabel(more, t),
      wording: '',
      low: '',
      high: '',
      runLow: p.cumulativeLow,
      runHigh: p.cumulativeHigh,
    });
  return rows;
}

/**
 * The money chart as CSV rows, one per event that adds money: a point that adds up several
 * events on one date is one row per event, each with its own wording and amount (`known` holds
 * their timeline items; see pointEvents), the possible running total after it, and the certain
 * total at its date (what surely happened by then).
 */
export function moneyRows(series: Lines, t: Translate, known: Known = NONE): (string | number)[][] {
  return series.lines.flatMap((l) =>
    l.points.flatMap((p) =>
      pointRows(l, p, known, t).map((r) => [
        l.group,
        p.occurredLabel,
        r.title,
        r.wording,
        r.low,
        r.high,
        r.runLow,
        r.runHigh,
        p.certainLow,
        p.certainHigh,
        l.currency ?? '',
      ]),
    ),
  );
}

/**
 * The money table as shown: date, event, what its source says, and the total after the date.
 * A date with several events has a row per event; the total is on the last of them.
 */
export function moneyDisplayRows(
  series: Lines,
  t: Translate,
  known: Known = NONE,
  names?: ReadonlyMap<string, string>,
  lang: DateLang = 'en',
): string[][] {
  const grouped = series.lines.length > 1;
  return series.lines.flatMap((l) =>
    l.points.flatMap((p) => {
      const { events, more } = pointEvents(l, p, known);
      const entries = [
        ...events.map((e) => [e.title, e.wording]),
        ...(more > 0 ? [[moreLabel(more, t), '']] : []),
      ];
      const total = rangeLabel(p.cumulativeLow, p.cumulativeHigh, l.currency ?? 'EUR');
      return entries.map(([title, wording], i) => [
        pointWhen(p, lang),
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

/** The quantities CSV's columns: each event's own quantity, the possible and certain totals. */
export function quantityColumns(t: Translate): string[] {
  return [
    'group',
    'item',
    'date',
    'event',
    'wording',
    'quantity',
    'possible',
    'certain',
    'unit',
  ].map((k) => t(`chartMarks.qcol.${k}`));
}

/** The quantities as CSV rows: one per event, as for money (see moneyRows). */
export function quantityRows(
  series: Lines,
  t: Translate,
  known: Known = NONE,
): (string | number)[][] {
  const span = (a: number, b: number) => (a === b ? b : `${a}–${b}`);
  return series.lines.flatMap((l) =>
    l.points.flatMap((p) =>
      pointRows(l, p, known, t).map((r) => [
        l.group,
        l.item ?? '',
        p.occurredLabel,
        r.title,
        r.wording,
        r.low === '' || r.high === '' ? '' : span(r.low, r.high),
        span(r.runLow, r.runHigh),
        span(p.certainLow, p.certainHigh),
        l.unit ?? '',
      ]),
    ),
  );
}

/** "5%" or "58". */
export function quantityValue(n: number, unit: string): string {
  return unit === 'percent' || unit === '%' ? `${formatNumber(n)}%` : formatNumber(n);
}

/** Events per month by kind: the kinds present, and one row per month with a count per kind. */
export function monthMatrix(
  buckets: readonly MonthBucket[],
  lang: DateLang = 'en',
): {
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
    labels: buckets.map((b) => formatMonth(b.month, lang)),
    counts: buckets.map((b) => types.map((t) => b.byType[t] ?? 0)),
    totals: buckets.map((b) => b.total),
    possible: buckets.map((b) => b.possible),
  };
}

export function monthColumns(types: readonly EventType[], t: Translate): string[] {
  return [
    t('chartMarks.mcol.month'),
    ...types.map((k) => t(`kinds.${k}`)),
    t('chartMarks.mcol.total'),
    t('chartMarks.mcol.possible'),
  ];
}
