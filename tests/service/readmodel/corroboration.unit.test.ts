import { describe, expect, it } from 'vitest';
import type { KnownAt, KroniekEvent } from '@kroniek/events';
import { createReadModel } from '@kroniek/service';
import type { ReadModel } from '@kroniek/service';
import { day, idOf, knownOn, makeEvent } from '../../support/projectionEvents.js';
import { entryAt, TODAY } from '../../support/projectionSpec.js';

/** The letter's window: public some day from 5 to 23 June, so known on 23 June. */
const WINDOW: KnownAt = {
  date: { precision: 'days', from: '2025-06-05', to: '2025-06-23' },
  basis: 'source-publication',
};

const fact = makeEvent('DocumentAdopted', 'ct25', {
  subject: 'ct25',
  knownAt: WINDOW,
  occurred: day('2025-06-05'),
  document: { name: 'Capability Targets 2025' },
  money: [
    {
      currency: 'EUR',
      amount: { kind: 'exact', value: 5e8 },
      approximate: false,
      wording: '€500 mln',
    },
  ],
});

const corroboration = (key: string, knownAt: KnownAt, extra: Record<string, unknown> = {}) =>
  makeEvent('EventCorroborated', key, {
    subject: 'ct25',
    corroborates: fact.id,
    knownAt,
    occurred: day('2025-06-05'),
    quote: `NATO adopted the targets (${key})`,
    ...extra,
  });

function modelOf(...log: KroniekEvent[]): ReadModel {
  const model = createReadModel({ today: () => TODAY });
  log.forEach((e, i) => model.apply(entryAt(i + 1, e)));
  return model;
}

/** The facts certainly known in a view (a window not yet ended lists its fact as possibly known). */
const ids = (model: ReadModel, q: Record<string, string>) =>
  model.timeline({ limit: 500, knownStatus: ['known'], ...q }).items.map((i) => i.id);
const knownOnOf = (model: ReadModel, q: Record<string, string> = {}) =>
  model.timeline({ limit: 500, ...q }).items.find((i) => i.id === fact.id)?.knownOn;

