import type { EventType, FactEvent } from '@kroniek/events';
import { EVENT_TYPES } from '@kroniek/events';
import { parseDay } from '../temporal/days.js';
import { countAtMost } from '../temporal/sorted.js';
import { ValidationError } from '../errors.js';
import type { LogIndex } from './logIndex.js';
import { TYPE_CODE } from './logIndex.js';
import type { TimelineQuery } from './readModelTypes.js';
import { createResolver } from './resolve.js';
import type { ReplayContext, ResolvedFact, Resolver } from './resolve.js';
import { haystackOf, matchesTerms, searchTerms } from './text.js';

/** The filters of a timeline query, parsed. */
export interface SelectionFilter {
  kinds?: Set<number>;
  actors?: Set<string>;
  subjects?: Set<string>;
  categories?: Set<string>;
  terms?: string[];
  from?: number;
  to?: number;
  includeRetracted: boolean;
  includeLater: boolean;
  key: string;
}

/**
 * The events a replay shows, as indexes into the occurred-sorted columns, in timeline
 * order. Because "happened by asOf" is "key ≤ asOf" and the index is sorted by key, the
 * happened events are exactly the first `prefix` of `idx`.
 */
export interface Selection {
  ctx: ReplayContext;
  idx: Int32Array;
  /** listed entries that happened by asOf: idx[0 .. prefix) */
  prefix: number;
  /** counts leave retracted events out even when they are listed */
  happened: number;
  later: number;
  byType: Record<string, number>;
  resolve: Resolver;
}

const nonEmpty = <T>(xs: T[] | undefined): Set<T> | undefined =>
  xs && xs.length > 0 ? new Set(xs) : undefined;

/** Parses the filter part of a timeline query. */
export function selectionFilter(q: TimelineQuery = {}): SelectionFilter {
  for (const k of q.kinds ?? []) {
    if (!TYPE_CODE.has(k)) {
      throw new ValidationError(`unknown event kind '${k}'`, [
        { path: 'kinds', message: `expected one of ${EVENT_TYPES.join(', ')}` },
      ]);
    }
  }
  const from = q.from === undefined ? undefined : parseDay('from', q.from);
  const to = q.to === undefined ? undefined : parseDay('to', q.to);
  const f: Omit<SelectionFilter, 'key'> = {
    kinds: nonEmpty((q.kinds ?? []).map((k: EventType) => TYPE_CODE.get(k)!)),
    actors: nonEmpty(q.actors),
    subjects: nonEmpty(q.subjects),
    categories: nonEmpty(q.categories),
    terms: searchTerms(q.q),
    from,
    to,
    includeRetracted: q.includeRetracted ?? false,
    includeLater: q.includeLater ?? true,
  };
  const list = (s: Set<unknown> | undefined) => (s ? [...s].sort().join(',') : '');
  const key = [
    list(f.kinds),
    list(f.actors),
    list(f.subjects),
    list(f.categories),
    (f.terms ?? []).join(' '),
    from ?? '',
    to ?? '',
    f.includeRetracted,
    f.includeLater,
  ].join('|');
  return { ...f, key };
}

/** An unfiltered listing of what a replay shows (retracted left out, later included). */
export const ALL: SelectionFilter = selectionFilter({});

function matchesEvent(e: FactEvent, f: SelectionFilter, haystack: () => string): boolean {
  if (f.subjects && !f.subjects.has(e.subject)) return false;
  if (f.categories && !f.categories.has(e.category)) return false;
  if (f.actors && !e.actors.some((a) => f.actors!.has(a.id))) return false;
  if (f.terms && !matchesTerms(haystack(), f.terms)) return false;
  return true;
}

/**
 * One pass over the sorted typed-array columns: O(n) integer compares, with object access
 * only for amended facts and for filters on actors, subjects, categories or text.
 */
export function select(index: LogIndex, ctx: ReplayContext, f: SelectionFilter): Selection {
  const c = index.getColumns();
  const resolve = createResolver(ctx);
  const cut = countAtMost(c.key, ctx.asOf);
  const end = f.includeLater ? c.n : cut;
  const out = new Int32Array(end);
  const typeCounts = new Float64Array(EVENT_TYPES.length);
  const needsEvent = f.actors || f.subjects || f.categories || f.terms;
  let len = 0;
  let happened = 0;
  let later = 0;
  let prefix = 0;
  for (let i = 0; i < end; i++) {
    let view: ResolvedFact | null = null;
    if (c.amended[i] === 1) {
      view = resolve(index.facts[c.fact[i]!]!);
      if (!view.visible || view.variant !== c.variant[i]) continue;
      if (view.retracted && !f.includeRetracted) continue;
    } else if (c.knownOn[i]! > ctx.knownBy || c.recordedMs[i]! > ctx.recordedMs) continue;
    if (f.kinds && !f.kinds.has(c.type[i]!)) continue;
    if (f.to !== undefined && c.earliest[i]! > f.to) continue;
    if (f.from !== undefined && c.latest[i]! < f.from) continue;
    if (needsEvent) {
      const fact = index.facts[c.fact[i]!]!;
      const e = view ? view.event : fact.event;
      const hay = () => (view ? haystackOf(e) : (fact.haystack ??= haystackOf(e)));
      if (!matchesEvent(e, f, hay)) continue;
    }
    out[len++] = i;
    if (i < cut) prefix++;
    if (view?.retracted) continue;
    if (i < cut) {
      happened++;
      typeCounts[c.type[i]!]!++;
    } else later++;
  }
  const byType: Record<string, number> = {};
  typeCounts.forEach((n, t) => {
    if (n > 0) byType[EVENT_TYPES[t]!] = n;
  });
  return { ctx, idx: out.subarray(0, len), prefix, happened, later, byType, resolve };
}
