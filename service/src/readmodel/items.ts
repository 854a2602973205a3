import { dayBounds } from '@kroniek/events';
import { fuzzyDateLabel } from '../temporal/labels.js';
import type { ResolvedFact } from './resolve.js';
import { sourcesOf } from './views/citations.js';
import type { TimelineItem } from './readModelTypes.js';

/** The timeline view of a resolved fact; `status` is relative to the replay's asOf. */
export function toTimelineItem(r: ResolvedFact, asOf: number): TimelineItem {
  const e = r.event;
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
    recordedAt: r.fact.recordedAt,
    actors: e.actors,
    source: e.source,
    status: r.occ.key <= asOf ? 'happened' : 'later',
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
