import { EVENT_TYPES, isAmendment } from '@kroniek/events';
import type { EventOf, EventType, FactEvent } from '@kroniek/events';
import { knownOnDay, occurredKey } from '../temporal/axes.js';
import type { OccurredKey } from '../temporal/axes.js';
import { mergeSorted } from '../temporal/sorted.js';
import type { LogEntry } from './readModelTypes.js';

export type AmendmentEvent = EventOf<'EventCorrected'> | EventOf<'EventRetracted'>;

export interface Amendment {
  event: AmendmentEvent;
  position: number;
  recordedAt: string;
  recordedMs: number;
  knownOnDay: number;
  knownOn: string;
}

export interface Fact {
  idx: number;
  event: FactEvent;
  position: number;
  recordedAt: string;
  recordedMs: number;
  knownOnDay: number;
  knownOn: string;
  occ: OccurredKey;
  /** corrections and retractions aimed at this fact, in log order */
  amendments: Amendment[];
  /** lazily built normalised text for free-text search */
  haystack?: string;
}

/** One place of a fact on the occurred axis. A correction of `occurred` adds a variant. */
interface Entry {
  fact: number;
  /** 0: the original occurred; n: amendments[n - 1] of the fact */
  variant: number;
  occ: OccurredKey;
  position: number;
}

/** Something the record learned, placed on the knownAt axis (for `changes`). */
export type Learned =
  { kind: 'fact'; fact: Fact } | { kind: 'amendment'; amendment: Amendment; target: Fact | null };

/**
 * Columns of the occurred-sorted index: entry i (in timeline order) is fact `fact[i]` at
 * occurred variant `variant[i]`. Copied per entry so that a replay scan reads contiguous
 * typed arrays instead of chasing objects.
 */
export interface SortedColumns {
  n: number;
  fact: Int32Array;
  variant: Int32Array;
  key: Int32Array;
  earliest: Int32Array;
  latest: Int32Array;
  position: Float64Array;
  knownOn: Int32Array;
  recordedMs: Float64Array;
  type: Uint8Array;
  amended: Uint8Array;
  /** indexes of entries whose fact carries money or quantities, or may through a correction */
  withAmounts: Int32Array;
}

export const TYPE_CODE = new Map<EventType, number>(EVENT_TYPES.map((t, i) => [t, i]));

function compareEntries(a: Entry, b: Entry): number {
  return (
    a.occ.key - b.occ.key ||
    a.occ.latest - b.occ.latest ||
    a.position - b.position ||
    a.variant - b.variant
  );
}

function compareLearned(a: Learned, b: Learned): number {
  const ka = a.kind === 'fact' ? a.fact : a.amendment;
  const kb = b.kind === 'fact' ? b.fact : b.amendment;
  return ka.knownOnDay - kb.knownOnDay || ka.position - kb.position;
}

/**
 * The projection state: every fact with its amendments, an occurred-sorted index and a
 * knownAt-sorted index. `apply` is O(1); new entries are merged into the sorted indexes
 * on the next read (O(n + k log k)), never re-sorted per request.
 */
