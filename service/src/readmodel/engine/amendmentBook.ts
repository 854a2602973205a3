import { isCorroboration } from '@kroniek/events';
import type { EventOf } from '@kroniek/events';
import { knownOnDay, occurredKey } from '../../temporal/axes.js';
import { knownFromDay } from '../../temporal/status.js';
import { precisionCode } from '../../temporal/precision.js';
import type { Amendment, AmendmentEvent, Corroboration } from '../facts.js';
import type { LogEntry } from '../readModelTypes.js';
import type { Growable } from './growable.js';
import { StateShapeError } from './growable.js';
import { IdTable, lowerUuidWords, uuidOfWords } from './idTable.js';
import type { LogIndexState } from './logIndexState.js';

/** The entries the book files: corrections, retractions and corroborations. */
export type FiledEvent = AmendmentEvent | EventOf<'EventCorroborated'>;

/** The parts of LogIndexState the book exports and restores. */
type BookState = Pick<
  LogIndexState,
  | 'amendmentsById'
  | 'allAmendments'
  | 'amendmentsOf'
  | 'amendedFacts'
  | 'waiting'
  | 'corroborationsById'
  | 'corroborationsOf'
  | 'corroborationsWaiting'
>;

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/**
 * The amendments (corrections, retractions) and corroborations of a log index, kept whole.
 * A fact that has any gets a slot (its number in the index's slot column) holding them in log
 * order; one recorded before its target waits for it by id until the target is written.
 */
export class AmendmentBook {
  readonly amendmentsById = new Map<string, { amendment: Amendment; target: string }>();
  readonly allAmendments: Amendment[] = [];
  /** the amendments of each slot */
  readonly amendmentsOf: Amendment[][] = [];
  /** the corroborations of each slot (parallel to amendmentsOf), in log order */
  readonly corroborationsOf: Corroboration[][] = [];
  /** the fact of each slot */
  readonly amendedFacts: number[] = [];
  /** amendments recorded before their target, by its id */
  readonly waiting = new Map<string, Amendment[]>();
  readonly corroborationsById = new Map<string, { corroboration: Corroboration; target: string }>();
  /** corroborations recorded before the fact they state, by its id */
  readonly corroborationsWaiting = new Map<string, Corroboration[]>();
  /**
   * The lower-case UUID ids of the entries filed, and of the targets waited for, as words: how
   * a fact handed over as words (packedFields.ts) is checked against them. Derived from the
   * maps above (rebuilt on restore), so a snapshot does not hold them.
   */
  private readonly filedIds = new IdTable();
  private readonly waitingIds = new IdTable();
  private readonly scratch = new Int32Array(4);
  private corroborationCount = 0;

  /** `slots`: the index's slot column (-1 for a fact without a slot). */
  constructor(private readonly slots: Growable<Int32Array>) {}

  /** Entries that move facts between the plain and the slotted path: the sorted index follows. */
  changes(): number {
    return this.allAmendments.length + this.corroborationCount;
  }

  /** True when `id` is the id of an entry filed here. */
  has(id: string): boolean {
    return this.amendmentsById.has(id) || this.corroborationsById.has(id);
  }

  /** True when the UUID `words` are the id of an entry filed here. */
  hasWords(words: Int32Array): boolean {
    return this.filedIds.getWords(words) !== undefined;
  }

  /** Files an amendment or a corroboration; `factOf` finds a fact by id. */
  file(
    e: FiledEvent,
    entry: LogEntry,
    recordedMs: number,
    factOf: (id: string) => number | undefined,
  ): void {
    const known = knownOnDay(e.knownAt);
    const at = {
      position: entry.position,
      recordedAt: entry.recordedAt,
      recordedMs,
      knownOnDay: known.day,
      knownOn: known.label,
    };
    if (isCorroboration(e))
      return this.fileCorroboration({ event: e, ...at, amendments: [] }, factOf);
    const changes = e.type === 'EventCorrected' ? e.changes : null;
    const amendment: Amendment = {
      event: e,
      ...at,
      retracts: e.type === 'EventRetracted',
      occ: changes?.occurred ? occurredKey(changes.occurred) : null,
      precision: changes?.occurred ? precisionCode(changes.occurred) : 0,
      knownOnChange: changes?.knownAt ? knownOnDay(changes.knownAt).day : null,
      knownFromChange: changes?.knownAt ? knownFromDay(changes.knownAt) : null,
    };
    const targetId = e.type === 'EventCorrected' ? e.corrects : e.retracts;
    this.noteAmendment(e.id, { amendment, target: targetId });
    this.allAmendments.push(amendment);
    const target = factOf(targetId);
    const corroboration = this.corroborationsById.get(targetId);
    if (target !== undefined) this.amendmentsOf[this.slotOf(target)]!.push(amendment);
    else if (corroboration) {
      // An amendment of a corroboration amends that citation, not the fact.
      corroboration.corroboration.amendments.push(amendment);
      this.corroborationCount++;
    } else {
      push(this.waiting, targetId, amendment);
      this.noteWaiting(targetId);
    }
  }

