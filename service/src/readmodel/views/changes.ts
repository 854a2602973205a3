import type { Engine } from '../engine/engine.js';
import type { Amendment, Fact } from '../facts.js';
import type { ChangeItem } from '../readModelTypes.js';

function factChange(fact: Fact): ChangeItem {
  const e = fact.event;
  return {
    kind: 'known',
    id: e.id,
    targetId: e.id,
    position: fact.position,
    type: e.type,
    subject: e.subject,
    title: e.title,
    knownAt: e.knownAt,
    knownOn: fact.knownOn,
    recordedAt: fact.recordedAt,
    source: e.source,
  };
}

function amendmentChange(a: Amendment, target: Fact | null): ChangeItem {
  const item: ChangeItem = {
    kind: a.event.type === 'EventCorrected' ? 'corrected' : 'retracted',
    id: a.event.id,
    targetId: a.event.type === 'EventCorrected' ? a.event.corrects : a.event.retracts,
    position: a.position,
    type: target?.event.type ?? a.event.type,
    subject: target?.event.subject ?? null,
    title: target?.event.title ?? a.event.title,
    reason: a.event.reason,
    knownAt: a.event.knownAt,
    knownOn: a.knownOn,
    recordedAt: a.recordedAt,
    source: a.event.source,
  };
  if (a.event.type === 'EventCorrected') item.changedFields = Object.keys(a.event.changes).sort();
  return item;
}

/**
 * What the record learned in (from, to]: facts and amendments whose knownOn falls in it,
 * in knownOn then log order. Facts are placed by their knownAt as first recorded; a later
 * correction of knownAt shows up as its own 'corrected' change. The engine finds them by two
 * binary searches over its knownAt index; their bodies come in one load.
 */
export function changesBetween(engine: Engine, range: { from: number; to: number }): ChangeItem[] {
  const refs = engine.learnedBetween(range.from, range.to);
  const targetOf = (x: Amendment) => {
    const id = x.event.type === 'EventCorrected' ? x.event.corrects : x.event.retracts;
    return engine.factIdOf(id) ?? -1;
  };
  const wanted = refs.map((r) => (typeof r === 'number' ? r : targetOf(r)));
  const facts = engine.facts(wanted.filter((i) => i >= 0));
  const byIdx = new Map(facts.map((f) => [f.idx, f]));
  return refs.map((r, k) =>
    typeof r === 'number'
      ? factChange(byIdx.get(r)!)
      : amendmentChange(r, byIdx.get(wanted[k]!) ?? null),
  );
}
