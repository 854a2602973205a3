import { describe, expect, it } from 'vitest';
import type { Money } from '@kroniek/events';
import { ValidationError } from '@kroniek/service';
import type { ChartSeries } from '@kroniek/service';
import { day, idOf, knownOn, makeEvent } from '../../support/projectionEvents.js';
import { given } from '../../support/projectionSpec.js';

const eur = (value: number, wording: string): Money => ({
  currency: 'EUR',
  amount: { kind: 'exact', value },
  approximate: wording.startsWith('circa'),
  wording,
});
const nl = { id: 'nl', name: 'Nederland', role: 'donor' as const };

const drones = makeEvent('SupportCommitted', 'drones', {
  occurred: { precision: 'between', latest: '2025-06-04', wording: 'onlangs' },
  category: 'ukraine-support',
  actors: [nl],
  money: [
    {
      currency: 'EUR',
      amount: { kind: 'range', low: 200e6, high: 999e6 },
      approximate: true,
      wording: 'honderden miljoenen',
    },
  ],
});
const maritime = makeEvent('SupportCommitted', 'maritime', {
  occurred: day('2025-06-04'),
  category: 'ukraine-support',
  actors: [nl],
  money: [eur(400e6, 'circa €400 mln')],
  quantities: [
    {
      value: 58,
      unit: 'items',
      item: 'snelle patrouilleboten',
      wording: '58 snelle patrouilleboten',
    },
  ],
});
const dollars = makeEvent('SupportCommitted', 'dollars', {
  occurred: day('2025-06-10'),
  category: 'ukraine-support',
  actors: [{ id: 'us', name: 'VS', role: 'donor' }],
  money: [
    {
      currency: 'USD',
      amount: { kind: 'exact', value: 100e6 },
      approximate: false,
      wording: '$100 mln',
    },
  ],
});
const delivered = makeEvent('SupportDelivered', 'maritime-delivered', {
  subject: 'maritime',
  stage: 'partial',
  occurred: day('2025-06-20'),
  category: 'ukraine-support',
  money: [eur(50e6, '€50 mln geleverd')],
});

const lines = (s: ChartSeries) => (s.name === 'events-per-month' ? [] : s.lines);

describe('money-cumulative', () => {
  it('keeps ranges as low/high and accumulates both ends', () => {
    given(drones, maritime).then((m) => {
      const [line] = lines(m.chart('money-cumulative', { asOf: '2025-06-30' }));
      expect(line?.key).toBe('ukraine-support|EUR');
      expect(
        line?.points.map((p) => [
          p.day,
          p.low,
          p.high,
          p.cumulativeLow,
          p.cumulativeHigh,
          p.wording,
        ]),
      ).toEqual([
        ['2025-06-04', 200e6, 999e6, 200e6, 999e6, 'honderden miljoenen'],
        ['2025-06-04', 400e6, 400e6, 600e6, 1399e6, 'circa €400 mln'],
      ]);
      expect(line?.points[0]).toMatchObject({
        occurredLabel: 'by 4 Jun 2025',
        occurredBounds: { earliest: null, latest: '2025-06-04' },
        approximate: true,
      });
    });
  });

  it('never sums currencies together: one line per currency', () => {
    given(maritime, dollars).then((m) => {
      const series = lines(m.chart('money-cumulative', { asOf: '2025-06-30' }));
      expect(series.map((l) => [l.key, l.currency, l.points.at(-1)?.cumulativeHigh])).toEqual([
        ['ukraine-support|EUR', 'EUR', 400e6],
        ['ukraine-support|USD', 'USD', 100e6],
      ]);
    });
  });

  it('groups by the giving actor when asked', () => {
    given(maritime, dollars).then((m) => {
      const series = lines(m.chart('money-cumulative', { asOf: '2025-06-30', groupBy: 'actor' }));
      expect(series.map((l) => l.key)).toEqual(['nl|EUR', 'us|USD']);
    });
  });

  it('leaves out what occurs after asOf, retracted commitments and deliveries', () => {
    const retract = makeEvent('EventRetracted', 'no-dollars', {
      subject: 'dollars',
      retracts: idOf('dollars'),
      reason: 'wrong',
      knownAt: knownOn('2025-07-01'),
    });
    given(maritime, dollars, delivered, retract).then((m) => {
      expect(lines(m.chart('money-cumulative', { asOf: '2025-06-09' })).map((l) => l.key)).toEqual([
        'ukraine-support|EUR',
      ]);
      const all = lines(m.chart('money-cumulative', { asOf: '2025-12-31' }));
      expect(all.map((l) => [l.key, l.points.length])).toEqual([['ukraine-support|EUR', 1]]);
      const before = lines(
        m.chart('money-cumulative', { asOf: '2025-12-31', knownBy: '2025-06-30' }),
      );
      expect(before.map((l) => l.key)).toEqual(['ukraine-support|EUR', 'ukraine-support|USD']);
    });
  });

  it('follows a correction of the amount', () => {
    const fix = makeEvent('EventCorrected', 'fix', {
      subject: 'maritime',
      corrects: idOf('maritime'),
      changes: { money: [eur(450e6, 'circa €450 mln')] },
      reason: 'typo',
      knownAt: knownOn('2025-07-01'),
    });
    given(maritime, fix).then((m) => {
      const now = lines(m.chart('money-cumulative'))[0]?.points[0];
      const then = lines(m.chart('money-cumulative', { knownBy: '2025-06-30' }))[0]?.points[0];
      expect([now?.high, then?.high]).toEqual([450e6, 400e6]);
    });
  });
});

