import { dayBounds } from '@kroniek/events';
import { fuzzyDateLabel } from '../temporal/labels.js';
import type { ReplayContext, ResolvedFact } from './resolve.js';
import { KNOWN_STATUSES, OCCURRED_STATUSES, windowStatus } from '../temporal/status.js';
import { sourcesOf } from './views/citations.js';
import type { TimelineItem } from './readModelTypes.js';

/**
 * The timeline view of a resolved fact, with its two statuses in the replay (docs/REPLAY.md):
 * occurred against asOf, knownAt against knownBy.
 */
export function toTimelineItem(
  r: ResolvedFact,
  ctx: Pick<ReplayContext, 'asOf' | 'knownBy'>,
): TimelineItem {
  const e = r.event;
  const occurredStatus = OCCURRED_STATUSES[windowStatus(r.occ.earliest, r.occ.latest, ctx.asOf)]!;
  const item: TimelineItem = {
    id: e.id,
    position: r.fact.position,
    type: e.type,
    subject: e.subject,
    title: e.title,
    category: e.category,
    occurred: e.occurred,
    occurredBounds: dayBounds(e.occurred),
    occurredLabel: fuzzyDateLabel(e.occurred),
    knownAt: e.knownAt,
    knownOn: r.knownOn,
    knownLabel: fuzzyDateLabel(e.knownAt.date),
    recordedAt: r.fact.recordedAt,
    actors: e.actors,
    source: e.source,
    status: occurredStatus,
    occurredStatus,
    knownStatus: KNOWN_STATUSES[windowStatus(r.knownFromDay, r.knownOnDay, ctx.knownBy)]!,
    retracted: r.retracted,
    corrections: r.corrections.length,
    sources: sourcesOf(r),
  };
  if (e.summary !== undefined) item.summary = e.summary;
  if (e.money !== undefined) item.money = e.money;
  if (e.quantities !== undefined) item.quantities = e.quantities;
  if (e.relatedSubjects !== undefined) item.relatedSubjects = e.relatedSubjects;
  return item;
}

/** Timeline order of two resolved facts: occurred key, then latest bound, then log position. */
export function compareResolved(a: ResolvedFact, b: ResolvedFact): number {
  return a.occ.key - b.occ.key || a.occ.latest - b.occ.latest || a.fact.position - b.fact.position;
}
