import { assertNever, dayBounds } from '@kroniek/events';
import type { FactEvent, FuzzyDate } from '@kroniek/events';
import { isOverdue } from '../temporal/axes.js';
import { fuzzyDateLabel } from '../temporal/labels.js';
import type { LifecycleStep, SubjectKind, SubjectStatus } from './readModelTypes.js';

/** The lifecycle of one subject, folded from its events in timeline order. */
export interface LifecycleState {
  kind: SubjectKind | null;
  status: SubjectStatus | null;
  rank: number;
  title: string | null;
  due?: FuzzyDate;
  steps: LifecycleStep[];
}

export const initialState = (): LifecycleState => ({
  kind: null,
  status: null,
  rank: -1,
  title: null,
  steps: [],
});

/** What one event says about its subject: the kind of thing, a status and how far along it is. */
interface Step {
  kind: SubjectKind;
  status: SubjectStatus;
  /** a later event never moves a subject back (deliveries may be dated before their announcement) */
  rank: number;
  name?: string;
}

function stepOf(e: FactEvent): Step {
  switch (e.type) {
    case 'ProposalTabled':
      return { kind: 'proposal', status: 'proposed', rank: 1, name: e.proposal.name };
    case 'DocumentAdopted':
      return { kind: 'document', status: 'adopted', rank: 2, name: e.document.name };
    case 'SupportCommitted':
      return { kind: 'support', status: 'announced', rank: 1 };
    case 'AnnouncementMade':
      return { kind: 'announcement', status: 'announced', rank: 1 };
    case 'SupportDelivered':
      return {
        kind: 'support',
        status: e.stage === 'completed' ? 'delivered' : 'delivering',
        rank: e.stage === 'completed' ? 3 : 2,
      };
    case 'AgreementSigned':
      return { kind: 'agreement', status: 'signed', rank: 2, name: e.agreement.name };
    case 'ParliamentaryCommitmentMade':
      return { kind: 'commitment', status: 'open', rank: 1 };
    case 'ParliamentaryCommitmentFulfilled':
      return { kind: 'commitment', status: 'fulfilled', rank: 3 };
    case 'MeetingScheduled':
      return { kind: 'meeting', status: 'scheduled', rank: 1, name: e.meeting.name };
    case 'MeetingHeld':
      return { kind: 'meeting', status: 'held', rank: 2, name: e.meeting.name };
    case 'InitiativeLaunched':
      return { kind: 'initiative', status: 'launched', rank: 2 };
    case 'StatementMade':
      return { kind: 'statement', status: 'stated', rank: 0 };
    default:
      return assertNever(e);
  }
}

/** Announcements and statements only name a kind until an event says what the thing is. */
const WEAK_KINDS: ReadonlySet<SubjectKind> = new Set(['statement', 'announcement']);

/** Folds one event (already corrected, happened by asOf) into the subject's lifecycle. */
export function evolve(state: LifecycleState, e: FactEvent): LifecycleState {
  const step = stepOf(e);
  const kind =
    state.kind === null || (WEAK_KINDS.has(state.kind) && !WEAK_KINDS.has(step.kind))
      ? step.kind
      : state.kind === 'proposal' && step.kind === 'document'
        ? 'proposal'
        : state.kind;
  const next: LifecycleState = { ...state, kind, title: state.title ?? step.name ?? e.title };
  if (e.type === 'ParliamentaryCommitmentMade' && e.commitment.due) next.due = e.commitment.due;
  if (step.rank >= state.rank && step.status !== state.status) {
    next.status = step.status;
    next.rank = step.rank;
    next.steps = [
      ...state.steps,
      {
        status: step.status,
        eventId: e.id,
        type: e.type,
        occurredLabel: fuzzyDateLabel(e.occurred),
        occurredBounds: dayBounds(e.occurred),
      },
    ];
  }
  return next;
}

/**
 * The status shown on a replay day: 'upcoming' when nothing has happened yet, and an open
 * commitment becomes 'overdue' once its due date is certainly past (see isOverdue).
 */
export function statusOn(state: LifecycleState, day: number): SubjectStatus {
  if (state.status === null) return 'upcoming';
  if (state.status === 'open' && isOverdue(state.due, day)) return 'overdue';
  return state.status;
}
