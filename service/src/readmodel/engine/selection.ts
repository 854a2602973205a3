import type { EventType, FactEvent } from '@kroniek/events';
import { EVENT_TYPES } from '@kroniek/events';
import { NO_LIMIT_MS } from '../../temporal/days.js';
import type { LogIndex } from './logIndex.js';
import { TYPE_CODE } from './logIndex.js';
import { countUnamended } from './monthBuckets.js';
import type { MonthBuckets } from './monthBuckets.js';
import { entryStatus, slotStatus } from './replay.js';
import type { SlotReplay } from './replay.js';
import type { ReplayContext, Resolver } from '../resolve.js';
import { haystackOf, matchesTerms, searchTerms } from './text.js';
import { KNOWN_STATUSES, OCCURRED_STATUSES } from '../../temporal/status.js';
import type { KnownStatus, OccurredStatus } from '../../temporal/status.js';

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
  /** occurred statuses listed, bit k for status code k (temporal/status.ts) */
  occurredMask: number;
  /** knownAt statuses listed, bit k for status code k */
  knownMask: number;
  key: string;
}

/** All three occurred statuses; known and possibly known (what a replay lists by default). */
export const ALL_OCCURRED = 7;
export const SHOWN_KNOWN = 3;

/**
 * What a replay lists, with its counts. `idx` holds the listed entries (indexes into the
 * occurred-sorted columns, in timeline order) when a filter needed a scan, and `status` the
 * status code of each (occurred * 3 + known, temporal/status.ts); without one they are null
 * and a page scans the columns from its cursor.
 */
export interface Selection {
  ctx: ReplayContext;
  slots: SlotReplay;
  filter: SelectionFilter;
  idx: Int32Array | null;
  status: Uint8Array | null;
  /**
   * Entries held by the replay that match every filter except the two status filters, by
   * status code (occurred * 3 + known); retracted ones are left out even when listed.
   */
  cells: Float64Array;
  /** counts leave retracted events out even when they are listed */
  happened: number;
  possiblyHappened: number;
  later: number;
  known: number;
  possiblyKnown: number;
  notYetKnown: number;
  /** listed events that happened or possibly happened, by kind */
  byType: Record<string, number>;
  /** listed entries over all pages */
  total: number;
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
  /** occurred statuses to list (default all three; includeLater=false drops `later`) */
  occurredStatus?: OccurredStatus[];
  /** knownAt statuses to list (default known and possibly known) */
  knownStatus?: KnownStatus[];
}

const maskOf = (names: readonly string[], all: readonly string[]) =>
  names.reduce((m, n) => m | (1 << all.indexOf(n)), 0);

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
    occurredMask:
      (q.occurredStatus ? maskOf(q.occurredStatus, OCCURRED_STATUSES) : ALL_OCCURRED) &
      (q.includeLater === false ? 3 : ALL_OCCURRED),
    knownMask: q.knownStatus ? maskOf(q.knownStatus, KNOWN_STATUSES) : SHOWN_KNOWN,
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
    f.occurredMask,
    f.knownMask,
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
    (f.occurredMask & 4) !== 0 &&
    ctx.recordedMs === NO_LIMIT_MS
  );
}

/** The counts of a selection from its cells (per kind and status code) and its filter. */
function summarise(
  f: SelectionFilter,
  typeCells: Float64Array,
  retractedListed: number,
): Pick<
  Selection,
  | 'cells'
  | 'happened'
  | 'possiblyHappened'
  | 'later'
  | 'known'
  | 'possiblyKnown'
  | 'notYetKnown'
  | 'byType'
  | 'total'
> {
  const cells = new Float64Array(9);
  const byType: Record<string, number> = {};
  let total = retractedListed;
  for (let t = 0; t < EVENT_TYPES.length; t++) {
    let listedOfType = 0;
    for (let k = 0; k < 9; k++) {
      const n = typeCells[t * 9 + k]!;
      if (n === 0) continue;
      cells[k]! += n;
      if (!listed(f, k)) continue;
      total += n;
      if (k < 6) listedOfType += n;
    }
    if (listedOfType > 0) byType[EVENT_TYPES[t]!] = listedOfType;
  }
  // Each axis is counted over what the other axis's filter lists.
  const occ = (o: number) =>
    [0, 1, 2].reduce((n, k) => n + ((f.knownMask >> k) & 1 ? cells[o * 3 + k]! : 0), 0);
  const known = (k: number) =>
    [0, 1, 2].reduce((n, o) => n + ((f.occurredMask >> o) & 1 ? cells[o * 3 + k]! : 0), 0);
  return {
    cells,
    happened: occ(0),
    possiblyHappened: occ(1),
    later: occ(2),
    known: known(0),
    possiblyKnown: known(1),
    notYetKnown: known(2),
    byType,
    total,
  };
}