describe('a corroborated fact is known from its earliest source', () => {
  it('takes an exact earlier date of another source over its own window', () => {
    const model = modelOf(fact, corroboration('nato', knownOn('2025-06-05')));
    expect(ids(model, { knownBy: '2025-06-04' })).toEqual([]);
    expect(ids(model, { knownBy: '2025-06-05' })).toEqual([fact.id]);
    expect(knownOnOf(model)).toBe('2025-06-05');
    // Without the corroboration the window's latest day holds.
    const alone = modelOf(fact);
    expect(ids(alone, { knownBy: '2025-06-22' })).toEqual([]);
    expect(knownOnOf(alone)).toBe('2025-06-23');
  });

  it('compares fuzzy dates by the day each source was surely public (the latest bound)', () => {
    const month: KnownAt = {
      date: { precision: 'month', month: '2025-06' },
      basis: 'source-publication',
    };
    const vague = modelOf(fact, corroboration('june', month));
    // "June 2025" may be 1 June, but is surely public only on 30 June: the window (23 June) wins.
    expect(knownOnOf(vague)).toBe('2025-06-23');
    expect(ids(vague, { knownBy: '2025-06-22' })).toEqual([]);
    const before: KnownAt = {
      date: { precision: 'between', latest: '2025-06-10', wording: 'vóór 10 juni' },
      basis: 'stated',
    };
    const early = modelOf(fact, corroboration('june', month), corroboration('before', before));
    expect(knownOnOf(early)).toBe('2025-06-10');
    expect(ids(early, { knownBy: '2025-06-10' })).toEqual([fact.id]);
  });

  it('falls back to the later date when the corroboration is retracted, from the retraction on', () => {
    const cor = corroboration('nato', knownOn('2025-06-05'));
    const retraction = makeEvent('EventRetracted', 'nato-wrong', {
      subject: 'ct25',
      retracts: cor.id,
      reason: 'the release speaks of other targets',
      knownAt: knownOn('2025-07-01'),
    });
    const model = modelOf(fact, cor, retraction);
    expect(knownOnOf(model)).toBe('2025-06-23');
    expect(knownOnOf(model, { knownBy: '2025-07-01' })).toBe('2025-06-23');
    // The fact itself is not retracted.
    expect(ids(model, {})).toEqual([fact.id]);
    // As known before the retraction was public, or recorded before it, the release counted.
    expect(knownOnOf(model, { knownBy: '2025-06-30' })).toBe('2025-06-05');
    expect(ids(model, { knownBy: '2025-06-10' })).toEqual([fact.id]);
    expect(knownOnOf(model, { recordedAsOf: '2025-07-01T09:02:30.000Z' })).toBe('2025-06-05');
    expect(knownOnOf(modelOf(fact, retraction))).toBe('2025-06-23');
  });

  it('follows a correction of the corroboration’s knownAt', () => {
    const cor = corroboration('nato', knownOn('2025-06-05'));
    const correction = makeEvent('EventCorrected', 'nato-later', {
      subject: 'ct25',
      corrects: cor.id,
      changes: { knownAt: knownOn('2025-06-12') },
      reason: 'the release was published a week later',
      knownAt: knownOn('2025-06-08'),
    });
    const model = modelOf(fact, cor, correction);
    expect(knownOnOf(model)).toBe('2025-06-12');
    expect(ids(model, { knownBy: '2025-06-11' })).toEqual([]);
    expect(ids(model, { knownBy: '2025-06-12' })).toEqual([fact.id]);
    // Before the correction was public the release's own date held.
    expect(knownOnOf(model, { knownBy: '2025-06-07' })).toBe('2025-06-05');
  });

  it('leaves out a corroboration recorded after recordedAsOf', () => {
    const model = modelOf(fact, corroboration('nato', knownOn('2025-06-05')));
    // entryAt: position p is recorded p minutes after 2025-07-01T09:00Z.
    const beforeIt = { recordedAsOf: '2025-07-01T09:01:30.000Z' };
    expect(knownOnOf(model, beforeIt)).toBe('2025-06-23');
    expect(ids(model, { ...beforeIt, knownBy: '2025-06-10' })).toEqual([]);
    expect(ids(model, { recordedAsOf: '2025-07-01T09:02:00.000Z', knownBy: '2025-06-10' })).toEqual(
      [fact.id],
    );
  });

  it('attaches a corroboration recorded before its fact, and its amendment recorded before it', () => {
    const cor = corroboration('nato', knownOn('2025-06-05'));
    const retraction = makeEvent('EventRetracted', 'nato-wrong', {
      subject: 'ct25',
      retracts: cor.id,
      reason: 'wrong release',
      knownAt: knownOn('2025-07-01'),
    });
    expect(knownOnOf(modelOf(cor, fact))).toBe('2025-06-05');
    expect(knownOnOf(modelOf(retraction, cor, fact))).toBe('2025-06-23');
  });

  it('counts the month checkpoints and the events-per-month chart with the earliest source', () => {
    const model = modelOf(fact, corroboration('nato', knownOn('2025-06-05')));
    const page = model.timeline({ knownBy: '2025-06-06', asOf: '2025-12-31' });
    expect(page.counts.happened).toBe(1);
    const chart = model.chart('events-per-month', { knownBy: '2025-06-06', asOf: '2025-12-31' });
    if (chart.name !== 'events-per-month') throw new Error('wrong series');
    expect(chart.buckets.reduce((n, b) => n + b.total, 0)).toBe(1);
  });

  it('ignores a corroboration of an amendment, and never lists one as a fact', () => {
    const retraction = makeEvent('EventRetracted', 'gone', {
      subject: 'ct25',
      retracts: idOf('nothing'),
      reason: 'x',
    });
    const cor = makeEvent('EventCorroborated', 'of-amendment', {
      subject: 'ct25',
      corroborates: retraction.id,
      knownAt: knownOn('2025-06-01'),
    });
    const model = modelOf(fact, retraction, cor);
    expect(ids(model, {})).toEqual([fact.id]);
    expect(knownOnOf(model)).toBe('2025-06-23');
  });
});

