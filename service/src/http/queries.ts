import { EVENT_TYPES, EventId, IsoDay, Slug } from '@kroniek/events';
import { z } from 'zod';
import { KNOWN_STATUSES, OCCURRED_STATUSES } from '../temporal/status.js';

const Day = IsoDay.describe('a calendar day, YYYY-MM-DD');

/** A list parameter: repeated (`?kinds=A&kinds=B`) or comma-separated (`?kinds=A,B`). */
export const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) =>
      v === undefined
        ? undefined
        : (Array.isArray(v) ? v : [v])
            .flatMap((s) => String(s).split(','))
            .map((s) => s.trim())
            .filter((s) => s !== ''),
    z.array(item).max(100).optional(),
  );

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();

/** The three time axes, as query parameters. */
export const ReplayQueryParams = z.strictObject({
  asOf: Day.optional().describe(
    'replay the world as it stood at the end of this day (occurred axis)',
  ),
  knownBy: Day.optional().describe('only what was public by the end of this day (knownAt axis)'),
  recordedAsOf: z
    .union([Day, z.iso.datetime({ offset: true })])
    .optional()
    .describe('only what kroniek had stored by then (recordedAt axis): a day or an ISO timestamp'),
});

const TimelineFilterShape = ReplayQueryParams.extend({
  kinds: list(z.enum(EVENT_TYPES as [string, ...string[]])).describe('event types'),
  actors: list(Slug).describe('actor ids'),
  subjects: list(Slug).describe('subject ids'),
  categories: list(Slug).describe('category slugs'),
  q: z.string().trim().min(1).max(200).optional().describe('free text'),
  from: Day.optional().describe('occurred on or after this day'),
  to: Day.optional().describe('occurred on or before this day'),
  includeRetracted: flag.describe('list retracted events too (default false)'),
  includeLater: flag.describe('list events after asOf with status later (default true)'),
  occurredStatus: list(z.enum(OCCURRED_STATUSES)).describe(
    'occurred statuses to list: happened, possibly-happened, later (default all)',
  ),
  knownStatus: list(z.enum(KNOWN_STATUSES)).describe(
    'knownAt statuses to list: known, possibly-known, not-yet-known (default known, possibly-known)',
  ),
});

const fromBeforeTo: [
  (q: { from?: string | undefined; to?: string | undefined }) => boolean,
  { message: string; path: string[] },
] = [
  (q) => !q.from || !q.to || q.from <= q.to,
  { message: "'from' must not be after 'to'", path: ['to'] },
];

/** Exports take the timeline's filters and always return everything, so they have no paging. */
export const ExportQueryParams = TimelineFilterShape.refine(...fromBeforeTo);

export const TimelineQueryParams = TimelineFilterShape.extend({
  cursor: z.string().min(1).max(500).optional().describe('opaque cursor from nextCursor'),
  limit: z.coerce.number().int().min(1).max(500).optional().describe('page size, default 50'),
}).refine(...fromBeforeTo);

export const ChartQueryParams = ReplayQueryParams.extend({
  groupBy: z.enum(['actor', 'category']).optional(),
  resolution: z
    .enum(['auto', 'event', 'month'])
    .optional()
    .describe(
      "amount lines: a point per occurred date, per month, or 'auto' (month on large logs)",
    ),
});

export const ChangesQueryParams = z
  .strictObject({
    from: Day,
    to: Day,
    asOf: ReplayQueryParams.shape.asOf,
    knownBy: ReplayQueryParams.shape.knownBy,
  })
  .refine((q) => q.from <= q.to, { message: "'from' must not be after 'to'", path: ['to'] });

export const LogQueryParams = z.strictObject({
  after: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .describe('read events with a position above this'),
  limit: z.coerce.number().int().min(1).max(1000).optional().describe('page size, default 100'),
});

export const EventIdParam = z.strictObject({ id: EventId });
export const SlugParam = z.strictObject({ id: Slug });

/**
 * Drops undefined members so a facade sees only what the client gave (and options spread over
 * defaults keep the defaults where the caller left a member undefined).
 */
export function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
