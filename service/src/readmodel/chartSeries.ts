import { chartRoleOf, quantityRoleOf } from '@kroniek/events';
import type { ChartRole, FactType } from '@kroniek/events';

// The registry of chart series: the one list that the read model, the routes' validation, the
// OpenAPI document and (through the generated types) the dashboard take their names from.

/** A series of amounts over time, one line per group and currency (or unit and item). */
interface AmountSeriesSpec {
  shape: 'amounts';
  /** which amounts of a fact it reads */
  measure: 'money' | 'quantities';
  /** the amounts it reads: those whose chart role is one of these (KIND_RULES, UNIT_CLASSES) */
  roles: readonly ChartRole[];
  /**
   * whether a line adds its amounts up over time; when false (markers: mentions and targets)
   * each point's cumulative fields are its own amounts, never a sum
   */
  sums: boolean;
}

/** A series of counts of events per calendar month, by kind. */
interface MonthCountSeriesSpec {
  shape: 'month-counts';
}

/** Every chart series, by the name the API gives it. */
export const CHART_SERIES_SPECS = {
  'money-cumulative': { shape: 'amounts', measure: 'money', roles: ['committed'], sums: true },
  'money-mentions': {
    shape: 'amounts',
    measure: 'money',
    roles: ['mention', 'target'],
    sums: false,
  },
  quantities: { shape: 'amounts', measure: 'quantities', roles: ['committed'], sums: true },
  targets: { shape: 'amounts', measure: 'quantities', roles: ['target'], sums: false },
  'events-per-month': { shape: 'month-counts' },
} as const satisfies Record<string, AmountSeriesSpec | MonthCountSeriesSpec>;

type Specs = typeof CHART_SERIES_SPECS;
export type ChartSeriesName = keyof Specs;
type NamesOf<Shape> = {
  [K in ChartSeriesName]: Specs[K] extends { shape: Shape } ? K : never;
}[ChartSeriesName];
/** The series drawn as amount lines. */
export type AmountSeriesName = NamesOf<'amounts'>;
/** The series drawn as month buckets. */
export type MonthCountSeriesName = NamesOf<'month-counts'>;

type NonEmpty<T> = readonly [T, ...T[]];

/** The names of every series, in the order of the registry. */
export const CHART_SERIES = Object.keys(CHART_SERIES_SPECS) as unknown as NonEmpty<ChartSeriesName>;

/** True for a series drawn as amount lines. */
export function isAmountSeries(name: ChartSeriesName): name is AmountSeriesName {
  return CHART_SERIES_SPECS[name].shape === 'amounts';
}

export const AMOUNT_SERIES = CHART_SERIES.filter(
  isAmountSeries,
) as unknown as NonEmpty<AmountSeriesName>;
export const MONTH_COUNT_SERIES = CHART_SERIES.filter(
  (n): n is MonthCountSeriesName => !isAmountSeries(n),
) as unknown as NonEmpty<MonthCountSeriesName>;

/** Which amounts of a fact an amount series reads. */
export function measureOf(name: AmountSeriesName): AmountSeriesSpec['measure'] {
  return CHART_SERIES_SPECS[name].measure;
}

/** Whether the points of an amount series add up over time (see AmountSeriesSpec.sums). */
export function seriesSums(name: AmountSeriesName): boolean {
  return CHART_SERIES_SPECS[name].sums;
}

/**
 * Whether an amount series reads a fact's money: the one place that says, for instance, that a
 * delivery never adds to the committed lines (its chart role is 'delivery') and that a
 * statement's money is a mention, never summed.
 */
export function seriesReadsMoney(name: AmountSeriesName, type: FactType): boolean {
  const spec: AmountSeriesSpec = CHART_SERIES_SPECS[name];
  return spec.measure === 'money' && spec.roles.includes(chartRoleOf(type));
}

/**
 * Whether an amount series reads one quantity of a fact: by its kind and its unit (a share is a
 * target, a count of parties is never drawn; see quantityRoleOf).
 */
export function seriesReadsQuantity(name: AmountSeriesName, type: FactType, unit: string): boolean {
  const spec: AmountSeriesSpec = CHART_SERIES_SPECS[name];
  return spec.measure === 'quantities' && spec.roles.includes(quantityRoleOf(type, unit));
}