  private fileCorroboration(c: Corroboration, factOf: (id: string) => number | undefined): void {
    const e = c.event;
    this.noteCorroboration(e.id, { corroboration: c, target: e.corroborates });
    this.corroborationCount++;
    // Amendments of the corroboration recorded before it join it, in log order.
    const early = this.waiting.get(e.id);
    if (early) {
      c.amendments.push(...early);
      c.amendments.sort((a, b) => a.position - b.position);
      this.waiting.delete(e.id);
    }
    const target = factOf(e.corroborates);
    if (target !== undefined) this.attachCorroboration(target, c);
    else {
      push(this.corroborationsWaiting, e.corroborates, c);
      this.noteWaiting(e.corroborates);
    }
  }

  /**
   * A fact was written as number `idx`: what waited for it joins it. `id` is its id, or null
   * when it came as UUID words (`words`), whose id is made only when something waits for it.
   */
  factWritten(idx: number, id: string | null, words: Int32Array): void {
    // Most of the time nothing waits, and the lookups are skipped.
    if (this.waiting.size === 0 && this.corroborationsWaiting.size === 0) return;
    const factId =
      id ?? (this.waitingIds.getWords(words) !== undefined ? uuidOfWords(words) : null);
    if (factId === null) return;
    const early = this.waiting.get(factId);
    if (early) {
      for (const a of early) this.amendmentsOf[this.slotOf(idx)]!.push(a);
      this.waiting.delete(factId);
    }
    const cited = this.corroborationsWaiting.get(factId);
    if (cited) {
      for (const c of cited) this.attachCorroboration(idx, c);
      this.corroborationsWaiting.delete(factId);
    }
  }

  /** The slot of a fact, made when it has none: amended and corroborated facts have one. */
  private slotOf(fact: number): number {
    let slot = this.slots.data[fact]!;
    if (slot < 0) {
      slot = this.amendedFacts.length;
      this.amendedFacts.push(fact);
      this.amendmentsOf.push([]);
      this.corroborationsOf.push([]);
      this.slots.data[fact] = slot;
    }
    return slot;
  }

  /** Attaches a corroboration to its fact; the slot's list stays in log order. */
  private attachCorroboration(fact: number, c: Corroboration): void {
    const list = this.corroborationsOf[this.slotOf(fact)]!;
    list.push(c);
    if (list.length > 1 && list[list.length - 2]!.position > c.position)
      list.sort((a, b) => a.position - b.position);
  }

  private noteAmendment(id: string, a: { amendment: Amendment; target: string }): void {
    this.amendmentsById.set(id, a);
    if (lowerUuidWords(id, this.scratch)) this.filedIds.addWords(this.scratch, 0);
  }

  private noteCorroboration(id: string, c: { corroboration: Corroboration; target: string }) {
    this.corroborationsById.set(id, c);
    if (lowerUuidWords(id, this.scratch)) this.filedIds.addWords(this.scratch, 0);
  }

  /** A fact some entry waits for (its id, as words when it is a UUID). */
  private noteWaiting(id: string): void {
    if (lowerUuidWords(id, this.scratch)) this.waitingIds.addWords(this.scratch, 0);
  }

  /** The book's part of an exported state: the live maps and arrays themselves. */
  exportState(): BookState {
    return {
      amendmentsById: this.amendmentsById,
      allAmendments: this.allAmendments,
      amendmentsOf: this.amendmentsOf,
      amendedFacts: this.amendedFacts,
      waiting: this.waiting,
      corroborationsById: this.corroborationsById,
      corroborationsOf: this.corroborationsOf,
      corroborationsWaiting: this.corroborationsWaiting,
    };
  }

  /** Restores the book's part of a state into this empty book (StateShapeError when it does not fit). */
  restoreState(state: BookState): void {
    const maps = [
      state.amendmentsById,
      state.waiting,
      state.corroborationsById,
      state.corroborationsWaiting,
    ];
    const arrays = [
      state.allAmendments,
      state.amendmentsOf,
      state.amendedFacts,
      state.corroborationsOf,
    ];
    if (!maps.every((m) => m instanceof Map) || !arrays.every(Array.isArray))
      throw new StateShapeError('amendments or corroborations are missing');
    for (const [k, v] of state.amendmentsById) this.noteAmendment(k, v);
    for (const a of state.allAmendments) this.allAmendments.push(a);
    for (const list of state.amendmentsOf) this.amendmentsOf.push(list);
    for (const x of state.amendedFacts) this.amendedFacts.push(x);
    for (const [k, v] of state.waiting) {
      this.waiting.set(k, v);
      this.noteWaiting(k);
    }
    for (const [k, v] of state.corroborationsById) this.noteCorroboration(k, v);
    for (const list of state.corroborationsOf) this.corroborationsOf.push(list);
    for (const [k, v] of state.corroborationsWaiting) {
      this.corroborationsWaiting.set(k, v);
      this.noteWaiting(k);
    }
    if (this.corroborationsOf.length !== this.amendmentsOf.length)
      throw new StateShapeError('corroborations and amendments have unequal slots');
    for (const { corroboration } of this.corroborationsById.values())
      this.corroborationCount += 1 + corroboration.amendments.length;
  }
}
