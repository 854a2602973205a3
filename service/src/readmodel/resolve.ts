import type { FactEvent } from '@kroniek/events';
import { knownOnDay, occurredKey } from '../temporal/axes.js';
import { knownFromDay } from '../temporal/status.js';
import type { OccurredKey } from '../temporal/axes.js';
import type { Amendment, Fact } from './facts.js';
import { applyCorroboration, earliestKnown } from './corroborations.js';
import type { AppliedCorroboration } from './corroborations.js';

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
  /** the earliest knownOn among the fact's own source and its applicable corroborations */
  knownOn: string;
  knownOnDay: number;
  /** the fact's own knownOn (as corrected), before corroborations */
  ownKnownOnDay: number;
  /** whether the fact's own source was public by knownBy (it may be known from another) */
  ownPublic: boolean;
  /** the corroborations this replay holds (recorded, public by knownBy, not retracted) */
  corroborations: AppliedCorroboration[];
  /** earliest bound of knownAt in force, as a day (-∞ when open) */
  knownFromDay: number;
}

/**
 * Folds a fact's amendments that apply under `ctx` over the original. Facts without
 * amendments take the fast path: only their own knownOn and recordedAt are checked. The fact
 * is known from the earliest of its own knownOn and its applicable corroborations' (see
 * earliestKnown).
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
  const own = known.day;
  const corroborations: AppliedCorroboration[] = [];
  for (const c of fact.corroborations) {
    const applied = applyCorroboration(c, ctx);
    if (applied) corroborations.push(applied);
  }
  known = earliestKnown(known, corroborations);
  // A corroboration counts once its source is certainly public (see corroborations.ts), and
  // then the fact is known: the earliest possible day never lies after the earliest certain one.
  knownFrom = Math.min(knownFrom, known.day);
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
    ownKnownOnDay: own,
    ownPublic: own <= ctx.knownBy,
    corroborations,
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
    // Corroborated facts are few; which corroborations apply depends on knownBy itself (a
    // corrected knownAt), which no mask holds, so they are resolved each time.
    if (fact.amendments.length === 0 || fact.corroborations.length > 0)
      return resolveFact(fact, ctx);
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
    // Without corroborations the fact is known from its own source alone.
    return visible === r.visible && shown === r.shown
      ? r
      : { ...r, visible, shown, ownPublic: r.ownKnownOnDay <= ctx.knownBy };
  };
}

export type Resolver = ReturnType<typeof createResolver>;
