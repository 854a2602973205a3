import type { ActorRef, EventType, FuzzyDate, Money, Quantity, SourceRef } from '@kroniek/events';
import type { DayRange } from '../temporal/precision.js';

// The commitments register (issue 14): every promise made to parliament and every pledge or
// announced support, with its status on the replay day.

/** A promise to parliament, or a pledge of support (committed or announced with an amount). */
export const COMMITMENT_KINDS = ['parliamentary', 'pledge'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/** open / fulfilled / overdue for promises to parliament; announced / delivering / delivered for pledges. */
export const COMMITMENT_STATUSES = [
  'open',
  'fulfilled',
  'overdue',
  'announced',
  'delivering',
  'delivered',
] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** An event a commitment points to: what fulfilled or delivered it. */
export interface CommitmentLink {
  eventId: string;
  type: EventType;
  title: string;
  occurredLabel: string;
  occurredBounds: DayRange;
  /** relative to asOf: a fulfilment dated after it is listed but does not count */
  status: 'happened' | 'later';
  source: SourceRef;
}

/** When a commitment is due, as precisely as it was promised. */
export interface CommitmentDue {
  date: FuzzyDate;
  label: string;
  precision: FuzzyDate['precision'];
  bounds: DayRange;
  /** the promise's own words for it, when the record has them ("in het najaar") */
  wording?: string;
}

export interface CommitmentItem {
  /** the id of the event that made the commitment */
  id: string;
  kind: CommitmentKind;
  type: EventType;
  status: CommitmentStatus;
  subject: string;
  title: string;
  /** what was promised, in the record's words */
  description?: string;
  category: string;
  madeOn: { occurredLabel: string; occurredBounds: DayRange };
  knownOn: string;
  due?: CommitmentDue;
  /** who made it (promisor, donor, announcer, ...) and to whom (promisee, recipient, ...) */
  by: ActorRef[];
  to: ActorRef[];
  /** the event that fulfilled or delivered it by asOf (the furthest step); null while open */
  settledBy: CommitmentLink | null;
  /** every fulfilment or delivery the record holds, happened or later */
  steps: CommitmentLink[];
  money?: Money[];
  quantities?: Quantity[];
  source: SourceRef;
}

export interface CommitmentRegister {
  items: CommitmentItem[];
  /** `byStatus` and `byKind` count every commitment made by asOf, before the filters */
  counts: {
    listed: number;
    made: number;
    byStatus: Partial<Record<CommitmentStatus, number>>;
    byKind: Partial<Record<CommitmentKind, number>>;
    /** commitments the record holds that are made after asOf (not listed) */
    later: number;
  };
}
