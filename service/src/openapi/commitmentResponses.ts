import { ActorRef, FuzzyDate, Money, Quantity, SourceRef } from '@kroniek/events';
import { z } from 'zod';
import { COMMITMENT_KINDS, COMMITMENT_STATUSES } from '../readmodel/commitmentTypes.js';
import { Count, Day, DayRange, EventTypeName } from './responses.js';

// The answer of the commitments register (GET /api/commitments).

const Status = z.enum(COMMITMENT_STATUSES);
const Kind = z.enum(COMMITMENT_KINDS);

export const CommitmentLink = z.object({
  eventId: z.uuid(),
  type: EventTypeName,
  title: z.string(),
  occurredLabel: z.string(),
  occurredBounds: DayRange,
  status: z.enum(['happened', 'later']).describe("'later': dated after asOf, does not count"),
  source: SourceRef,
});

export const CommitmentDue = z.object({
  date: FuzzyDate,
  label: z.string(),
  precision: z.enum(['day', 'days', 'month', 'season', 'year', 'between']),
  bounds: DayRange,
  wording: z.string().optional().describe("the promise's own words for when"),
});

export const CommitmentItem = z.object({
  id: z.uuid().describe('the event that made the commitment'),
  kind: Kind,
  type: EventTypeName,
  status: Status.describe('on asOf: open/fulfilled/overdue, or announced/delivering/delivered'),
  subject: z.string(),
  title: z.string(),
  description: z.string().optional(),
  category: z.string(),
  madeOn: z.object({ occurredLabel: z.string(), occurredBounds: DayRange }),
  knownOn: Day,
  due: CommitmentDue.optional(),
  by: z.array(ActorRef),
  to: z.array(ActorRef),
  settledBy: CommitmentLink.nullable().describe('what fulfilled or delivered it by asOf'),
  steps: z.array(CommitmentLink),
  money: z.array(Money).optional(),
  quantities: z.array(Quantity).optional(),
  source: SourceRef,
});

export const CommitmentRegister = z.object({
  items: z.array(CommitmentItem),
  counts: z.object({
    listed: Count,
    made: Count.describe('commitments made by asOf, before the filters'),
    byStatus: z.partialRecord(Status, Count),
    byKind: z.partialRecord(Kind, Count),
    later: Count.describe('commitments made after asOf (not listed)'),
  }),
});
