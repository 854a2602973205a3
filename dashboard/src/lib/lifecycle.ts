import type { LifecycleStep, SubjectSummary } from './types.js';

type Kind = SubjectSummary['kind'];
type Status = SubjectSummary['status'];

/** The steps a subject of each kind goes through, in order (what the issue calls its lifecycle). */
const PATHS: Record<Kind, readonly Status[]> = {
  proposal: ['proposed', 'adopted'],
  document: ['proposed', 'adopted'],
  support: ['announced', 'delivering', 'delivered'],
  announcement: ['announced', 'delivering', 'delivered'],
  commitment: ['open', 'fulfilled'],
  agreement: ['signed'],
  meeting: ['scheduled', 'held'],
  initiative: ['launched'],
  statement: ['stated'],
};

/** One stop on a subject's path: reached (with the step that reached it) or still ahead. */
export interface PathStop {
  status: Status;
  step: LifecycleStep | null;
  /** ahead and past its due date: an overdue commitment's fulfilment */
  overdue: boolean;
}

/**
 * A subject's path drawn over its steps: every stop of its kind's path, reached or ahead, and any
 * step off that path where it happened. A stop skipped on the way (delivered without a recorded
 * 'delivering') is shown as not reached.
 */
export function lifecyclePath(
  kind: Kind,
  steps: readonly LifecycleStep[],
  status: Status,
): PathStop[] {
  const path = PATHS[kind];
  const stops: PathStop[] = path.map((s) => ({
    status: s,
    step: steps.find((x) => x.status === s) ?? null,
    overdue: false,
  }));
  for (const step of steps) {
    if (!path.includes(step.status)) stops.push({ status: step.status, step, overdue: false });
  }
  if (status === 'overdue') {
    const ahead = stops.find((s) => s.step === null);
    if (ahead) ahead.overdue = true;
  }
  return stops;
}
