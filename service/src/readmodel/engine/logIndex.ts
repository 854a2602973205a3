import { EVENT_TYPES, isSourceRecord } from '@kroniek/events';
import type { FactEvent } from '@kroniek/events';
import { dayString } from '../../temporal/days.js';
import { Growable, Interner, restoreFields, saveFields, StateShapeError } from './growable.js';
import { IdTable } from './idTable.js';
import { AmendmentBook } from './amendmentBook.js';
import { createRecordedMs, factFields, keptWhole } from './factFields.js';
import type { WholeEvent } from './factFields.js';
import type { FactWriter } from './packedFields.js';
import { AmountStore } from './amountStore.js';
import { TYPE_CODE } from './typeCodes.js';
import type { Fact } from '../facts.js';
import type { EntryLoader, LogEntry } from '../readModelTypes.js';
import type { SortedColumns } from './sortedColumns.js';
import { SortedIndex } from './sortedIndex.js';
import { buildLearned } from './learnedOrder.js';
import type { Learned } from './learnedOrder.js';
import { badCode, LOG_INDEX_STATE_VERSION, typeRecoding } from './logIndexState.js';
import type { LogIndexState } from './logIndexState.js';

export type { Learned } from './learnedOrder.js';
export { LOG_INDEX_STATE_VERSION } from './logIndexState.js';
export type { LogIndexState } from './logIndexState.js';
export type { SortedColumns } from './sortedColumns.js';

export { TYPE_CODE };

export const FLAG_AMOUNTS = 1;

/**
 * The projection state in columns: one row per fact (typed arrays, strings interned), the
 * amendments whole, and the occurred-sorted index built (or extended) from them on the next read. Bodies
 * come from the injected loader, or are held when there is none. `apply` is O(1).
 */
