import {
  fulfilmentOf,
  isAmendment,
  isCorroboration,
  isSourceRecord,
  moneyBounds,
} from '@kroniek/events';
import type { EventOf, FactEvent, LogEvent, SourceRecordEvent } from '@kroniek/events';
import { knownOnDay, occurredKey } from '../../temporal/axes.js';
import { precisionCode } from '../../temporal/precision.js';
import { knownFromDay } from '../../temporal/status.js';
import type { AmendmentEvent } from '../facts.js';
import { actorGroups } from './amounts.js';
import { TYPE_CODE } from './typeCodes.js';

/*
 * The one definition of what the engine folds of an event. A fact becomes a row of columns, and
 * `factFields` says which: it calls a FactSink with each field, already turned into the numbers
 * and strings the columns hold. The same function runs in two places:
 * - in the thread of the read model, where the sink writes the columns (logIndex.ts), and
 * - in the fold worker (foldWorker.ts), where the sink packs the calls into a buffer that the
 *   read model's thread replays into that same column writer (packedFields.ts).
 * A kind that the engine must fold differently changes this file (and the sink's writer), and
 * both paths follow. Events the engine keeps whole (`keptWhole`) are not fields: the worker
 * hands them over as their JSON text.
 */

/** Where a fact's fields go, in the order factFields calls them (one `fact` ... `end` per fact). */
export interface FactSink {
  /**
   * A fact's row. A fact at a position already folded, or with an id already folded, is a
   * repeat: the writer drops it and every call up to its `end`.
   */
  fact(
    position: number,
    recordedMs: number,
    id: string,
    type: number,
    knownOn: number,
    knownFrom: number,
    key: number,
    earliest: number,
    latest: number,
    precision: number,
    subject: string,
    category: string,
  ): void;
  /** an actor of the fact, in order */
  actor(id: string): void;
  /** a subject the fact names as related */
  related(subject: string): void;
  /** the commitment the fact fulfils */
  fulfils(id: string): void;
  /** the fact carries money or quantities: its amounts follow (groups, then items) */
  amounts(id: string, title: string): void;
  /** a group the fact's amounts go to when charts group by actor */
  group(name: string): void;
  money(currency: string, low: number, high: number, approximate: boolean, wording: string): void;
  quantity(unit: string, item: string, value: number, wording: string): void;
  /** the fact is complete */
  end(): void;
}

/** FactSink.fact for a fact whose id is handed over as the words of a lower-case UUID. */
export type FactWordsHead = (
  position: number,
  recordedMs: number,
  words: Int32Array,
  type: number,
  knownOn: number,
  knownFrom: number,
  key: number,
  earliest: number,
  latest: number,
  precision: number,
  subject: string,
  category: string,
) => void;

/** An entry the engine keeps whole (see keptWhole). */
export type WholeEvent = AmendmentEvent | EventOf<'EventCorroborated'> | SourceRecordEvent;

/**
 * Entries the engine keeps whole instead of as fields: corrections and retractions (about 1%
 * of a log), whose every changed field a replay reads; corroborations, which a fact keeps as
 * they are; and source records, which are not facts (the fold only moves past them). Every
 * other event is a fact.
 */
export function keptWhole(e: LogEvent): e is WholeEvent {
  return isSourceRecord(e) || isAmendment(e) || isCorroboration(e);
}

/**
 * The milliseconds of a log entry's recordedAt. A log batch shares one recordedAt, so each
 * distinct string is parsed once; one per fold (it remembers the last string).
 */
export function createRecordedMs(): (recordedAt: string) => number {
  let last = '';
  let lastMs = 0;
  return (recordedAt) => {
    if (recordedAt !== last) {
      last = recordedAt;
      lastMs = Date.parse(recordedAt);
    }
    return lastMs;
  };
}

/** Hands a fact's fields to `sink`: its row, actors, relations, fulfilment and amounts. */
export function factFields(
  e: FactEvent,
  position: number,
  recordedMs: number,
  sink: FactSink,
): void {
  const known = knownOnDay(e.knownAt);
  const occ = occurredKey(e.occurred);
  sink.fact(
    position,
    recordedMs,
    e.id,
    TYPE_CODE.get(e.type)!,
    known.day,
    knownFromDay(e.knownAt),
    occ.key,
    occ.earliest,
    occ.latest,
    precisionCode(e.occurred),
    e.subject,
    e.category,
  );
  for (const a of e.actors) sink.actor(a.id);
  if (e.relatedSubjects) for (const s of e.relatedSubjects) sink.related(s);
  const fulfils = fulfilmentOf(e);
  if (fulfils) sink.fulfils(fulfils.id);
  if (e.money !== undefined || e.quantities !== undefined) {
    sink.amounts(e.id, e.title);
    for (const g of actorGroups(e)) sink.group(g);
    for (const m of e.money ?? []) {
      const { low, high } = moneyBounds(m);
      sink.money(m.currency, low, high, m.approximate, m.wording);
    }
    for (const q of e.quantities ?? []) sink.quantity(q.unit, q.item, q.value, q.wording);
  }
  sink.end();
}