describe('chart points', () => {
  it('share one point for events on one line with the same occurred bounds, keeping their wordings', () => {
    const more = makeEvent('SupportCommitted', 'more', {
      occurred: day('2025-06-04'),
      category: 'ukraine-support',
      money: [eur(10e6, '€10 mln')],
    });
    given(maritime, more).then((m) => {
      const [line] = lines(m.chart('money-cumulative'));
      expect(line?.points).toEqual([
        expect.objectContaining({
          day: '2025-06-04',
          events: 2,
          eventIds: [maritime.id, more.id],
          low: 410e6,
          cumulativeHigh: 410e6,
          wording: 'circa €400 mln; €10 mln',
          approximate: true,
        }),
      ]);
    });
  });

  it('refuses an unknown series with a typed error', () => {
    given(maritime).then((m) => expect(() => m.chart('pie' as never)).toThrow(ValidationError));
  });
});

describe('quantities', () => {
  it('makes one line per unit and item', () => {
    given(maritime).then((m) => {
      const series = lines(m.chart('quantities', { asOf: '2025-06-30' }));
      expect(series.map((l) => [l.key, l.points[0]?.cumulativeHigh])).toEqual([
        ['ukraine-support|items|snelle patrouilleboten', 58],
      ]);
    });
  });
});

describe('events-per-month', () => {
  it('counts happened events by kind per month, with empty months filled in', () => {
    const august = makeEvent('StatementMade', 'august', { occurred: day('2025-08-02') });
    given(maritime, dollars, august).then((m) => {
      const s = m.chart('events-per-month', { asOf: '2025-12-31' });
      expect(s.name === 'events-per-month' && s.buckets).toEqual([
        { month: '2025-06', total: 2, possible: 0, byType: { SupportCommitted: 2 } },
        { month: '2025-07', total: 0, possible: 0, byType: {} },
        { month: '2025-08', total: 1, possible: 0, byType: { StatementMade: 1 } },
      ]);
      const before = m.chart('events-per-month', { asOf: '2025-06-05' });
      expect(before.name === 'events-per-month' && before.buckets).toEqual([
        { month: '2025-06', total: 1, possible: 0, byType: { SupportCommitted: 1 } },
      ]);
    });
  });
});

describe('money-cumulative at month resolution', () => {
  const july = makeEvent('SupportCommitted', 'july', {
    occurred: day('2025-07-02'),
    category: 'ukraine-support',
    actors: [nl],
    money: [eur(10e6, '€10 mln')],
  });

  it('draws one point per month with the same running totals as per-event points', () => {
    given(drones, maritime, july).then((m) => {
      const fine = lines(m.chart('money-cumulative', { asOf: '2025-12-31', resolution: 'event' }));
      const coarse = m.chart('money-cumulative', { asOf: '2025-12-31', resolution: 'month' });
      expect(coarse).toMatchObject({ resolution: 'month' });
      const [line] = lines(coarse);
      expect(
        line?.points.map((p) => [
          p.day,
          p.occurredLabel,
          p.events,
          p.cumulativeLow,
          p.cumulativeHigh,
        ]),
      ).toEqual([
        ['2025-06-01', 'Jun 2025', 2, 600e6, 1399e6],
        ['2025-07-01', 'Jul 2025', 1, 610e6, 1409e6],
      ]);
      expect(line?.points[0]?.occurredBounds).toEqual({
        earliest: '2025-06-01',
        latest: '2025-06-30',
      });
      expect(line?.points[0]?.wording).toBe('honderden miljoenen; circa €400 mln');
      expect(fine[0]?.points.at(-1)?.cumulativeHigh).toBe(line?.points.at(-1)?.cumulativeHigh);
    });
  });

  it("'auto' keeps one point per date on a small log", () => {
    given(drones, maritime, july).then((m) => {
      expect(m.chart('money-cumulative', { asOf: '2025-12-31' })).toMatchObject({
        resolution: 'event',
      });
    });
  });
});
