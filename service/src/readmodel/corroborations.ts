import type { EventOf } from '@kroniek/events';
import { knownOnDay } from '../temporal/axes.js';
import type { Corroboration } from './facts.js';
import type { ReplayContext } from './resolve.js';

/** A corroboration as a replay sees it: its statement with its applicable corrections. */
export interface AppliedCorroboration {
  corroboration: Corroboration;
  event: EventOf<'EventCorroborated'>;
  knownOnDay: number;
  knownOn: string;
  /** corrections of the corroboration applied in this replay */
  corrections: number;
}

/**
 * A corroboration under a replay, or null when the replay does not hold it: it must be
 * recorded by recordedAsOf, public by knownBy (its knownAt as corrected) and not retracted by a
 * retraction the replay holds. Its corrections and retraction apply by the same rule as a fact's
 * (public by knownBy, recorded by recordedAsOf).
 */
export function applyCorroboration(
  c: Corroboration,
  ctx: ReplayContext,
): AppliedCorroboration | null {
  if (c.recordedMs > ctx.recordedMs) return null;
  let event = c.event;
  let known = { day: c.knownOnDay, label: c.knownOn };
  let corrections = 0;
  for (const a of c.amendments) {
    if (a.knownOnDay > ctx.knownBy || a.recordedMs > ctx.recordedMs) continue;
    if (a.event.type === 'EventRetracted') return null;
    const changes = Object.fromEntries(
      Object.entries(a.event.changes).filter(([, v]) => v !== undefined),
    );
    event = { ...event, ...changes } as EventOf<'EventCorroborated'>;
    corrections++;
    if (a.event.changes.knownAt) known = knownOnDay(a.event.changes.knownAt);
  }
  if (known.day > ctx.knownBy) return null;
  return { corroboration: c, event, knownOnDay: known.day, knownOn: known.label, corrections };
}

/**
 * The day a fact is known on: the earliest among its own (as corrected) and its applicable
 * corroborations'. Days are the latest bound of each knownAt (the day by which a source was
 * surely public, the axis knownBy reads): a source public "June 2025" counts from 30 June, one
 * public "5–23 June" from 23 June, so a vaguer date never wins by its early start. On a tie the
 * fact's own source stays first, then the corroborations in log order.
 */
export function earliestKnown(
  own: { day: number; label: string },
  applied: readonly AppliedCorroboration[],
): { day: number; label: string } {
  let best = own;
  for (const a of applied)
    if (a.knownOnDay < best.day) best = { day: a.knownOnDay, label: a.knownOn };
  return best;
}
