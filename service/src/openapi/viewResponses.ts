import { ActorRole, KnownAt, SourceRef } from '@kroniek/events';
import { z } from 'zod';
import { AMOUNT_SERIES, MONTH_COUNT_SERIES } from '../readmodel/chartSeries.js';
import { Count, Day, DayRange, EventTypeName, Timestamp } from './responses.js';

// The answers of the views: who did what, chart series, and what the record learned.

export const ActorSummary = z.object({
  id: z.string(),
  name: z.string(),
  events: Count.describe('events that happened by asOf in which the actor took part'),
  byRole: z.partialRecord(ActorRole, Count),
  byType: z.record(z.string(), Count),
  subjects: z.array(z.string()),
});

export const ActorList = z.object({ actors: z.array(ActorSummary) });

export const ChartPoint = z.object({
  day: Day.describe('where the point is placed: the earliest bound, or the latest when open'),
  occurredLabel: z.string(),
  occurredBounds: DayRange,
  eventId: z.uuid(),
  title: z.string(),
  events: Count.describe('events in this point (same line, same occurred bounds)'),
  eventIds: z.array(z.uuid()).max(20).describe('the first ids of them'),
  low: z.number(),
  high: z.number(),
  cumulativeLow: z.number(),
  cumulativeHigh: z.number(),
  approximate: z.boolean(),
  wording: z.string().describe("the distinct wordings of the point's events, joined by '; '"),
});

export const ChartLine = z.object({
  key: z.string(),
  group: z.string(),
  currency: z.string().optional().describe('money lines: one per currency, never summed across'),
  unit: z.string().optional(),
  item: z.string().optional(),
  points: z.array(ChartPoint),
});

export const MonthBucket = z.object({
  month: z.string().describe('YYYY-MM'),
  total: Count.describe('events that certainly happened and are certainly known (the line)'),
  possible: Count.describe('events that possibly happened or are possibly known (the band above)'),
  byType: z.record(z.string(), Count),
});

const ChartResolution = z.enum(['event', 'month']);

export const ChartSeries = z.discriminatedUnion('name', [
  z.object({
    name: z.enum(AMOUNT_SERIES),
    groupBy: z.enum(['actor', 'category']),
    placement: z.literal('key-day'),
    resolution: ChartResolution,
    lines: z.array(ChartLine),
  }),
  z.object({
    name: z.enum(MONTH_COUNT_SERIES),
    placement: z.literal('key-day'),
    buckets: z.array(MonthBucket),
  }),
]);

export const ChangeItem = z.object({
  kind: z.enum(['known', 'corrected', 'retracted']),
  id: z.uuid().describe('the event that carries the news (the fact, or the amendment)'),
  targetId: z.uuid().describe('the fact it is about'),
  position: z.number().int().min(1),
  type: EventTypeName,
  subject: z.string().nullable(),
  title: z.string(),
  reason: z.string().optional(),
  changedFields: z.array(z.string()).optional(),
  knownAt: KnownAt,
  knownOn: Day,
  recordedAt: Timestamp,
  source: SourceRef,
});

export const ChangeList = z.object({ from: Day, to: Day, changes: z.array(ChangeItem) });

export const ReplayDays = z.object({
  days: z
    .array(Day)
    .describe(
      'every day on which a replay status can change (bounds of occurred and knownAt), ascending',
    ),
});
