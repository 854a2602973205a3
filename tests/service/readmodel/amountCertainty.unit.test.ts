import { describe, expect, it } from 'vitest';
import { createReadModel } from '@kroniek/service';
import type { ChartSeries, ReadModel, TimelineItem } from '@kroniek/service';
import type { FuzzyDate } from '@kroniek/events';
import { day, knownOn, makeEvent } from '../../support/projectionEvents.js';
import { entryAt, given } from '../../support/projectionSpec.js';
import { isoDay, randomLog, seeded } from './randomLog.js';

// Issue 14: amount lines draw what surely happened as the line (certainLow/High) and what
// possibly happened as the band above it (cumulativeLow/High, placed by the key day).

const TODAY = '2026-03-01';
const ALL_RECORDED = '2100-01-01';
const lines = (s: ChartSeries) => (s.name === 'events-per-month' ? [] : s.lines);
const nl = { id: 'nl', name: 'Nederland', role: 'donor' as const };

const commit = (key: string, occurred: FuzzyDate, value: number) =>
  makeEvent('SupportCommitted', key, {
    occurred,
    knownAt: knownOn('2025-01-01'),
    category: 'c',
    actors: [nl],
    money: [
      { currency: 'EUR', amount: { kind: 'exact', value }, approximate: false, wording: key },
    ],
  });

const events = [
  commit('a', day('2025-03-02'), 1),
  commit('b', { precision: 'days', from: '2025-03-05', to: '2025-04-20' }, 10),
  commit('c', { precision: 'month', month: '2025-04' }, 100),
];

const totals = (s: ChartSeries) =>
  lines(s).map((l) => ({
    line: [l.certainLow, l.certainHigh],
    points: l.points.map((p) => [p.day, p.cumulativeLow, p.certainLow]),
  }));

describe('amount lines: the certain line and the possible band', () => {
  it('at event resolution, a window counts as certain only from its latest bound', () => {
    given(...events).then((m) => {
      for (const recordedAsOf of [undefined, ALL_RECORDED]) {
        const q = (asOf: string) => ({ asOf, resolution: 'event' as const, recordedAsOf });
        expect(totals(m.chart('money-cumulative', q('2025-04-10')))).toEqual([
          {
            line: [1, 1],
            points: [
              ['2025-03-02', 1, 1],
              ['2025-03-05', 11, 1],
              ['2025-04-01', 111, 1],
            ],
          },
        ]);
        // After both windows ended, the line at the replay day holds everything.
        expect(totals(m.chart('money-cumulative', q('2025-05-01')))[0]!.line).toEqual([111, 111]);
      }
    });
  });

  it('at month resolution, from the checkpoints and from the walk alike', () => {
    given(...events).then((m) => {
      for (const recordedAsOf of [undefined, ALL_RECORDED]) {
        const q = (asOf: string) => ({ asOf, resolution: 'month' as const, recordedAsOf });
        expect(totals(m.chart('money-cumulative', q('2025-05-01')))).toEqual([
          {
            line: [111, 111],
            points: [
              ['2025-03-01', 11, 1],
              ['2025-04-01', 111, 111],
            ],
          },
        ]);
        // asOf inside April: the April point is judged on asOf, when b and c may not have happened.
        expect(totals(m.chart('money-cumulative', q('2025-04-10')))).toEqual([
          {
            line: [1, 1],
            points: [
              ['2025-03-01', 11, 1],
              ['2025-04-01', 111, 1],
            ],
          },
        ]);
      }
    });
  });

  it('equals a naive sum over the timeline for random logs and replays, both resolutions', () => {
    let compared = 0;
    let differed = 0;
    for (const seed of [1, 2, 3]) {
      const m = modelOf(seed, 400);
      const rnd = seeded(seed * 104_729);
      const first = Date.UTC(2019, 0, 1) / 86_400_000;
      const pick = () => isoDay(first + Math.floor(rnd() * 5 * 365));
      for (let k = 0; k < 25; k++) {
        const asOf = pick();
        const knownBy = k % 4 === 0 ? undefined : pick();
        const certain = certainItems(m, asOf, knownBy);
        for (const resolution of ['event', 'month'] as const)
          for (const recordedAsOf of [undefined, ALL_RECORDED]) {
            const s = m.chart('money-cumulative', { asOf, knownBy, resolution, recordedAsOf });
            for (const l of lines(s)) {
              const [category, currency] = l.key.split('|');
              const sumBy = (day: string) =>
                certain
                  .filter((i) => i.category === category && i.occurredBounds.latest! <= day)
                  .flatMap((i) => i.money ?? [])
                  .filter((x) => x.currency === currency)
                  .reduce(
                    (n, x) => n + (x.amount.kind === 'exact' ? x.amount.value : x.amount.low),
                    0,
                  );
              expect(l.certainLow, `${seed} ${asOf} ${knownBy} ${l.key}`).toBe(sumBy(asOf));
              for (const p of l.points) {
                const at = resolution === 'month' ? p.occurredBounds.latest! : p.day;
                expect(p.certainLow, `${seed} ${asOf} ${knownBy} ${l.key} ${p.day}`).toBe(
                  sumBy(at < asOf ? at : asOf),
                );
                if (p.certainLow !== p.cumulativeLow) differed++;
                compared++;
              }
            }
          }
      }
    }
    // Real points were compared, and the band was not always empty.
    expect(compared).toBeGreaterThan(500);
    expect(differed).toBeGreaterThan(50);
  });
});

function modelOf(seed: number, size: number): ReadModel {
  const model = createReadModel({ today: () => TODAY });
  randomLog(seed, size).forEach((e, i) => model.apply(entryAt(i + 1, e)));
  return model;
}

/** Commitments certainly known by knownBy that surely happened by asOf (the naive reference). */
function certainItems(m: ReadModel, asOf: string, knownBy: string | undefined): TimelineItem[] {
  const out: TimelineItem[] = [];
  let cursor: string | undefined;
  do {
    const page = m.timeline({
      asOf,
      knownBy,
      knownStatus: ['known'],
      occurredStatus: ['happened'],
      kinds: ['SupportCommitted'],
      limit: 500,
      cursor,
    });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}
