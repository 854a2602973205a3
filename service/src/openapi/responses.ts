import {
  ActorRef,
  CorrectableFields,
  EVENT_TYPES,
  EventCorrected,
  EventRetracted,
  FACT_KINDS,
  FuzzyDate,
  KnownAt,
  KroniekEvent,
  Money,
  Quantity,
  LOG_EVENT_TYPES,
  LogEvent,
  SourceRef,
  SUBJECT_KINDS,
  SUBJECT_STATUSES,
} from '@kroniek/events';
import type { EventType, LogEvent as LogEventValue } from '@kroniek/events';

type LogEventType = LogEventValue['type'];
import { z } from 'zod';

// The shapes the API answers with, as zod schemas so the OpenAPI document can describe them.
// They follow the read model's types (readmodel/readModelTypes.ts); responseTypeChecks.ts makes
// the compiler hold the two together, and tests/service/routes/openapi.api.test.ts validates real
// answers of the seeded app against the document built from them. Views (actors, charts, changes)
// are in viewResponses.ts.

export const Day = z.string().describe('a calendar day, YYYY-MM-DD');
export const Timestamp = z.string().describe('an ISO 8601 timestamp');
export const Count = z.number().int().min(0);

export const EventTypeName = z.enum(EVENT_TYPES as [EventType, ...EventType[]]);

/** An event that says something about the world (every kind but corrections and retractions). */
export const FactEvent = z.discriminatedUnion('type', FACT_KINDS);

export const DayRange = z.object({
  earliest: Day.nullable().describe('earliest day the date can mean; null when open'),
  latest: Day.nullable().describe('latest day the date can mean; null when open'),
});

export const TimelineItem = z.object({
  id: z.uuid(),
  position: z.number().int().min(1).describe('log position of the event'),
  type: EventTypeName,
  subject: z.string(),
  title: z.string(),
  summary: z.string().optional(),
  category: z.string(),
  occurred: FuzzyDate,
  occurredBounds: DayRange,
  occurredLabel: z.string().describe('the occurred date as a reader would say it'),
  knownAt: KnownAt,
  knownOn: Day.nullable().describe('effective day for knownBy: the latest bound of knownAt'),
  recordedAt: Timestamp,
  actors: z.array(ActorRef),
  money: z.array(Money).optional(),
  quantities: z.array(Quantity).optional(),
  relatedSubjects: z.array(z.string()).optional(),
  source: SourceRef,
  status: z.enum(['happened', 'later']).describe("'later': after asOf, listed but not counted"),
  retracted: z.boolean(),
  corrections: Count.describe('number of corrections applied in this view'),
});

export const TimelinePage = z.object({
  items: z.array(TimelineItem),
  nextCursor: z.string().nullable().describe('pass as `cursor` for the next page; null at the end'),
  total: Count.describe('items in the listing over all pages'),
  counts: z.object({
    happened: Count,
    later: Count,
    byType: z.record(z.string(), Count).describe('happened events per type'),
  }),
});

export const AmendmentRecord = z.object({
  id: z.uuid(),
  type: z.enum(['EventCorrected', 'EventRetracted']),
  position: z.number().int().min(1),
  reason: z.string(),
  changes: CorrectableFields.optional(),
  changedFields: z.array(z.string()),
  source: SourceRef,
  knownAt: KnownAt,
  knownOn: Day.nullable(),
  recordedAt: Timestamp,
  applied: z
    .boolean()
    .describe('part of the view asked for (known by knownBy, recorded by recordedAsOf)'),
});

export const EventDetail = z.object({
  item: TimelineItem.describe('the current view: the original with every applicable correction'),
  current: FactEvent,
  original: FactEvent,
  history: z.array(AmendmentRecord).describe('every correction and retraction, in log order'),
  retraction: AmendmentRecord.nullable(),
  related: z.array(TimelineItem),
  viaAmendment: z
    .uuid()
    .optional()
    .describe('set when the id asked for was that of a correction or retraction of this event'),
  amendment: AmendmentRecord.extend({
    event: z.discriminatedUnion('type', [EventCorrected, EventRetracted]),
  })
    .optional()
    .describe('that correction or retraction itself, when the id asked for was one'),
});

export const SubjectKind = z.enum(SUBJECT_KINDS);

export const SubjectStatus = z.enum(SUBJECT_STATUSES);

const Period = z.object({ occurredLabel: z.string(), occurredBounds: DayRange });

export const SubjectSummary = z.object({
  id: z.string(),
  kind: SubjectKind,
  status: SubjectStatus,
  title: z.string(),
  categories: z.array(z.string()),
  events: Count.describe('events that happened by asOf'),
  later: Count.describe('events after asOf'),
  first: Period.nullable(),
  last: Period.nullable(),
  next: Period.nullable(),
  due: FuzzyDate.optional(),
  dueLabel: z.string().optional(),
  actors: z.array(z.string()),
});

export const LifecycleStep = z.object({
  status: SubjectStatus,
  eventId: z.uuid(),
  type: EventTypeName,
  occurredLabel: z.string(),
  occurredBounds: DayRange,
});

export const SubjectDetail = SubjectSummary.extend({
  lifecycle: z.array(LifecycleStep),
  items: z.array(TimelineItem),
  relatedSubjects: z.array(z.string()),
});

export const SubjectList = z.object({ subjects: z.array(SubjectSummary) });

export const LogRecord = z.object({
  position: z.number().int().min(1).describe('1-based, contiguous'),
  stream: z.string(),
  revision: z.number().int().min(0).describe('0-based revision within its stream'),
  id: z.uuid(),
  type: z.enum(LOG_EVENT_TYPES as [LogEventType, ...LogEventType[]]),
  data: LogEvent.describe('the event (or source record), lifted to the current schema version'),
  metadata: z.record(z.string(), z.unknown()),
  recordedAt: Timestamp,
  hash: z.string().describe('hex SHA-256 chaining this entry to the one before it'),
});

export const LogPage = z.object({
  head: Count.describe('the position of the last entry in the log'),
  after: Count,
  events: z.array(LogRecord),
  next: Count.nullable().describe('pass as `after` for the next page; null at the head'),
});

export {
  SourceAdded,
  SourceCitation,
  SourceList,
  SourceRecord,
  SourceSummary,
  SourceWithText,
} from './sourceResponses.js';

export const AppendResult = z.object({
  stream: z.string(),
  revision: z.number().int().describe("the stream's revision after the append"),
  position: z.number().int().describe('the log position of the last event written or found'),
  appended: Count.describe('0 when every event was stored already (an idempotent retry)'),
  alreadyRetracted: z
    .literal(true)
    .optional()
    .describe(
      'a retraction of a fact retracted already: nothing appended, `events` names the retraction',
    ),
  detail: z.string().optional().describe('why nothing was appended'),
  events: z.array(
    z.object({
      id: z.uuid(),
      type: EventTypeName,
      position: z.number().int().min(1),
      revision: z.number().int().min(0),
    }),
  ),
});

export const LogHead = z.object({
  position: Count.describe('the log position of the head (0: an empty log)'),
  hash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe("the head event's chain hash (64 zeros when empty)"),
  recordedAt: Timestamp.nullable().describe('when the head event was stored (null when empty)'),
});

export const Health = z.object({ status: z.literal('ok') });
export const Readiness = z.looseObject({
  status: z.string().describe("'ready', or why not ('catching-up', 'unavailable', ...)"),
  head: Count.optional(),
  position: Count.optional(),
  reason: z.string().optional(),
});