describe('the sources of a fact, and where they disagree', () => {
  const other = [
    {
      currency: 'EUR',
      amount: { kind: 'exact' as const, value: 6e8 },
      approximate: false,
      wording: '€600 mln',
    },
  ];
  const nato = corroboration('nato', knownOn('2025-06-05'), { money: fact.money });
  const paper = corroboration('paper', knownOn('2025-06-07'), {
    money: other,
    occurred: day('2025-06-04'),
  });

  it('counts every source on the timeline item, its documents and the fields in dispute', () => {
    const model = modelOf(fact, nato, paper);
    const item = model.timeline({}).items[0]!;
    expect(item.sources).toEqual({
      count: 3,
      documentIds: [fact.source.documentId],
      disagreements: ['money', 'occurred'],
    });
    // Known by 6 June only the release was public: one source.
    expect(model.timeline({ knownBy: '2025-06-06' }).items[0]!.sources.count).toBe(1);
    expect(modelOf(fact).timeline({}).items[0]!.sources).toEqual({
      count: 1,
      documentIds: [fact.source.documentId],
      disagreements: [],
    });
  });

  it('lists every citation with what it states, both values of a disputed field, never merged', () => {
    const model = modelOf(fact, nato, paper);
    const detail = model.event(fact.id, {})!;
    // The record keeps its own value.
    expect(detail.current.money).toEqual(fact.money);
    expect(detail.citations.map((c) => [c.id, c.role, c.earliest, c.knownOn])).toEqual([
      [fact.id, 'own', false, '2025-06-23'],
      [nato.id, 'corroboration', true, '2025-06-05'],
      [paper.id, 'corroboration', false, '2025-06-07'],
    ]);
    expect(detail.citations[1]!.disagrees).toEqual([]);
    expect(detail.citations[1]!.agreement.map((a) => [a.field, a.agreement])).toEqual([
      ['occurred', 'same'],
      ['money', 'same'],
    ]);
    const disputed = detail.citations[2]!;
    expect(disputed.disagrees).toEqual(['occurred', 'money']);
    expect(disputed.agreement.find((a) => a.field === 'money')).toEqual({
      field: 'money',
      agreement: 'differs',
      record: fact.money,
      stated: other,
    });
    expect(disputed.source.quotation).toBe(paper.source.quotation);
  });

  it('reads a vaguer date or an overlapping range as compatible, not as a dispute', () => {
    const vague = corroboration('vague', knownOn('2025-06-08'), {
      occurred: { precision: 'month', month: '2025-06' },
      money: [
        {
          currency: 'EUR',
          amount: { kind: 'range', low: 4e8, high: 6e8 },
          approximate: true,
          wording: 'honderden miljoenen',
        },
      ],
    });
    const detail = modelOf(fact, vague).event(fact.id, {})!;
    expect(detail.citations[1]!.agreement.map((a) => a.agreement)).toEqual([
      'compatible',
      'compatible',
    ]);
    expect(detail.item.sources.disagreements).toEqual([]);
  });

  it('answers for the fact when asked by the id of a corroboration, or of its amendment', () => {
    const retraction = makeEvent('EventRetracted', 'paper-gone', {
      subject: 'ct25',
      retracts: paper.id,
      reason: 'misread',
      knownAt: knownOn('2025-07-01'),
    });
    const model = modelOf(fact, nato, paper, retraction);
    expect(model.event(nato.id, {})?.viaCorroboration).toBe(nato.id);
    expect(model.event(nato.id, {})?.item.id).toBe(fact.id);
    // A retracted corroboration is not listed, and its disagreement is gone.
    const detail = model.event(fact.id, {})!;
    expect(detail.citations.map((c) => c.id)).toEqual([fact.id, nato.id]);
    expect(detail.item.sources.disagreements).toEqual([]);
    expect(model.event(paper.id, {})).toBeNull();
    expect(model.event(retraction.id, {})?.item.id).toBe(fact.id);
  });
});

describe('a chart of a disputed amount', () => {
  it("draws the record's value and lists the other beside it, with its source", () => {
    const other = [
      {
        currency: 'EUR',
        amount: { kind: 'exact' as const, value: 6e8 },
        approximate: false,
        wording: '€600 mln',
      },
    ];
    const paper = corroboration('paper', knownOn('2025-06-07'), { money: other });
    const agreeing = corroboration('nato', knownOn('2025-06-05'), { money: fact.money });
    // An adopted document's money is a target, not money committed (issue 14): its series is
    // the one of mentions and targets, where each point keeps its own amount.
    const chart = modelOf(fact, agreeing, paper).chart('money-mentions', { resolution: 'event' });
    if (chart.name === 'events-per-month') throw new Error('wrong series');
    const point = chart.lines[0]!.points[0]!;
    expect([point.low, point.high]).toEqual([5e8, 5e8]);
    expect(point.disputed).toEqual([
      {
        eventId: fact.id,
        title: fact.title,
        record: { money: fact.money },
        citationId: paper.id,
        documentId: fact.source.documentId,
        money: other,
      },
    ]);
    // Without a dispute the point is as before.
    const plain = modelOf(fact, agreeing).chart('money-mentions', { resolution: 'event' });
    if (plain.name === 'events-per-month') throw new Error('wrong series');
    expect(plain.lines[0]!.points[0]!.disputed).toBeUndefined();
  });
});
