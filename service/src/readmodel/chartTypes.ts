import type { Money, Quantity } from '@kroniek/events';
import type { DayRange } from '../temporal/precision.js';
import type { AmountSeriesName, MonthCountSeriesName } from './chartSeries.js';

// The charts a replay draws (amount lines and month buckets), as the API returns them.
// Re-exported by readModelTypes.ts.

/**
 * A point placed at `day` (the earliest bound, or the latest when the start is open); its
 * bounds and label are kept. Events on one line with the same occurred bounds share a point:
 * `eventId`/`title` are the first one's, `wording` lists their distinct wordings.
 */
export interface ChartPoint {
  day: string;
  occurredLabel: string;
  occurredBounds: DayRange;
  eventId: string;
  title: string;
  /** number of events in this point, and the first ids of them (at most 20) */
  events: number;
  eventIds: string[];
  low: number;
  high: number;
  /** running totals of what possibly happened by this point (key day at or before it) */
  cumulativeLow: number;
  cumulativeHigh: number;
  /**
   * running totals of what surely happened by this point (latest bound at or before its day
   * and asOf): the line; cumulative − certain is the band above it. For markers (mentions,
   * targets), the point's own amounts that surely happened.
   */
  certainLow: number;
  certainHigh: number;
  approximate: boolean;
  wording: string;
  /**
   * other values some source states for events of this point (of its listed eventIds): the point
   * keeps the record's value, these are listed beside it, never summed
   */
  disputed?: DisputedAmount[];
}

/** An amount a corroboration states for a charted event, other than the record's. */
export interface DisputedAmount {
  eventId: string;
  /** the event's title, and its amounts as the record holds them */
  title: string;
  record: { money?: Money[]; quantities?: Quantity[] };
  /** the EventCorroborated that states it */
  citationId: string;
  documentId: string;
  money?: Money[];
  quantities?: Quantity[];
}

export interface ChartLine {
  key: string;
  group: string;
  /** money lines: one per currency, never summed across currencies */
  currency?: string;
  /** quantity lines: one per unit and item */
  unit?: string;
  item?: string;
  points: ChartPoint[];
  /** what surely happened by asOf: the certain total where the line ends (the replay day) */
  certainLow: number;
  certainHigh: number;
}

export interface MonthBucket {
  month: string;
  /** events that certainly happened and are certainly known (the line) */
  total: number;
  /** events that possibly happened or are possibly known (the band above the line) */
  possible: number;
  byType: Record<string, number>;
}

/**
 * How finely amount lines are drawn: one point per distinct occurred date ('event'), or one per
 * calendar month of the key day ('month'). 'auto' picks 'month' once the log holds more amounts
 * than a chart can show legibly (AUTO_MONTH_ABOVE in charts.ts).
 */
export type ChartResolution = 'event' | 'month';

/** A chart: amount lines (AMOUNT_SERIES) or month buckets (MONTH_COUNT_SERIES). */
export type ChartSeries =
  | {
      name: AmountSeriesName;
      groupBy: 'actor' | 'category';
      placement: 'key-day';
      resolution: ChartResolution;
      lines: ChartLine[];
    }
  | { name: MonthCountSeriesName; placement: 'key-day'; buckets: MonthBucket[] };
