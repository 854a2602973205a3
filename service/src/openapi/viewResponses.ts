import { ActorRole, FuzzyDate, KnownAt, Money, Quantity, SourceRef } from '@kroniek/events';
import { z } from 'zod';
import { AMOUNT_SERIES, MONTH_COUNT_SERIES } from '../readmodel/chartSeries.js';
import { KNOWN_STATUSES, OCCURRED_STATUSES } from '../temporal/status.js';
import {
  Count,
  Day,
  DayRange,
  EventTypeName,
  STATUS_COUNT_FIELDS,
  TimelineItem,
  Timestamp,
} from './responses.js';

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

export const ActorEvent = TimelineItem.extend({
  roles: z.array(ActorRole).describe("the actor's roles in this event"),
});

export const ActorDetail = ActorSummary.extend({
  later: Count.describe('events after asOf in which the actor takes part'),
  total: Count.describe('happened and later events, retracted ones left out'),
  items: z
    .array(ActorEvent)
    .describe('in timeline order, the first 500; amounts stay on their events, never summed'),
});

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
  cumulativeLow: z
    .number()
    .describe('running total of what possibly happened by this point (the top of the band)'),
  cumulativeHigh: z.number(),
  certainLow: z
    .number()
    .describe(
      'running total of what surely happened by this point (latest bound at or before its day and asOf): the line; for markers, its own amounts that surely happened',
    ),
  certainHigh: z.number(),
  approximate: z.boolean(),
  wording: z.string().describe("the distinct wordings of the point's events, joined by '; '"),
  disputed: z
    .array(
      z.object({
        eventId: z.uuid(),
        title: z.string(),
        record: z
          .object({ money: z.array(Money).optional(), quantities: z.array(Quantity).optional() })
          .describe("the event's amounts as the record holds them"),
        citationId: z.uuid().describe('the EventCorroborated that states it'),
        documentId: z.string(),
        money: z.array(Money).optional(),
        quantities: z.array(Quantity).optional(),
      }),
    )
    .optional()
    .describe(
      "other amounts sources state for the point's listed events: the point keeps the record's value, these are listed beside it, never summed",
    ),
});

export const ChartLine = z.object({
  key: z.string(),
  group: z.string(),
  currency: z.string().optional().describe('money lines: one per currency, never summed across'),
  unit: z.string().optional(),
  item: z.string().optional(),
  points: z.array(ChartPoint),
  certainLow: z
    .number()
    .describe('what surely happened by asOf: the certain total at the replay day'),
  certainHigh: z.number(),
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
  occurredStatus: z
    .enum(OCCURRED_STATUSES)
    .describe("the fact's occurred window (as the replay resolves it) against asOf"),
  knownStatus: z.enum(KNOWN_STATUSES).describe("this change's knownAt window against knownBy"),
  occurred: FuzzyDate.optional().describe(
    "the fact's occurred date as the replay resolves it (absent while the fact is not in the log)",
  ),
});

export const ChangeList = z.object({
  from: Day,
  to: Day,
  counts: z
    .object(STATUS_COUNT_FIELDS)
    .describe('the listed changes counted by status, three ways on each axis'),
  changes: z.array(ChangeItem),
});

export const ReplayDays = z.object({
  days: z
    .array(Day)
    .describe(
      'every day on which a replay status can change (bounds of occurred and knownAt), ascending',
    ),
});