/** Whether a status code is listed by the filter's status masks. */
export function listed(f: SelectionFilter, code: number): boolean {
  return (
    ((f.occurredMask >> Math.floor(code / 3)) & 1) === 1 && ((f.knownMask >> (code % 3)) & 1) === 1
  );
}

/** The unamended entries' counts of one (asOf, knownBy), as countUnamended gives them. */
export interface UnamendedCounts {
  /** by kind and status code; copied before a filter changes it */
  cells: Float64Array;
  /** by bucket and kind, the two cells a month chart draws (monthBuckets.ts MONTH_CELL); read only */
  perBucket: Int32Array;
}

/** The unamended counts on (asOf, knownBy), whatever the filter: shared by every listing of it. */
export function unamendedCounts(
  index: LogIndex,
  buckets: MonthBuckets,
  asOf: number,
  knownBy: number,
): UnamendedCounts {
  const perBucket = new Int32Array(buckets.month.length * EVENT_TYPES.length * 2);
  const cells = countUnamended(index.getColumns(), buckets, asOf, knownBy, perBucket);
  return { cells, perBucket };
}

/**
 * Counts from the month checkpoints (unamended entries) plus the amended facts as resolved
 * by the replay: O(months × kinds × log n + one month + wide entries + amended), no pass
 * over the log.
 */
export function countListing(
  index: LogIndex,
  unamended: UnamendedCounts,
  slots: SlotReplay,
  f: SelectionFilter,
): Selection {
  const ctx = slots.ctx;
  const typeCells = unamended.cells.slice();
  if (f.kinds)
    for (let t = 0; t < EVENT_TYPES.length; t++)
      if (!f.kinds.has(t)) typeCells.fill(0, t * 9, t * 9 + 9);
  let retractedListed = 0;
  for (let s = 0; s < slots.recorded.length; s++) {
    const code = slotStatus(slots, s, true);
    if (code < 0) continue;
    const t = slots.entryType[s]!;
    if (f.kinds && !f.kinds.has(t)) continue;
    if (slots.retracted[s] === 1) {
      if (f.includeRetracted && listed(f, code)) retractedListed++;
      continue;
    }
    typeCells[t * 9 + code]!++;
  }
  return {
    ctx,
    slots,
    filter: f,
    idx: null,
    status: null,
    ...summarise(f, typeCells, retractedListed),
  };
}

/**
 * Whether entry i is listed under a countable filter (kinds, retracted, statuses). A page
 * scan calls it on every entry it passes, so an unamended entry is tested inline, the knownAt
 * window first (most entries a scan skips are not yet known).
 */
export function listedByScan(
  c: ReturnType<LogIndex['getColumns']>,
  sel: Selection,
  i: number,
): boolean {
  const f = sel.filter;
  const ctx = sel.ctx;
  if (c.slot[i]! >= 0) {
    const code = entryStatus(c, sel.slots, i, f.includeRetracted);
    if (code < 0 || !listed(f, code)) return false;
    return !f.kinds || f.kinds.has(c.type[i]!);
  }
  if (c.recordedMs[i]! > ctx.recordedMs) return false;
  const kb = ctx.knownBy;
  const known = c.knownOn[i]! <= kb ? 0 : c.knownFrom[i]! <= kb ? 1 : 2;
  if (((f.knownMask >> known) & 1) === 0) return false;
  if (f.kinds && !f.kinds.has(c.type[i]!)) return false;
  const d = ctx.asOf;
  const occ = c.latest[i]! <= d ? 0 : c.earliest[i]! <= d ? 1 : 2;
  return ((f.occurredMask >> occ) & 1) === 1;
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
  const out = new Int32Array(c.n);
  const status = new Uint8Array(c.n);
  const typeCells = new Float64Array(EVENT_TYPES.length * 9);
  const subjects = idsOf(f.subjects, (s) => index.subjects.find(s));
  const categories = idsOf(f.categories, (s) => index.categories.find(s));
  const actors = idsOf(f.actors, (s) => index.actors.find(s));
  const needsEvent = f.actors || f.subjects || f.categories || f.terms;
  let len = 0;
  let retractedListed = 0;
  for (let i = 0; i < c.n; i++) {
    const code = entryStatus(c, slots, i, f.includeRetracted);
    if (code < 0) continue;
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
    const retracted = s >= 0 && slots.retracted[s] === 1;
    if (retracted) {
      if (listed(f, code)) {
        status[len] = code;
        out[len++] = i;
        retractedListed++;
      }
      continue;
    }
    typeCells[c.type[i]! * 9 + code]!++;
    if (!listed(f, code)) continue;
    status[len] = code;
    out[len++] = i;
  }
  return {
    ctx,
    slots,
    filter: f,
    idx: out.subarray(0, len),
    status: status.subarray(0, len),
    ...summarise(f, typeCells, retractedListed),
  };
}
