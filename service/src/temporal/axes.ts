import { dayBounds } from '@kroniek/events';
import type { FuzzyDate, KnownAt } from '@kroniek/events';
import { dayNumber, OPEN_AFTER, OPEN_BEFORE } from './days.js';

/**
 * Where an event sits on the *occurred* axis, as integers.
 * - `key` is the day used for ordering, for "has it happened by D" and for chart placement:
 *   the earliest bound, or the latest bound when the source leaves the start open ("onlangs"
 *   = some time before the letter: we do not claim it happened before we can be sure).
 * - ties on `key` are broken by `latest` (narrower first: 4 June sorts before "June 2025"
 *   which starts the same day; an open end sorts last), then by log position.
 */
export interface OccurredKey {
  key: number;
  earliest: number;
  latest: number;
}

/** The integer occurred bounds and sort/replay key of a fuzzy date. */
export function occurredKey(d: FuzzyDate): OccurredKey {
  const b = dayBounds(d);
  const earliest = b.earliest === null ? OPEN_BEFORE : dayNumber(b.earliest);
  const latest = b.latest === null ? OPEN_AFTER : dayNumber(b.latest);
  return { key: b.earliest !== null ? earliest : latest, earliest, latest };
}

/**
 * The rule for replay: an event has happened by day D when its key (earliest bound, or
 * latest bound when the start is open) is on or before D.
 */
export function hasHappenedBy(k: OccurredKey, day: number): boolean {
  return k.key <= day;
}

/**
 * The effective day on the *knownAt* axis: the LATEST bound of knownAt, the day by which
 * the fact was certainly public. When only a start is given, that start is used.
 */
export function knownOnDay(k: KnownAt): { day: number; label: string } {
  const b = dayBounds(k.date);
  const label = b.latest ?? b.earliest!;
  return { day: dayNumber(label), label };
}

/**
 * A commitment is overdue on day D only when its due date is certainly past: the latest
 * bound of `due` is before D. "najaar 2025" (Sep–Nov) is overdue from 1 December 2025,
 * "2025" from 1 January 2026; a due date with an open end is never overdue.
 */
export function isOverdue(due: FuzzyDate | undefined, day: number): boolean {
  if (!due) return false;
  const latest = dayBounds(due).latest;
  return latest !== null && dayNumber(latest) < day;
}
