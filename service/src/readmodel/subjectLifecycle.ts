import { dayBounds, subjectStepOf } from '@kroniek/events';
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

/** Announcements and statements only name a kind until an event says what the thing is. */
const WEAK_KINDS: ReadonlySet<SubjectKind> = new Set(['statement', 'announcement']);

/** Folds one event (already corrected, happened by asOf) into the subject's lifecycle. */
export function evolve(state: LifecycleState, e: FactEvent): LifecycleState {
  const step = subjectStepOf(e);
  const kind =
    state.kind === null || (WEAK_KINDS.has(state.kind) && !WEAK_KINDS.has(step.kind))
      ? step.kind
      : state.kind === 'proposal' && step.kind === 'document'
        ? 'proposal'
        : state.kind;
  const next: LifecycleState = { ...state, kind, title: state.title ?? step.name ?? e.title };
  if (step.due) next.due = step.due;
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
