import { compareResolved, toTimelineItem } from '../items.js';
import type { Engine } from '../engine/engine.js';
import type { Amendment, Fact } from '../facts.js';
import type { AmendmentRecord, EventDetail } from '../readModelTypes.js';
import { amendmentApplies } from '../resolve.js';
import { citationsOf } from './citations.js';
import type { Resolver, ReplayContext } from '../resolve.js';

const MAX_RELATED = 100;

function toRecord(a: Amendment, ctx: ReplayContext): AmendmentRecord {
  const e = a.event;
  const record: AmendmentRecord = {
    id: e.id,
    type: e.type,
    position: a.position,
    reason: e.reason,
    changedFields: e.type === 'EventCorrected' ? Object.keys(e.changes).sort() : [],
    source: e.source,
    knownAt: e.knownAt,
    knownOn: a.knownOn,
    recordedAt: a.recordedAt,
    applied: amendmentApplies(a, ctx),
  };
  if (e.type === 'EventCorrected') record.changes = e.changes;
  return record;
}

/** Facts that share the subject, sit on one of its relatedSubjects, or name it as related. */
function relatedFacts(engine: Engine, fact: Fact): number[] {
  const subjects = [fact.event.subject, ...(fact.event.relatedSubjects ?? [])];
  const found = new Set<number>();
  for (const s of subjects) {
    for (const f of engine.factsOfSubject(s)) found.add(f);
    for (const f of engine.factsRelatedTo(s)) found.add(f);
  }
  found.delete(fact.idx);
  return [...found];
}

/**
 * An event as the record shows it under a replay: the corrected view, the original, every
 * correction and retraction (marked applied or not in this replay) and related events.
 * Null when the id is unknown or the fact was not yet public/recorded in this replay.
 */
export function eventDetail(
  engine: Engine,
  ctx: ReplayContext,
  resolve: Resolver,
  id: string,
): EventDetail | null {
  const amendment = engine.amendment(id);
  if (amendment && !amendmentApplies(amendment.amendment, ctx)) return null;
  const cited = engine.corroboration(id);
  // An amendment of a corroboration leads to the fact the corroboration states.
  const amended = amendment && (engine.corroboration(amendment.target)?.target ?? amendment.target);
  const idx = engine.factIdOf(amended ?? cited?.target ?? id);
  if (idx === undefined) return null;
  const fact = engine.fact(idx);
  const view = resolve(fact);
  if (!view.shown) return null;
  const history = fact.amendments.map((a) => toRecord(a, ctx));
  const related = engine
    .facts(relatedFacts(engine, fact))
    .map(resolve)
    .filter((r) => r.shown && !r.retracted)
    .sort(compareResolved)
    .slice(0, MAX_RELATED)
    .map((r) => toTimelineItem(r, ctx));
  const detail: EventDetail = {
    item: toTimelineItem(view, ctx),
    current: view.event,
    original: fact.event,
    history,
    retraction: view.retraction ? toRecord(view.retraction, ctx) : null,
    related,
    citations: citationsOf(view),
  };
  if (cited) {
    // A corroboration answers for its fact when this view holds it.
    if (!view.corroborations.some((c) => c.event.id === id)) return null;
    detail.viaCorroboration = id;
  }
  if (amendment) {
    detail.viaAmendment = id;
    detail.amendment = { ...toRecord(amendment.amendment, ctx), event: amendment.amendment.event };
  }
  return detail;
}
