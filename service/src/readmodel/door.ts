import { EVENT_TYPES } from '@kroniek/events';
import type { EventType } from '@kroniek/events';
import { ValidationError } from '../errors.js';
import { NO_LIMIT_MS, OPEN_AFTER, parseDay, parseInstant } from '../temporal/days.js';
import { decodeCursor } from './cursor.js';
import type { CursorKey } from './cursor.js';
import type { ListingFilter } from './engine/engine.js';
import type {
  ChartQuery,
  ChartResolution,
  ChartSeriesName,
  ReplayQuery,
  TimelineQuery,
} from './readModelTypes.js';
import type { ReplayContext } from './resolve.js';
import { COMMITMENT_KINDS, COMMITMENT_STATUSES } from './commitmentTypes.js';
import type { CommitmentQuery } from './readModelTypes.js';
import { KNOWN_STATUSES, OCCURRED_STATUSES } from '../temporal/status.js';

/*
 * The read model's door: its public queries (strings, as a route or a test gives them) are
 * checked here, once, and turned into the typed values the engine and the views take. Past
 * this file nothing validates input or throws a ValidationError. The routes' zod schemas
 * (http/queries.ts) check the same rules first, so over HTTP these checks never fire; they
 * guard the read model's other callers (exports, the CLI, tests).
 */

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

/** Parses and validates the replay parameters; asOf defaults to the injected today. */
export function replayContext(q: ReplayQuery | undefined, today: string): ReplayContext {
  const asOf = parseDay('asOf', q?.asOf ?? today);
  const knownBy = q?.knownBy === undefined ? OPEN_AFTER : parseDay('knownBy', q.knownBy);
  const recordedMs =
    q?.recordedAsOf === undefined ? NO_LIMIT_MS : parseInstant('recordedAsOf', q.recordedAsOf);
  return { asOf, knownBy, recordedMs, key: `${asOf}|${knownBy}|${recordedMs}` };
}

const KINDS = new Set<string>(EVENT_TYPES);

function checkedStatuses<S extends string>(path: string, values: string[], all: readonly S[]): S[] {
  for (const v of values) {
    if (!(all as readonly string[]).includes(v)) {
      throw new ValidationError(`unknown ${path} '${v}'`, [
        { path, message: `expected one of ${all.join(', ')}` },
      ]);
    }
  }
  return values as S[];
}

/** The filter part of a timeline query, checked: kinds known, days parsed. */
export function listingFilter(q: TimelineQuery = {}): ListingFilter {
  for (const k of q.kinds ?? []) {
    if (!KINDS.has(k)) {
      throw new ValidationError(`unknown event kind '${k}'`, [
        { path: 'kinds', message: `expected one of ${EVENT_TYPES.join(', ')}` },
      ]);
    }
  }
  const f: ListingFilter = {};
  if (q.kinds) f.kinds = q.kinds as EventType[];
  if (q.actors) f.actors = q.actors;
  if (q.subjects) f.subjects = q.subjects;
  if (q.categories) f.categories = q.categories;
  if (q.q !== undefined) f.q = q.q;
  if (q.from !== undefined) f.from = parseDay('from', q.from);
  if (q.to !== undefined) f.to = parseDay('to', q.to);
  if (q.includeRetracted !== undefined) f.includeRetracted = q.includeRetracted;
  if (q.includeLater !== undefined) f.includeLater = q.includeLater;
  if (q.occurredStatus)
    f.occurredStatus = checkedStatuses('occurredStatus', q.occurredStatus, OCCURRED_STATUSES);
  if (q.knownStatus) f.knownStatus = checkedStatuses('knownStatus', q.knownStatus, KNOWN_STATUSES);
  return f;
}

/** Where a page starts and how long it is. */
export interface PageRequest {
  after: CursorKey | undefined;
  limit: number;
}

/** The paging part of a timeline query, checked. */
export function pageRequest(q: Pick<TimelineQuery, 'cursor' | 'limit'>): PageRequest {
  const { limit = DEFAULT_LIMIT } = q;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new ValidationError(`limit must be an integer from 1 to ${MAX_LIMIT}`, [
      { path: 'limit', message: `'${limit}' is out of range` },
    ]);
  }
  return { after: q.cursor === undefined ? undefined : decodeCursor(q.cursor), limit };
}

/** A chart asked for, checked against the series the read model draws. */
export interface ChartRequest {
  series: ChartSeriesName;
  groupBy: 'actor' | 'category';
  resolution: ChartResolution | 'auto';
}

export function chartRequest(
  series: ChartSeriesName,
  q: ChartQuery | undefined,
  known: readonly ChartSeriesName[],
): ChartRequest {
  const groupBy = q?.groupBy ?? 'category';
  if (!known.includes(series) || (groupBy !== 'actor' && groupBy !== 'category')) {
    throw new ValidationError(`unknown chart '${series}' grouped by '${groupBy}'`, [
      {
        path: 'series',
        message: `expected one of ${known.join(', ')}, grouped by actor or category`,
      },
    ]);
  }
  return { series, groupBy, resolution: q?.resolution ?? 'auto' };
}

/** The knownOn range (from, to] of a changes query, as day numbers. */
export function changesRange(from: string, to: string): { from: number; to: number } {
  const a = parseDay('from', from);
  const b = parseDay('to', to);
  if (a > b) {
    throw new ValidationError("'from' must not be after 'to'", [
      { path: 'from', message: `${from} is after ${to}` },
    ]);
  }
  return { from: a, to: b };
}

/** The filters of a commitments query, checked: statuses and kinds known. */
export function commitmentFilter(
  q: CommitmentQuery = {},
): Pick<CommitmentQuery, 'status' | 'kind' | 'actors'> {
  const unknown = (path: string, v: string, known: readonly string[]) =>
    new ValidationError(`unknown commitment ${path} '${v}'`, [
      { path, message: `expected one of ${known.join(', ')}` },
    ]);
  for (const s of q.status ?? [])
    if (!(COMMITMENT_STATUSES as readonly string[]).includes(s))
      throw unknown('status', s, COMMITMENT_STATUSES);
  for (const k of q.kind ?? [])
    if (!(COMMITMENT_KINDS as readonly string[]).includes(k))
      throw unknown('kind', k, COMMITMENT_KINDS);
  return { status: q.status, kind: q.kind, actors: q.actors };
}
