import type { FactEvent } from '@kroniek/events';
import { knownOnDay, occurredKey } from '../temporal/axes.js';
import { knownFromDay } from '../temporal/status.js';
import type { OccurredKey } from '../temporal/axes.js';
import type { Amendment, Fact } from './facts.js';

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

/** Whether the record, as asked for, contains this amendment (public by knownBy and stored by recordedAsOf). */
export function amendmentApplies(a: Amendment, ctx: ReplayContext): boolean {
  return a.knownOnDay <= ctx.knownBy && a.recordedMs <= ctx.recordedMs;
}

/** A fact as the record shows it under one replay context. */
export interface ResolvedFact {
  fact: Fact;
  /** the original with the applicable corrections applied in log order */
  event: FactEvent;
  /** certainly known by knownBy (latest bound of knownAt) and recorded by recordedAsOf */
  visible: boolean;
  /** held by the replay: possibly or certainly known by knownBy, and recorded */
  shown: boolean;
  retracted: boolean;
  retraction: Amendment | null;
  corrections: Amendment[];
  /** which occurred variant of the index is in force (see sortedColumns) */
  variant: number;
  occ: OccurredKey;
  knownOn: string;
  knownOnDay: number;
  /** earliest bound of knownAt in force, as a day (-∞ when open) */
  knownFromDay: number;
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
  let knownFrom = fact.knownFromDay;
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
    if (a.event.changes.knownAt) {
      known = knownOnDay(a.event.changes.knownAt);
      knownFrom = knownFromDay(a.event.changes.knownAt);
    }
  });
  const recorded = fact.recordedMs <= ctx.recordedMs;
  const visible = known.day <= ctx.knownBy && recorded;
  return {
    fact,
    event,
    visible,
    shown: knownFrom <= ctx.knownBy && recorded,
    retracted: retraction !== null,
    retraction,
    corrections,
    variant,
    occ,
    knownOn: known.label,
    knownOnDay: known.day,
    knownFromDay: knownFrom,
  };
}

/** Which amendments of a fact apply under ctx, as a bit mask (null past 31 amendments). */
function appliedMask(fact: Fact, ctx: ReplayContext): number | null {
  if (fact.amendments.length > 31) return null;
  let mask = 0;
  fact.amendments.forEach((a, k) => {
    if (amendmentApplies(a, ctx)) mask |= 1 << k;
  });
  return mask;
}

/**
 * Resolutions of amended facts shared by every replay of one log version: a resolution
 * depends only on which amendments apply, so it is cached by (fact, applied mask).
 */
export type ResolutionCache = Map<string, ResolvedFact>;

/** Resolves facts under one replay context, reusing resolutions of amended facts. */
export function createResolver(ctx: ReplayContext, cache: ResolutionCache = new Map()) {
  return (fact: Fact): ResolvedFact => {
    if (fact.amendments.length === 0) return resolveFact(fact, ctx);
    const mask = appliedMask(fact, ctx);
    if (mask === null) return resolveFact(fact, ctx);
    const k = `${fact.idx}:${mask}`;
    let r = cache.get(k);
    if (!r) {
      r = resolveFact(fact, ctx);
      cache.set(k, r);
    }
    const recorded = fact.recordedMs <= ctx.recordedMs;
    const visible = r.knownOnDay <= ctx.knownBy && recorded;
    const shown = r.knownFromDay <= ctx.knownBy && recorded;
    return visible === r.visible && shown === r.shown ? r : { ...r, visible, shown };
  };
}

export type Resolver = ReturnType<typeof createResolver>;