export function createLogIndex() {
  const facts: Fact[] = [];
  const factsById = new Map<string, Fact>();
  const amendmentsById = new Map<string, { amendment: Amendment; target: string }>();
  const waiting = new Map<string, Amendment[]>();
  const bySubject = new Map<string, Fact[]>();
  const relatedTo = new Map<string, Fact[]>();
  const fulfilments = new Map<string, Fact[]>();
  let sorted: Entry[] = [];
  let pending: Entry[] = [];
  let learned: Learned[] = [];
  let pendingLearned: Learned[] = [];
  let columns: SortedColumns | null = null;
  let lastPosition = 0;
  let version = 0;

  function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  }

  function attach(fact: Fact, a: Amendment): void {
    fact.amendments.push(a);
    if (a.event.type === 'EventCorrected' && a.event.changes.occurred) {
      const occ = occurredKey(a.event.changes.occurred);
      pending.push({
        fact: fact.idx,
        variant: fact.amendments.length,
        occ,
        position: fact.position,
      });
    }
  }

  function apply(entry: LogEntry): boolean {
    const e = entry.event;
    if (entry.position <= lastPosition) return false;
    // The position still advances for a repeated id, so a feed reading position() + 1 moves on.
    lastPosition = entry.position;
    if (factsById.has(e.id) || amendmentsById.has(e.id)) return false;
    version++;
    columns = null;
    const known = knownOnDay(e.knownAt);
    const base = {
      position: entry.position,
      recordedAt: entry.recordedAt,
      recordedMs: Date.parse(entry.recordedAt),
      knownOnDay: known.day,
      knownOn: known.label,
    };
    if (isAmendment(e)) {
      const amendment: Amendment = { event: e, ...base };
      const targetId = e.type === 'EventCorrected' ? e.corrects : e.retracts;
      amendmentsById.set(e.id, { amendment, target: targetId });
      const target = factsById.get(targetId);
      if (target) attach(target, amendment);
      else push(waiting, targetId, amendment);
      pendingLearned.push({ kind: 'amendment', amendment, target: target ?? null });
      return true;
    }
    const fact: Fact = {
      idx: facts.length,
      event: e,
      ...base,
      occ: occurredKey(e.occurred),
      amendments: [],
    };
    facts.push(fact);
    factsById.set(e.id, fact);
    push(bySubject, e.subject, fact);
    for (const s of e.relatedSubjects ?? []) push(relatedTo, s, fact);
    if (e.type === 'ParliamentaryCommitmentFulfilled' && e.fulfils)
      push(fulfilments, e.fulfils, fact);
    pending.push({ fact: fact.idx, variant: 0, occ: fact.occ, position: fact.position });
    pendingLearned.push({ kind: 'fact', fact });
    // Amendments recorded before their target (out of order in the log) wait for it.
    for (const a of waiting.get(e.id) ?? []) attach(fact, a);
    waiting.delete(e.id);
    return true;
  }

  function getColumns(): SortedColumns {
    if (columns) return columns;
    if (pending.length > 0) {
      sorted = mergeSorted(sorted, pending, compareEntries);
      pending = [];
    }
    const n = sorted.length;
    const c: SortedColumns = {
      n,
      fact: new Int32Array(n),
      variant: new Int32Array(n),
      key: new Int32Array(n),
      earliest: new Int32Array(n),
      latest: new Int32Array(n),
      position: new Float64Array(n),
      knownOn: new Int32Array(n),
      recordedMs: new Float64Array(n),
      type: new Uint8Array(n),
      amended: new Uint8Array(n),
      withAmounts: new Int32Array(0),
    };
    const withAmounts: number[] = [];
    for (let i = 0; i < n; i++) {
      const en = sorted[i]!;
      const f = facts[en.fact]!;
      c.fact[i] = en.fact;
      c.variant[i] = en.variant;
      c.key[i] = en.occ.key;
      c.earliest[i] = en.occ.earliest;
      c.latest[i] = en.occ.latest;
      c.position[i] = en.position;
      c.knownOn[i] = f.knownOnDay;
      c.recordedMs[i] = f.recordedMs;
      c.type[i] = TYPE_CODE.get(f.event.type)!;
      c.amended[i] = f.amendments.length > 0 ? 1 : 0;
      if (c.amended[i] === 1 || f.event.money || f.event.quantities) withAmounts.push(i);
    }
    c.withAmounts = Int32Array.from(withAmounts);
    columns = c;
    return c;
  }

  function getLearned(): Learned[] {
    if (pendingLearned.length > 0) {
      learned = mergeSorted(learned, pendingLearned, compareLearned);
      pendingLearned = [];
    }
    return learned;
  }

  return {
    apply,
    position: () => lastPosition,
    /** bumps on every applied entry: memoised replays are keyed by it */
    version: () => version,
    facts,
    getFact: (id: string) => factsById.get(id),
    getAmendment: (id: string) => amendmentsById.get(id),
    factsOfSubject: (subject: string) => bySubject.get(subject) ?? [],
    factsRelatedTo: (subject: string) => relatedTo.get(subject) ?? [],
    fulfilmentsOf: (commitmentId: string) => fulfilments.get(commitmentId) ?? [],
    subjectIds: () => bySubject.keys(),
    getColumns,
    getLearned,
    factOfLearned: (l: Learned) =>
      l.kind === 'fact'
        ? l.fact
        : (l.target ?? factsById.get(amendmentTarget(l.amendment)) ?? null),
  };
}

function amendmentTarget(a: Amendment): string {
  return a.event.type === 'EventCorrected' ? a.event.corrects : a.event.retracts;
}

export type LogIndex = ReturnType<typeof createLogIndex>;
