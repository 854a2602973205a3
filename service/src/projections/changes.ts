import { ValidationError } from '../errors.js';
import { parseDay } from '../temporal/days.js';
import { partitionPoint } from '../temporal/sorted.js';
import type { Learned, LogIndex } from './logIndex.js';
import type { ChangeItem } from './readModelTypes.js';

function toChange(index: LogIndex, l: Learned): ChangeItem {
  if (l.kind === 'fact') {
    const { fact } = l;
    const e = fact.event;
    return {
      kind: 'recorded',
      id: e.id,
      targetId: e.id,
      position: fact.position,
      type: e.type,
      subject: e.subject,
      title: e.title,
      knownAt: e.knownAt,
      knownOn: fact.knownOn,
      recordedAt: fact.recordedAt,
      source: e.source,
    };
  }
  const { amendment: a } = l;
  const target = index.factOfLearned(l);
  const item: ChangeItem = {
    kind: a.event.type === 'EventCorrected' ? 'corrected' : 'retracted',
    id: a.event.id,
    targetId: a.event.type === 'EventCorrected' ? a.event.corrects : a.event.retracts,
    position: a.position,
    type: target?.event.type ?? a.event.type,
    subject: target?.event.subject ?? null,
    title: target?.event.title ?? a.event.title,
    reason: a.event.reason,
    knownAt: a.event.knownAt,
    knownOn: a.knownOn,
    recordedAt: a.recordedAt,
    source: a.event.source,
  };
  if (a.event.type === 'EventCorrected') item.changedFields = Object.keys(a.event.changes).sort();
  return item;
}

/**
 * What the record learned in (from, to]: facts and amendments whose knownOn falls in it,
 * in knownOn then log order. Facts are placed by their knownAt as first recorded; a later
 * correction of knownAt shows up as its own 'corrected' change. Two binary searches over
 * the knownAt index, then the matches.
 */
export function changesBetween(index: LogIndex, from: string, to: string): ChangeItem[] {
  const a = parseDay('from', from);
  const b = parseDay('to', to);
  if (a > b) {
    throw new ValidationError("'from' must not be after 'to'", [
      { path: 'from', message: `${from} is after ${to}` },
    ]);
  }
  const learned = index.getLearned();
  const day = (l: Learned) => (l.kind === 'fact' ? l.fact.knownOnDay : l.amendment.knownOnDay);
  const start = partitionPoint(0, learned.length, (i) => day(learned[i]!) <= a);
  const end = partitionPoint(start, learned.length, (i) => day(learned[i]!) <= b);
  return learned.slice(start, end).map((l) => toChange(index, l));
}
