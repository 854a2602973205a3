import type { EventType, FactEvent } from '@kroniek/events';
import { EVENT_TYPES } from '@kroniek/events';
import { NO_LIMIT_MS } from '../../temporal/days.js';
import { countAtMost } from '../../temporal/sorted.js';
import type { LogIndex } from './logIndex.js';
import { TYPE_CODE } from './logIndex.js';
import { countUnamended } from './monthBuckets.js';
import type { MonthBuckets } from './monthBuckets.js';
import { entryShown } from './replay.js';
import type { SlotReplay } from './replay.js';
import type { ReplayContext, Resolver } from '../resolve.js';
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
 * What a replay lists, with its counts. `idx` holds the listed entries (indexes into the
 * occurred-sorted columns, in timeline order) when a filter needed a scan; without one it is
 * null and a page scans the columns from its cursor. Happened entries come first: "happened
 * by asOf" is "key ≤ asOf" and the index is sorted by key.
 */
export interface Selection {
  ctx: ReplayContext;
  slots: SlotReplay;
  filter: SelectionFilter;
  idx: Int32Array | null;
  /** listed entries that happened by asOf: idx[0 .. prefix) */
  prefix: number;
  /** entries before this index of the sorted columns have happened by asOf */
  cut: number;
  /** counts leave retracted events out even when they are listed */
  happened: number;
  later: number;
  byType: Record<string, number>;
  /** listed entries over all pages */
  total: number;
  /**
   * When counted from the month checkpoints: their happened counts per bucket and kind
   * (unamended entries, known by knownBy), kept for events per month.
   */
  perBucket?: Float64Array;
}

const nonEmpty = <T>(xs: T[] | undefined): Set<T> | undefined =>
  xs && xs.length > 0 ? new Set(xs) : undefined;

/**
 * What a listing keeps, already valid (kinds known, days parsed to day numbers, free text as
 * given): the read model's door (readmodel/queries.ts) checks a query before it gets here.
 */
export interface ListingFilter {
  kinds?: EventType[];
  actors?: string[];
  subjects?: string[];
  categories?: string[];
  q?: string;
  from?: number;
  to?: number;
  includeRetracted?: boolean;
  includeLater?: boolean;
}