export function createLogIndex(loadEntries?: EntryLoader) {
  const f = {
    position: new Growable(Float64Array),
    recordedMs: new Growable(Float64Array),
    knownOn: new Growable(Int32Array),
    knownFrom: new Growable(Int32Array),
    key: new Growable(Int32Array),
    earliest: new Growable(Int32Array),
    latest: new Growable(Int32Array),
    precision: new Growable(Uint8Array),
    type: new Growable(Uint8Array),
    subject: new Growable(Int32Array),
    category: new Growable(Int32Array),
    flags: new Growable(Uint8Array),
    slot: new Growable(Int32Array),
    actorStart: new Growable(Int32Array),
    /** ordinal in the amount store, -1 for a fact without amounts */
    amount: new Growable(Int32Array),
  };
  const actorId = new Growable(Int32Array);
  const subjects = new Interner();
  const categories = new Interner();
  const actors = new Interner();
  const factsById = new IdTable();
  const scratchWords = new Int32Array(4);
  const book = new AmendmentBook(f.slot);
  let learned: Learned | null = null;
  const relatedTo = new Map<string, number[]>();
  const fulfilments = new Map<string, number[]>();
  const amountStore = new AmountStore();
  const held: LogEntry[] | null = loadEntries ? null : [];
  const heldFacts = new Map<number, Fact>();
  const sorted = new SortedIndex();
  let lastPosition = 0;
  let version = 0;

  function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  }

  const recordedMsOf = createRecordedMs();

  /** Claims a log position: false when it was folded already (the entry is then a repeat). */
  function advance(position: number): boolean {
    if (position <= lastPosition) return false;
    // The position still advances for a repeated id, so a feed reading position() + 1 moves on.
    lastPosition = position;
    return true;
  }

  /** An entry kept whole (factFields.ts): an amendment, a corroboration or a source record. */
  function applyWhole(entry: LogEntry, e: WholeEvent): boolean {
    if (!advance(entry.position)) return false;
    // Source records are not facts: the source catalog keeps them (service/src/sources/).
    if (isSourceRecord(e)) return false;
    if (book.has(e.id) || factsById.get(e.id) !== undefined) return false;
    version++;
    learned = null;
    book.file(e, entry, recordedMsOf(entry.recordedAt), (id) => factsById.get(id));
    return true;
  }

  /** The fact being written is a repeat: its calls up to `end` change nothing. */
  let repeat = false;
  /** the id of the fact being written, or null when it came as words (in scratchWords) */
  let factId: string | null = null;
  /** the fact being written (its number) */
  let idx = -1;

  /** A fact's row, once its position and id are claimed. */
  function row(
    claimed: boolean,
    recordedMs: number,
    type: number,
    knownOn: number,
    knownFrom: number,
    key: number,
    earliest: number,
    latest: number,
    precision: number,
    subject: string,
    category: string,
  ): void {
    repeat = !claimed;
    if (repeat) return;
    version++;
    learned = null;
    idx = f.position.length;
    f.position.push(lastPosition);
    f.recordedMs.push(recordedMs);
    f.knownOn.push(knownOn);
    f.knownFrom.push(knownFrom);
    f.key.push(key);
    f.earliest.push(earliest);
    f.latest.push(latest);
    f.precision.push(precision);
    f.type.push(type);
    f.subject.push(subjects.id(subject));
    f.category.push(categories.id(category));
    f.slot.push(-1);
    f.actorStart.push(actorId.length);
    f.flags.push(0);
    f.amount.push(-1);
  }

  /**
   * The column writer: where factFields (in this thread) and a fold worker's packed fields
   * (packedFields.ts) put a fact. `factWords` is `fact` for an id handed over as its words.
   */
  const writer: FactWriter = {
    fact(position, recordedMs, id, ...rest) {
      factId = id;
      // Facts claim their id in the same probe that finds a repeat.
      const claimed = advance(position) && !book.has(id) && factsById.add(id, factCount());
      row(claimed, recordedMs, ...rest);
    },
    factWords(position, recordedMs, words, ...rest) {
      factId = null;
      scratchWords.set(words);
      const claimed =
        advance(position) && !book.hasWords(words) && factsById.addWords(words, factCount());
      row(claimed, recordedMs, ...rest);
    },
    actor(id) {
      if (!repeat) actorId.push(actors.id(id));
    },
    related(subject) {
      if (!repeat) push(relatedTo, subject, idx);
    },
    fulfils(id) {
      if (!repeat) push(fulfilments, id, idx);
    },
    amounts(id, title) {
      if (repeat) return;
      f.flags.data[idx] = FLAG_AMOUNTS;
      f.amount.data[idx] = amountStore.begin(id, title);
    },
    group(name) {
      if (!repeat) amountStore.group(name);
    },
    money(currency, low, high, approximate, wording) {
      if (!repeat) amountStore.money(currency, low, high, approximate, wording);
    },
    quantity(unit, item, value, wording) {
      if (!repeat) amountStore.quantity(unit, item, value, wording);
    },
    end() {
      // Amendments and corroborations recorded before their target (out of order in the log)
      // wait for it.
      if (!repeat) book.factWritten(idx, factId, scratchWords);
    },
  };

  function apply(entry: LogEntry): boolean {
    const e = entry.event;
    if (keptWhole(e)) return applyWhole(entry, e);
    factFields(e, entry.position, recordedMsOf(entry.recordedAt), writer);
    if (repeat) return false;
    held?.push(entry);
    return true;
  }

  const factCount = () => f.position.length;

  function factColumns() {
    return {
      n: factCount(),
      position: f.position.data,
      recordedMs: f.recordedMs.data,
      knownOn: f.knownOn.data,
      knownFrom: f.knownFrom.data,
      key: f.key.data,
      earliest: f.earliest.data,
      latest: f.latest.data,
      precision: f.precision.data,
      type: f.type.data,
      subject: f.subject.data,
      category: f.category.data,
      slot: f.slot.data,
      amendmentsOf: book.amendmentsOf,
    };
  }

  /** The occurred-sorted index of every fact (built, or extended after a few appends). */
  const getColumns = (): SortedColumns => sorted.current(factCount(), book.changes(), factColumns);

  /** The fact at a log position, by binary search (facts are applied in position order). */
  function factAtPosition(position: number): number {
    let lo = 0;
    let hi = factCount();
    const p = f.position.data;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (p[mid]! < position) lo = mid + 1;
      else hi = mid;
    }
    return lo < factCount() && p[lo] === position ? lo : -1;
  }

  function toFact(idx: number, entry: LogEntry): Fact {
    const slot = f.slot.data[idx]!;
    return {
      idx,
      event: entry.event as FactEvent,
      position: entry.position,
      recordedAt: entry.recordedAt,
      recordedMs: f.recordedMs.data[idx]!,
      knownOnDay: f.knownOn.data[idx]!,
      knownOn: dayString(f.knownOn.data[idx]!),
      knownFromDay: f.knownFrom.data[idx]!,
      occ: { key: f.key.data[idx]!, earliest: f.earliest.data[idx]!, latest: f.latest.data[idx]! },
      amendments: slot >= 0 ? book.amendmentsOf[slot]! : [],
      corroborations: slot >= 0 ? book.corroborationsOf[slot]! : [],
    };
  }

  /**
   * Facts with their bodies, in the order asked. Amended facts are kept once loaded (they are
   * few and every replay resolves them); other bodies come from the loader each time.
   */
  function facts(idxs: readonly number[]): Fact[] {
    const out = new Array<Fact | undefined>(idxs.length);
    const missing: number[] = [];
    idxs.forEach((idx, i) => {
      const h = heldFacts.get(idx);
      if (h) out[i] = h;
      else if (held) out[i] = toFact(idx, held[idx]!);
      else missing.push(i);
    });
    if (missing.length > 0 && loadEntries) {
      const loaded = new Map<number, LogEntry>();
      for (const entry of loadEntries(missing.map((i) => f.position.data[idxs[i]!]!)))
        loaded.set(entry.position, entry);
      for (const i of missing) {
        const idx = idxs[i]!;
        const entry = loaded.get(f.position.data[idx]!);
        if (!entry)
          throw new RangeError(`the loader did not return log position ${f.position.data[idx]}`);
        out[i] = toFact(idx, entry);
      }
    }
    for (const fact of out)
      if (fact && (fact.amendments.length > 0 || fact.corroborations.length > 0))
        heldFacts.set(fact.idx, fact);
    return out as Fact[];
  }

  const fact = (idx: number): Fact => facts([idx])[0]!;

  /** The facts on a subject, in log order: one pass over the subject column. */
  function factsOfSubject(subject: string): number[] {
    const id = subjects.find(subject);
    const out: number[] = [];
    if (id < 0) return out;
    const col = f.subject.data;
    for (let i = 0; i < factCount(); i++) if (col[i] === id) out.push(i);
    return out;
  }

  function getLearned(): Learned {
    learned ??= buildLearned(
      { n: factCount(), knownOn: f.knownOn.data, position: f.position.data },
      book.allAmendments,
      factAtPosition,
    );
    return learned;
  }

  /**
   * Makes room for `entries` more log entries in the columns and the id table (a hint: a fold
   * that knows how far it reads then never copies a column to grow it, nor rehashes ids).
   */
  function reserve(entries: number): void {
    // An eighth more than asked, so the live appends after a start-up fold do not double
    // every column (a pause of a second at 1M) within minutes of serving.
    const need = factCount() + entries;
    const n = need + (need >> 3);
    for (const g of Object.values(f)) g.reserve(n);
    actorId.reserve(actorId.length + entries * 2);
    factsById.reserve(n);
  }

  /** The state as plain data: views of the live arrays, valid until the next apply. */
  function exportState(): LogIndexState {
    return {
      stateVersion: LOG_INDEX_STATE_VERSION,
      kinds: EVENT_TYPES,
      columns: saveFields(f),
      actorId: actorId.view(),
      interners: {
        subjects: subjects.values,
        categories: categories.values,
        actors: actors.values,
      },
      factsById: saveFields(factsById),
      amountStore: saveFields(amountStore),
      ...book.exportState(),
      relatedTo,
      fulfilments,
      held,
      lastPosition,
      version,
    };
  }

  /**
   * Restores an exported state into this index, which must be empty. Throws a
   * StateShapeError when the state does not fit (another version, other columns, parts
   * missing or of another kind, columns of unequal length); the index is then unusable.
   */
  function restoreState(state: LogIndexState): void {
    if (lastPosition !== 0 || factCount() !== 0 || book.allAmendments.length > 0)
      throw new StateShapeError('a state is restored only into an empty index');
    if (state?.stateVersion !== LOG_INDEX_STATE_VERSION)
      throw new StateShapeError(
        `state version ${String(state?.stateVersion)} is not ${LOG_INDEX_STATE_VERSION}`,
      );
    const recode = typeRecoding(state.kinds);
    restoreFields(f, state.columns);
    const n = f.position.length;
    for (const [name, g] of Object.entries(f))
      if (g.length !== n)
        throw new StateShapeError(`column '${name}' has ${g.length} rows, not ${n}`);
    if (recode) f.type.restore(f.type.view().map((code) => recode[code] ?? badCode(code)));
    if (!(state.actorId instanceof Int32Array)) throw new StateShapeError('actor ids are missing');
    actorId.restore(state.actorId);
    subjects.restore(state.interners.subjects);
    categories.restore(state.interners.categories);
    actors.restore(state.interners.actors);
    restoreFields(factsById, state.factsById);
    restoreFields(amountStore, state.amountStore);
    if (!(state.relatedTo instanceof Map) || !(state.fulfilments instanceof Map))
      throw new StateShapeError('amendments or relations are missing');
    if (
      (held === null) !== (state.held === null) ||
      (state.held !== null && !Array.isArray(state.held))
    )
      throw new StateShapeError('bodies held in one index and not in the other');
    book.restoreState(state);
    for (const [k, v] of state.relatedTo) relatedTo.set(k, v);
    for (const [k, v] of state.fulfilments) fulfilments.set(k, v);
    if (held && state.held) for (const e of state.held) held.push(e);
    if (typeof state.lastPosition !== 'number' || typeof state.version !== 'number')
      throw new StateShapeError('position or version missing');
    lastPosition = state.lastPosition;
    version = state.version;
    sorted.reset();
    learned = null;
  }

  return {
    apply,
    /** where a fold worker's fields are written (workerFold.ts); none when bodies are held */
    writer: held ? null : writer,
    reserve,
    exportState,
    restoreState,
    position: () => lastPosition,
    /** bumps on every applied entry: memoised replays are keyed by it */
    version: () => version,
    factCount,
    /** per-fact columns (valid up to factCount()) */
    columnsOfFacts: () => ({
      type: f.type.data,
      subject: f.subject.data,
      category: f.category.data,
      knownOn: f.knownOn.data,
      knownFrom: f.knownFrom.data,
      recordedMs: f.recordedMs.data,
      position: f.position.data,
      slot: f.slot.data,
      flags: f.flags.data,
      amount: f.amount.data,
      actorStart: f.actorStart.data,
      actorId: actorId.data,
      actorEnd: (idx: number) =>
        idx + 1 < factCount() ? f.actorStart.data[idx + 1]! : actorId.length,
    }),
    subjects,
    categories,
    actors,
    amendedFacts: book.amendedFacts,
    amendmentsOf: book.amendmentsOf,
    corroborationsOf: book.corroborationsOf,
    amountStore,
    facts,
    fact,
    factAtPosition,
    factIdOf: (id: string) => factsById.get(id),
    factsOfSubject,
    getLearned,
    getAmendment: (id: string) => book.amendmentsById.get(id),
    getCorroboration: (id: string) => book.corroborationsById.get(id),
    /** ids of the facts that some corroboration states (attached or waiting for them) */
    corroboratedIds: () => new Set([...book.corroborationsById.values()].map((c) => c.target)),
    factsRelatedTo: (subject: string) => relatedTo.get(subject) ?? [],
    fulfilmentsOf: (commitmentId: string) => fulfilments.get(commitmentId) ?? [],
    getColumns,
    /** the generation of the current columns (call after getColumns) */
    columnsGeneration: () => sorted.generation(),
    /** see SortedIndex.since */
    columnsSince: (gen: number) => sorted.since(gen),
    /** loads and keeps the bodies of every amended fact, so replays never wait for them */
    holdAmended: () => void facts(book.amendedFacts),
  };
}

export type LogIndex = ReturnType<typeof createLogIndex>;
