import { describe, expect, it } from 'vitest';
import { dayBounds } from '@kroniek/events';
import type { FuzzyDate, KroniekEvent } from '@kroniek/events';
import { createReadModel } from '@kroniek/service';
import { createLogIndex } from '../../../service/src/readmodel/engine/logIndex.js';
import type { LogEntry, ReadModel, ReplayQuery } from '@kroniek/service';
import { day, knownOn, makeEvent } from '../../support/projectionEvents.js';
import { entryAt } from '../../support/projectionSpec.js';
import type { EntryOf } from '../../support/projectionSpec.js';
import { isoDay, randomLog, seeded } from './randomLog.js';

/**
 * A read model that follows appends (the sorted index merged, month buckets, amount rows and
 * their checkpoints extended instead of rebuilt) against a model folded afresh from the same
 * log: after every few appends of facts, amendments, repeats and waiting amendments, every
 * view at several (asOf, knownBy, recordedAsOf) must be the same.
 */

const TODAY = '2026-03-01';
const FIRST = Date.UTC(2014, 0, 1) / 86_400_000;
const SPAN = 18 * 365;

/** Facts that reuse the dates of earlier ones (ties), bring new months, lines and categories. */
function extraFacts(seed: number, count: number, log: KroniekEvent[]): KroniekEvent[] {
  const rnd = seeded(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const occurredOf = (): FuzzyDate => {
    const earlier = log.filter((e) => 'occurred' in e) as { occurred: FuzzyDate }[];
    switch (int(5)) {
      case 0:
      case 1:
        // The very date of an existing fact: it goes after it in the timeline.
        return earlier[int(earlier.length)]!.occurred;
      case 2:
        return { precision: 'month', month: isoDay(FIRST + int(SPAN)).slice(0, 7) };
      case 3:
        return { precision: 'between', latest: isoDay(FIRST + int(SPAN)), wording: 'ooit' };
      default:
        return day(isoDay(FIRST + int(SPAN)));
    }
  };
  const out: KroniekEvent[] = [];
  for (let n = 0; n < count; n++) {
    const key = `x${seed}-${n}`;
    const common = {
      subject: `s${int(12)}`,
      occurred: occurredOf(),
      // Few distinct knownAt days: rows of a month and line often tie on knownOn.
      knownAt:
        int(2) === 0
          ? log[int(log.length)]!.knownAt
          : int(3) === 0
            ? // A publication window: possibly known inside it (three-valued knownAt).
              { date: occurredOf(), basis: 'source-publication' as const }
            : knownOn(isoDay(FIRST + 8 * 365 + int(3) * 30)),
      category: ['a', 'b', 'c', 'new'][int(4)]!,
      actors: [
        { id: ['nl', 'ua', 'fr'][int(3)]!, name: 'Actor', role: 'donor' as const },
        ...(int(2) === 0 ? [{ id: 'de', name: 'Actor', role: 'announcer' as const }] : []),
      ],
      quote: `Oekraïne steun ${['munitie', 'drones'][int(2)]} ${key}`,
      ...(int(2) === 0
        ? {
            money: [
              {
                currency: ['EUR', 'USD', 'GBP', 'CHF'][int(4)]!,
                amount: { kind: 'exact' as const, value: 1 + int(1000) / 7 },
                approximate: int(2) === 0,
                wording: [`circa ${n}`, 'miljoenen'][int(2)]!,
              },
            ],
          }
        : {}),
      ...(int(3) === 0
        ? {
            quantities: [
              {
                value: 1 + int(9),
                unit: 'items',
                item: ['drones', 'tanks'][int(2)]!,
                wording: 'stuks',
              },
            ],
          }
        : {}),
    };
    out.push(
      int(6) === 0
        ? makeEvent('MeetingHeld', key, { ...common, meeting: { name: `Meeting ${key}` } })
        : makeEvent('SupportCommitted', key, common),
    );
  }
  return out;
}

/** Every view the API serves, on a few replays. */
function answersOf(m: ReadModel, log: KroniekEvent[]) {
  const ids = [log[0]!, log[log.length - 1]!, log[Math.floor(log.length / 2)]!]
    .concat(log.filter((e) => e.type === 'EventCorrected').slice(-3))
    .map((e) => e.id)
    .concat(
      log.flatMap((e) => (e.type === 'EventCorroborated' ? [e.corroborates, e.id] : [])).slice(-4),
    );
  const queries: ReplayQuery[] = [
    {},
    { asOf: '2021-01-01', knownBy: '2020-06-30' },
    { asOf: '2023-06-15', knownBy: '2031-01-01' },
    { asOf: '2030-01-01', knownBy: '2022-02-02', recordedAsOf: '2025-07-01T12:00:00.000Z' },
  ];
  return queries.map((q) => ({
    timeline: m.timeline({ ...q, limit: 60 }),
    retracted: m.timeline({ ...q, limit: 30, includeRetracted: true, includeLater: false }),
    filtered: m.timeline({ ...q, limit: 40, categories: ['a', 'new'], actors: ['nl'] }),
    kinds: m.timeline({ ...q, limit: 40, kinds: ['MeetingHeld'] }),
    text: m.timeline({ ...q, limit: 40, q: 'munitie' }),
    possibly: m.timeline({
      ...q,
      limit: 40,
      occurredStatus: ['possibly-happened'],
      knownStatus: ['possibly-known', 'not-yet-known'],
    }),
    money: m.chart('money-cumulative', { ...q, resolution: 'month' }),
    moneyByActor: m.chart('money-cumulative', { ...q, groupBy: 'actor', resolution: 'month' }),
    moneyEvents: m.chart('money-cumulative', { ...q, resolution: 'event' }),
    quantities: m.chart('quantities', { ...q, resolution: 'month' }),
    quantitiesByActor: m.chart('quantities', { ...q, groupBy: 'actor' }),
    months: m.chart('events-per-month', q),
    mentions: m.chart('money-mentions', { ...q, groupBy: 'actor' }),
    targets: m.chart('targets', q),
    commitments: m.commitments(q),
    subjects: m.subjects(q),
    subject: m.subject('s3', q),
    actors: m.actors(q),
    events: ids.map((id) => m.event(id, q)),
    changes: m.changes('2019-01-01', '2024-12-31'),
  }));
}

/**
 * The statuses of every listed item, computed here from its bounds by the plain rule of
 * docs/REPLAY.md, against those the model gave: [given, computed] pairs.
 */
function statusesOf(m: ReadModel, q: ReplayQuery & { asOf: string; knownBy: string }) {
  const rule = (e: string | null, l: string | null, d: string) =>
    l !== null && l <= d ? 0 : e === null || e <= d ? 1 : 2;
  return m
    .timeline({ ...q, limit: 500, knownStatus: ['known', 'possibly-known', 'not-yet-known'] })
    .items.map((i) => {
      const k = dayBounds(i.knownAt.date);
      return [
        [i.occurredStatus, i.knownStatus],
        [
          ['happened', 'possibly-happened', 'later'][
            rule(i.occurredBounds.earliest, i.occurredBounds.latest, q.asOf)
          ],
          // knownOn is the first day any source public by knownBy was surely public (its own,
          // or a corroboration): the fact is known from then; possibly from its own start.
          ['known', 'possibly-known', 'not-yet-known'][
            rule(
              k.earliest === null || i.knownOn === null || k.earliest < i.knownOn
                ? k.earliest
                : i.knownOn,
              i.knownOn,
              q.knownBy,
            )
          ],
        ],
      ];
    });
}

function fresh(entries: LogEntry[]): ReadModel {
  const m = createReadModel({ today: () => TODAY });
  for (const e of entries) m.apply(e);
  return m;
}

describe('a read model that follows appends', () => {
  // One log per seed; each takes seconds (a fresh fold and every view per round).
  for (const seed of [11, 12, 13])
    it(
      `answers every view like a model folded afresh, after each few appends (seed ${seed})`,
      { timeout: 120_000 },
      () => {
        let rounds = 0;
        let extended = 0;
        {
          const rnd = seeded(seed * 7);
          const int = (n: number) => Math.floor(rnd() * n);
          const base = randomLog(seed, 640);
          const start = 450;
          const entries: EntryOf[] = [];
          const model = createReadModel({ today: () => TODAY });
          const append = (e: KroniekEvent) => {
            const entry = entryAt(entries.length + 1, e);
            entries.push(entry);
            model.apply(entry);
          };
          base.slice(0, start).forEach(append);
          // An amended fact whose amounts no correction touches, on a line (CHF) no other fact
          // has yet: the extras bring that line later.
          const lonely = makeEvent('SupportCommitted', `lonely-${seed}`, {
            subject: 's1',
            occurred: day('2021-05-05'),
            knownAt: knownOn('2021-05-06'),
            category: 'a',
            actors: [{ id: 'nl', name: 'Actor', role: 'donor' }],
            money: [
              {
                currency: 'CHF',
                amount: { kind: 'exact', value: 5 },
                approximate: false,
                wording: 'vijf',
              },
            ],
          });
          append(lonely);
          append(
            makeEvent('EventCorrected', `lonely-title-${seed}`, {
              subject: 's1',
              corrects: lonely.id,
              changes: { title: 'Retitled' },
              reason: 'a better title',
              knownAt: knownOn('2021-06-01'),
            }),
          );
          const pending = [...base.slice(start)];
          const extras = extraFacts(seed, 120, base);
          const later = extras.splice(100, 20);
          answersOf(model, base);
          for (let round = 0; pending.length + extras.length > 0; round++) {
            const k = 1 + int(4);
            for (let j = 0; j < k; j++) {
              const roll = int(20);
              if (roll === 0 && entries.length > 0) {
                // A repeat of an event already recorded: the log moves, the model does not.
                append(entries[int(entries.length)]!.event);
              } else if (roll === 1 && later.length > 0) {
                // An amendment of a fact not yet recorded: it waits, and the fact comes later.
                const target = later.shift()!;
                append(
                  makeEvent('EventCorrected', `w${seed}-${round}-${j}`, {
                    subject: target.subject,
                    corrects: target.id,
                    changes: { title: `Waited ${round}`, occurred: day('2024-02-29') },
                    reason: 'recorded before the fact',
                    knownAt: knownOn('2020-01-01'),
                  }),
                );
                extras.push(target);
              } else if (roll === 2 && entries.length > 0) {
                // Another source of a fact recorded already (or of something that is no fact):
                // known on an early day, so the fact may move earlier on the knownAt axis.
                const of = entries[int(entries.length)]!.event;
                append(
                  makeEvent('EventCorroborated', `c${seed}-${round}-${j}`, {
                    subject: of.subject,
                    corroborates: of.type === 'EventCorroborated' ? of.corroborates : of.id,
                    knownAt: knownOn(isoDay(FIRST + int(SPAN))),
                  }),
                );
              } else if (roll === 3 && later.length > 0) {
                // A corroboration of a fact not yet recorded: it waits for it.
                const target = later.shift()!;
                append(
                  makeEvent('EventCorroborated', `cw${seed}-${round}-${j}`, {
                    subject: target.subject,
                    corroborates: target.id,
                    knownAt: knownOn('2015-01-01'),
                  }),
                );
                extras.push(target);
              } else if (roll < 10 && extras.length > 0) append(extras.shift()!);
              else if (pending.length > 0) append(pending.shift()!);
              else if (extras.length > 0) append(extras.shift()!);
            }
            const log = entries.map((e) => e.event);
            // Sometimes only the timeline is read between appends, or nothing: later reads then
            // extend across several steps.
            const mode = int(4);
            if (mode === 0) continue;
            if (mode === 1) {
              expect(model.timeline({ limit: 20 })).toEqual(fresh(entries).timeline({ limit: 20 }));
              continue;
            }
            expect(answersOf(model, log), `seed ${seed} round ${round}`).toEqual(
              answersOf(fresh(entries), log),
            );
            rounds++;
            if (log.slice(-k).every((e) => e.type !== 'EventCorrected')) extended++;
          }
          expect(answersOf(model, base), `seed ${seed} at the end`).toEqual(
            answersOf(fresh(entries), base),
          );
          for (const q of [
            { asOf: '2021-01-01', knownBy: '2020-06-30' },
            { asOf: '2023-06-15', knownBy: '2022-02-01' },
          ]) {
            const pairs = statusesOf(model, q);
            expect(pairs.length).toBeGreaterThan(100);
            for (const [given, computed] of pairs)
              expect(given, JSON.stringify(q)).toEqual(computed);
          }
        }
        // Enough compared rounds, most of them after appends of facts only.
        expect(rounds).toBeGreaterThan(15);
        expect(extended).toBeGreaterThan(10);
      },
    );
});

describe('the sorted index after appends of facts', () => {
  it('is merged from the one built before, and equals the index built from scratch', () => {
    const log = randomLog(5, 500);
    const extras = extraFacts(5, 80, log);
    const index = createLogIndex();
    const entries: EntryOf[] = [];
    const append = (e: KroniekEvent) => {
      const entry = entryAt(entries.length + 1, e);
      entries.push(entry);
      index.apply(entry);
    };
    log.forEach(append);
    index.getColumns();
    const factsBefore = index.factCount();
    const gen = index.columnsGeneration();
    for (const [k, e] of extras.entries()) {
      append(e);
      if (k % 3 === 0) index.getColumns();
    }
    const merged = index.getColumns();
    // Extended step by step from the first build: the steps since it add the 80 new entries.
    const inserted = index.columnsSince(gen);
    expect(inserted?.length).toBe(80);
    for (const at of inserted!) expect(merged.fact[at]).toBeGreaterThanOrEqual(factsBefore);
    const scratch = createLogIndex();
    entries.forEach((e) => scratch.apply(e));
    expect(scratch.columnsSince(0)).toBeNull();
    expect(merged).toEqual(scratch.getColumns());
    expect(scratch.columnsSince(scratch.columnsGeneration())).toEqual(new Int32Array(0));
    // An amendment since: the next read builds the index again.
    append(
      makeEvent('EventRetracted', 'incremental-retraction', {
        subject: extras[0]!.subject,
        retracts: extras[0]!.id,
        reason: 'withdrawn',
        knownAt: knownOn('2020-01-01'),
      }),
    );
    const rebuilt = index.getColumns();
    expect(index.columnsSince(gen)).toBeNull();
    scratch.apply(entries.at(-1)!);
    expect(rebuilt).toEqual(scratch.getColumns());
  });
});
