import { dayNumber } from '../../temporal/days.js';
import {
  KNOWN_STATUSES,
  knownFromDay,
  OCCURRED_STATUSES,
  windowStatus,
} from '../../temporal/status.js';
import type { Engine } from '../engine/engine.js';
import type { Amendment, Fact } from '../facts.js';
import type { ChangeItem, StatusCounts } from '../readModelTypes.js';
import type { ReplayContext, Resolver } from '../resolve.js';

type Statuses = Pick<ChangeItem, 'occurredStatus' | 'knownStatus' | 'occurred'>;

/**
 * A change's two statuses in the replay, as the timeline gives them: the fact's occurred window
 * (as the replay resolves it) against asOf, the change's own knownAt window against knownBy.
 */
function statusesOf(
  item: Pick<ChangeItem, 'knownAt' | 'knownOn'>,
  fact: Fact | null,
  resolve: Resolver,
  ctx: Pick<ReplayContext, 'asOf' | 'knownBy'>,
): Statuses {
  const knownStatus =
    KNOWN_STATUSES[windowStatus(knownFromDay(item.knownAt), dayNumber(item.knownOn), ctx.knownBy)]!;
  if (!fact) return { occurredStatus: 'later', knownStatus };
  const r = resolve(fact);
  return {
    occurredStatus: OCCURRED_STATUSES[windowStatus(r.occ.earliest, r.occ.latest, ctx.asOf)]!,
    knownStatus,
    occurred: r.event.occurred,
  };
}

/** The statuses of changes counted three ways on each axis. */
export function changeCounts(items: readonly ChangeItem[]): StatusCounts {
  const counts: StatusCounts = {
    happened: 0,
    possiblyHappened: 0,
    later: 0,
    known: 0,
    possiblyKnown: 0,
    notYetKnown: 0,
  };
  for (const i of items) {
    if (i.occurredStatus === 'happened') counts.happened++;
    else if (i.occurredStatus === 'possibly-happened') counts.possiblyHappened++;
    else counts.later++;
    if (i.knownStatus === 'known') counts.known++;
    else if (i.knownStatus === 'possibly-known') counts.possiblyKnown++;
    else counts.notYetKnown++;
  }
  return counts;
}

function factChange(fact: Fact): Omit<ChangeItem, keyof Statuses> {
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

function amendmentChange(a: Amendment, target: Fact | null): Omit<ChangeItem, keyof Statuses> {
  const item: Omit<ChangeItem, keyof Statuses> = {
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
 * binary searches over its knownAt index; their bodies come in one load. Each carries its two
 * statuses in the replay `ctx` (statusesOf).
 */
export function changesBetween(
  engine: Engine,
  range: { from: number; to: number },
  ctx: ReplayContext,
): ChangeItem[] {
  const resolve = engine.resolver(ctx);
  const refs = engine.learnedBetween(range.from, range.to);
  const targetOf = (x: Amendment) => {
    const id = x.event.type === 'EventCorrected' ? x.event.corrects : x.event.retracts;
    return engine.factIdOf(id) ?? -1;
  };
  const wanted = refs.map((r) => (typeof r === 'number' ? r : targetOf(r)));
  const facts = engine.facts(wanted.filter((i) => i >= 0));
  const byIdx = new Map(facts.map((f) => [f.idx, f]));
  return refs.map((r, k) => {
    const fact = byIdx.get(wanted[k]!) ?? null;
    const item = typeof r === 'number' ? factChange(fact!) : amendmentChange(r, fact);
    return { ...item, ...statusesOf(item, fact, resolve, ctx) };
  });
}
