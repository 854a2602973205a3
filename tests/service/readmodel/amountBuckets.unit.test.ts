import { describe, expect, it } from 'vitest';
import { createReadModel } from '@kroniek/service';
import type { ChartSeries, ReadModel } from '@kroniek/service';
import { day, idOf, knownOn, makeEvent } from '../../support/projectionEvents.js';
import { entryAt, given } from '../../support/projectionSpec.js';
import { isoDay, randomLog, seeded } from './randomLog.js';

const TODAY = '2026-03-01';
const lines = (s: ChartSeries) => (s.name === 'events-per-month' ? [] : s.lines);
const nl = { id: 'nl', name: 'Nederland', role: 'donor' as const };
/** A recordedAsOf after every entry: the same record, but answered by the walk. */
const ALL_RECORDED = '2100-01-01';

function modelOf(seed: number, size: number): ReadModel {
  const model = createReadModel({ today: () => TODAY });
  randomLog(seed, size).forEach((e, i) => model.apply(entryAt(i + 1, e)));
  return model;
}

/** Totals, counts, places and (where nothing is cut off) the ids and wordings of each point. */
function shape(s: ChartSeries) {
  return lines(s).map((l) => ({
    key: l.key,
    points: l.points.map((p) => ({
      day: p.day,
      label: p.occurredLabel,
      bounds: p.occurredBounds,
      events: p.events,
      low: p.low,
      high: p.high,
      cumulativeLow: p.cumulativeLow,
      cumulativeHigh: p.cumulativeHigh,
      approximate: p.approximate,
      ids: p.events <= 20 ? [...p.eventIds].sort() : p.eventIds.length,
      wordings: p.wording.endsWith('…') ? '…' : p.wording.split('; ').sort(),
    })),
  }));
}

describe('money at month resolution from the amount checkpoints', () => {
  it('equals the walk for random logs and random (asOf, knownBy), corrections and retractions included', () => {
    let compared = 0;
    for (const seed of [1, 2, 3, 4]) {
      const m = modelOf(seed, 500);
      const rnd = seeded(seed * 7919);
      const first = Date.UTC(2018, 6, 1) / 86_400_000;
      const pick = () => isoDay(first + Math.floor(rnd() * 6 * 365));
      for (let k = 0; k < 40; k++) {
        const asOf = pick();
        const knownBy = k % 5 === 0 ? undefined : pick();
        for (const series of ['money-cumulative', 'quantities'] as const) {
          for (const groupBy of ['category', 'actor'] as const) {
            const q = { asOf, knownBy, groupBy, resolution: 'month' as const };
            const bucketed = m.chart(series, q);
            const walked = m.chart(series, { ...q, recordedAsOf: ALL_RECORDED });
            expect(shape(bucketed), `${seed} ${asOf} ${knownBy} ${series} ${groupBy}`).toEqual(
              shape(walked),
            );
            compared += lines(bucketed).reduce((n, l) => n + l.points.length, 0);
          }
        }
      }
    }
    // The comparison must have covered real points, in more than one currency.
    expect(compared).toBeGreaterThan(1000);
    const currencies = lines(
      modelOf(1, 500).chart('money-cumulative', { asOf: '2024-06-01', resolution: 'month' }),
    ).map((l) => l.currency);
    expect(new Set(currencies)).toEqual(new Set(['EUR', 'USD']));
  });

  it('lists a month point in knownOn order, and only what is known by knownBy', () => {
    const commit = (key: string, occurred: string, known: string, value: number) =>
      makeEvent('SupportCommitted', key, {
        occurred: day(occurred),
        knownAt: knownOn(known),
        category: 'c',
        actors: [nl],
        money: [
          { currency: 'EUR', amount: { kind: 'exact', value }, approximate: false, wording: key },
        ],
      });
    // Timeline order a, b, c; knownOn order c, a, b.
    given(
      commit('a', '2025-03-02', '2025-03-10', 1),
      commit('b', '2025-03-05', '2025-03-20', 10),
      commit('c', '2025-03-09', '2025-03-01', 100),
    ).then((m) => {
      const point = (knownBy?: string) =>
        lines(m.chart('money-cumulative', { asOf: '2025-05-01', knownBy, resolution: 'month' }))[0]
          ?.points[0];
      expect(point()).toMatchObject({
        day: '2025-03-01',
        events: 3,
        low: 111,
        eventIds: [idOf('c'), idOf('a'), idOf('b')],
        wording: 'c; a; b',
      });
      expect(point('2025-03-15')).toMatchObject({
        events: 2,
        low: 101,
        eventIds: [idOf('c'), idOf('a')],
      });
      expect(point('2025-02-28')).toBeUndefined();
    });
  });
});
