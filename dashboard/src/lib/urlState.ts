import { isIsoDay } from './dates.js';
import { EVENT_KINDS } from './kinds.js';
import type { EventType } from './types.js';
import {
  NO_COMMITMENT_FILTER,
  parseCommitmentFilter,
  writeCommitmentFilter,
  type CommitmentFilter,
} from './commitmentFilter.js';

export const TABS = ['timeline', 'charts', 'commitments', 'changes', 'sources', 'review'] as const;
export type Tab = (typeof TABS)[number];

export type GroupBy = 'category' | 'actor';

/** Everything a link must carry to reopen the same view. */
export interface ViewState {
  tab: Tab;
  /** replay day: the record as it stood on this day; null = today */
  asOf: string | null;
  /** "as known then": also hide what was not yet public on the replay day */
  knownThen: boolean;
  /** "as recorded on": what the database held at the end of this day; null = now */
  recordedAsOf: string | null;
  kinds: EventType[];
  actors: string[];
  subjects: string[];
  q: string;
  includeRetracted: boolean;
  /** the event open in the detail panel */
  event: string | null;
  changesFrom: string | null;
  changesTo: string | null;
  groupBy: GroupBy;
  /** the commitments view's filters (lib/commitmentFilter.ts) */
  commitments: CommitmentFilter;
  /** the UI's language (`lang=`); null = the browser's */
  lang: 'en' | 'nl' | null;
  /** a page open over the tabs: a subject's (`subject=`) or an actor's (`actor=`) */
  page: EntityPage | null;
  /** the source open on the sources tab */
  source: string | null;
}

/** A page of its own for one subject or one actor. */
export interface EntityPage {
  kind: 'subject' | 'actor';
  id: string;
}

export const DEFAULT_STATE: ViewState = {
  tab: 'timeline',
  asOf: null,
  knownThen: false,
  recordedAsOf: null,
  kinds: [],
  actors: [],
  subjects: [],
  q: '',
  includeRetracted: false,
  event: null,
  changesFrom: null,
  changesTo: null,
  groupBy: 'category',
  commitments: NO_COMMITMENT_FILTER,
  lang: null,
  page: null,
  source: null,
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID = /^[A-Za-z0-9_-]{1,100}$/;

function list(v: string | null): string[] {
  if (!v) return [];
  return [
    ...new Set(
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

function day(v: string | null): string | null {
  return v && isIsoDay(v) ? v : null;
}

/**
 * Reads the view state from a query string. Anything unknown or malformed falls back to its
 * default, so a hand-edited or stale link still opens a sensible view.
 */
export function parseViewState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const tab = p.get('tab');
  const kinds = list(p.get('kinds')).filter((k): k is EventType =>
    (EVENT_KINDS as readonly string[]).includes(k),
  );
  const event = p.get('event');
  const lang = p.get('lang');
  return {
    tab: (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : DEFAULT_STATE.tab,
    asOf: day(p.get('asOf')),
    knownThen: p.get('known') === 'then',
    recordedAsOf: day(p.get('recordedAsOf')),
    kinds,
    actors: list(p.get('actors')).filter((s) => SLUG.test(s)),
    subjects: list(p.get('subjects')).filter((s) => SLUG.test(s)),
    q: (p.get('q') ?? '').slice(0, 200),
    includeRetracted: p.get('retracted') === 'show',
    event: event && ID.test(event) ? event : null,
    changesFrom: day(p.get('changesFrom')),
    changesTo: day(p.get('changesTo')),
    groupBy: p.get('groupBy') === 'actor' ? 'actor' : 'category',
    commitments: parseCommitmentFilter(p),
    lang: lang === 'en' || lang === 'nl' ? lang : null,
    page: pageOf(p),
    source: SLUG.test(p.get('source') ?? '') ? p.get('source') : null,
  };
}

function pageOf(p: URLSearchParams): EntityPage | null {
  for (const kind of ['subject', 'actor'] as const) {
    const id = p.get(kind);
    if (id && SLUG.test(id)) return { kind, id };
  }
  return null;
}

/** Writes the view state as a query string (with its leading "?", or "" for the default view). */
export function serializeViewState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.tab !== DEFAULT_STATE.tab) p.set('tab', s.tab);
  if (s.asOf) p.set('asOf', s.asOf);
  if (s.knownThen) p.set('known', 'then');
  if (s.recordedAsOf) p.set('recordedAsOf', s.recordedAsOf);
  if (s.kinds.length) p.set('kinds', s.kinds.join(','));
  if (s.actors.length) p.set('actors', s.actors.join(','));
  if (s.subjects.length) p.set('subjects', s.subjects.join(','));
  if (s.q) p.set('q', s.q);
  if (s.includeRetracted) p.set('retracted', 'show');
  if (s.event) p.set('event', s.event);
  if (s.changesFrom) p.set('changesFrom', s.changesFrom);
  if (s.changesTo) p.set('changesTo', s.changesTo);
  if (s.groupBy !== DEFAULT_STATE.groupBy) p.set('groupBy', s.groupBy);
  writeCommitmentFilter(s.commitments, p);
  if (s.page) p.set(s.page.kind, s.page.id);
  if (s.lang) p.set('lang', s.lang);
  if (s.source) p.set('source', s.source);
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** The replay parameters the API takes for a view state. */
export function replayParams(s: ViewState): Record<string, string> {
  const out: Record<string, string> = {};
  if (s.asOf) {
    out.asOf = s.asOf;
    if (s.knownThen) out.knownBy = s.asOf;
  }
  if (s.recordedAsOf) out.recordedAsOf = s.recordedAsOf;
  return out;
}

/** The timeline query the API takes for a view state. */
export function timelineParams(s: ViewState): Record<string, string> {
  const out = replayParams(s);
  if (s.kinds.length) out.kinds = s.kinds.join(',');
  if (s.actors.length) out.actors = s.actors.join(',');
  if (s.subjects.length) out.subjects = s.subjects.join(',');
  if (s.q.trim()) out.q = s.q.trim();
  if (s.includeRetracted) out.includeRetracted = 'true';
  return out;
}