/** The filter of a listing in the engine's terms (kind codes, folded search terms, a memo key). */
export function selectionFilter(q: ListingFilter = {}): SelectionFilter {
  const { from, to } = q;
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

/** Whether a listing can be counted from the month checkpoints instead of a scan. */
export function countable(f: SelectionFilter, ctx: ReplayContext): boolean {
  return (
    !f.actors &&
    !f.subjects &&
    !f.categories &&
    !f.terms &&
    f.from === undefined &&
    f.to === undefined &&
    ctx.recordedMs === NO_LIMIT_MS
  );
}

function byTypeRecord(typeCounts: Float64Array): Record<string, number> {
  const byType: Record<string, number> = {};
  typeCounts.forEach((n, t) => {
    if (n > 0) byType[EVENT_TYPES[t]!] = n;
  });
  return byType;
}

/**
 * Counts from the month checkpoints (unamended entries) plus the amended facts as resolved
 * by the replay: O(months × kinds × log n + one month + amended), no pass over the log.
 */
export function countListing(
  index: LogIndex,
  buckets: MonthBuckets,
  slots: SlotReplay,
  f: SelectionFilter,
): Selection {
  const c = index.getColumns();
  const ctx = slots.ctx;
  const cut = countAtMost(c.key, ctx.asOf);
  const u = countUnamended(c, buckets, cut, ctx.knownBy);
  const typeCounts = new Float64Array(EVENT_TYPES.length);
  let happened = 0;
  let later = 0;
  let retractedListed = 0;
  for (let t = 0; t < EVENT_TYPES.length; t++) {
    if (f.kinds && !f.kinds.has(t)) continue;
    typeCounts[t] = u.happened[t]!;
    happened += u.happened[t]!;
    if (f.includeLater) later += u.later[t]!;
  }
  for (let s = 0; s < slots.visible.length; s++) {
    const e = slots.entry[s]!;
    if (slots.visible[s] !== 1 || e < 0) continue;
    const t = c.type[e]!;
    if (f.kinds && !f.kinds.has(t)) continue;
    if (!f.includeLater && e >= cut) continue;
    if (slots.retracted[s] === 1) {
      if (f.includeRetracted) retractedListed++;
      continue;
    }
    if (e < cut) {
      happened++;
      typeCounts[t]!++;
    } else later++;
  }
  return {
    ctx,
    slots,
    filter: f,
    idx: null,
    prefix: -1,
    cut,
    happened,
    later,
    byType: byTypeRecord(typeCounts),
    total: happened + later + retractedListed,
    perBucket: u.perBucket,
  };
}

/** Whether entry i is listed under a countable filter (kinds, retracted, later). */
export function listedByScan(
  c: ReturnType<LogIndex['getColumns']>,
  sel: Selection,
  i: number,
): boolean {
  const f = sel.filter;
  if (!entryShown(c, sel.slots, i, f.includeRetracted)) return false;
  if (f.kinds && !f.kinds.has(c.type[i]!)) return false;
  return f.includeLater || i < sel.cut;
}

const idsOf = (names: Set<string> | undefined, find: (s: string) => number) =>
  names ? new Set([...names].map(find).filter((id) => id >= 0)) : undefined;

function matchesEvent(e: FactEvent, f: SelectionFilter, haystack: () => string): boolean {
  if (f.subjects && !f.subjects.has(e.subject)) return false;
  if (f.categories && !f.categories.has(e.category)) return false;
  if (f.actors && !e.actors.some((a) => f.actors!.has(a.id))) return false;
  if (f.terms && !matchesTerms(haystack(), f.terms)) return false;
  return true;
}

/**
 * One pass over the sorted typed-array columns: O(n) integer compares. Subjects, categories
 * and actors compare interned ids; text reads the text index. Amended facts (their category,
 * actors or text may be corrected) are read as resolved events.
 */
export function select(
  index: LogIndex,
  slots: SlotReplay,
  resolve: Resolver,
  text: (idx: number) => string,
  f: SelectionFilter,
): Selection {
  const c = index.getColumns();
  const ctx = slots.ctx;
  const fc = index.columnsOfFacts();
  const cut = countAtMost(c.key, ctx.asOf);
  const end = f.includeLater ? c.n : cut;
  const out = new Int32Array(end);
  const typeCounts = new Float64Array(EVENT_TYPES.length);
  const subjects = idsOf(f.subjects, (s) => index.subjects.find(s));
  const categories = idsOf(f.categories, (s) => index.categories.find(s));
  const actors = idsOf(f.actors, (s) => index.actors.find(s));
  const needsEvent = f.actors || f.subjects || f.categories || f.terms;
  let len = 0;
  let happened = 0;
  let later = 0;
  let prefix = 0;
  for (let i = 0; i < end; i++) {
    if (!entryShown(c, slots, i, f.includeRetracted)) continue;
    if (f.kinds && !f.kinds.has(c.type[i]!)) continue;
    if (f.to !== undefined && c.earliest[i]! > f.to) continue;
    if (f.from !== undefined && c.latest[i]! < f.from) continue;
    const s = c.slot[i]!;
    if (needsEvent) {
      if (s >= 0) {
        const e = resolve(index.fact(c.fact[i]!)).event;
        if (!matchesEvent(e, f, () => haystackOf(e))) continue;
      } else {
        const fi = c.fact[i]!;
        if (subjects && !subjects.has(c.subject[i]!)) continue;
        if (categories && !categories.has(c.category[i]!)) continue;
        if (actors) {
          let any = false;
          for (let a = fc.actorStart[fi]!; a < fc.actorEnd(fi) && !any; a++)
            any = actors.has(fc.actorId[a]!);
          if (!any) continue;
        }
        if (f.terms && !matchesTerms(text(fi), f.terms)) continue;
      }
    }
    out[len++] = i;
    if (i < cut) prefix++;
    if (s >= 0 && slots.retracted[s] === 1) continue;
    if (i < cut) {
      happened++;
      typeCounts[c.type[i]!]!++;
    } else later++;
  }
  return {
    ctx,
    slots,
    filter: f,
    idx: out.subarray(0, len),
    prefix,
    cut,
    happened,
    later,
    byType: byTypeRecord(typeCounts),
    total: len,
  };
}
