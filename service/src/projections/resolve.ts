import type { FactEvent } from '@kroniek/events';
import { knownOnDay, occurredKey } from '../temporal/axes.js';
import type { OccurredKey } from '../temporal/axes.js';
import { NO_LIMIT_MS, OPEN_AFTER, parseDay, parseInstant } from '../temporal/days.js';
import type { Amendment, Fact } from './logIndex.js';
import type { ReplayQuery } from './readModelTypes.js';

/** A replay on the three axes, parsed to integers. */
export interface ReplayContext {
  /** occurred axis: day number of asOf (default today) */
  asOf: number;
  /** knownAt axis: day number of knownBy, or OPEN_AFTER for "everything" */
  knownBy: number;
  /** recordedAt axis: epoch ms of recordedAsOf, or NO_LIMIT_MS */
  recordedMs: number;
  /** stable string form, used as memo key */
  key: string;
}

/** Parses and validates the replay parameters; asOf defaults to the injected today. */
export function replayContext(q: ReplayQuery | undefined, today: string): ReplayContext {
  const asOf = parseDay('asOf', q?.asOf ?? today);
  const knownBy = q?.knownBy === undefined ? OPEN_AFTER : parseDay('knownBy', q.knownBy);
  const recordedMs =
    q?.recordedAsOf === undefined ? NO_LIMIT_MS : parseInstant('recordedAsOf', q.recordedAsOf);
  return { asOf, knownBy, recordedMs, key: `${asOf}|${knownBy}|${recordedMs}` };
}

/** Whether the record, as asked for, contains this amendment (public by knownBy and stored by recordedAsOf). */
export function amendmentApplies(a: Amendment, ctx: ReplayContext): boolean {
  return a.knownOnDay <= ctx.knownBy && a.recordedMs <= ctx.recordedMs;
}

/** A fact as the record shows it under one replay context. */
export interface ResolvedFact {
  fact: Fact;
  /** the original with the applicable corrections applied in log order */
  event: FactEvent;
  visible: boolean;
  retracted: boolean;
  retraction: Amendment | null;
  corrections: Amendment[];
  /** which occurred variant of the index is in force (see logIndex Entry.variant) */
  variant: number;
  occ: OccurredKey;
  knownOn: string;
}

/**
 * Folds a fact's amendments that apply under `ctx` over the original. Facts without
 * amendments take the fast path: only their own knownOn and recordedAt are checked.
 */
export function resolveFact(fact: Fact, ctx: ReplayContext): ResolvedFact {
  let event = fact.event;
  let variant = 0;
  let occ = fact.occ;
  let known = { day: fact.knownOnDay, label: fact.knownOn };
  let retraction: Amendment | null = null;
  const corrections: Amendment[] = [];
  fact.amendments.forEach((a, i) => {
    if (!amendmentApplies(a, ctx)) return;
    if (a.event.type === 'EventRetracted') {
      retraction ??= a;
      return;
    }
    const changes = Object.fromEntries(
      Object.entries(a.event.changes).filter(([, v]) => v !== undefined),
    );
    event = { ...event, ...changes } as FactEvent;
    corrections.push(a);
    if (a.event.changes.occurred) {
      variant = i + 1;
      occ = occurredKey(a.event.changes.occurred);
    }
    if (a.event.changes.knownAt) known = knownOnDay(a.event.changes.knownAt);
  });
  const visible = known.day <= ctx.knownBy && fact.recordedMs <= ctx.recordedMs;
  return {
    fact,
    event,
    visible,
    retracted: retraction !== null,
    retraction,
    corrections,
    variant,
    occ,
    knownOn: known.label,
  };
}

/** Memoises resolutions of amended facts within one replay context. */
export function createResolver(ctx: ReplayContext) {
  const cache = new Map<number, ResolvedFact>();
  return (fact: Fact): ResolvedFact => {
    let r = cache.get(fact.idx);
    if (!r) {
      r = resolveFact(fact, ctx);
      if (fact.amendments.length > 0) cache.set(fact.idx, r);
    }
    return r;
  };
}

export type Resolver = ReturnType<typeof createResolver>;
