import { describe, expect, it } from 'vitest';
import {
  AXIS_PAD_DAYS,
  axisRange,
  mentionMarks,
  quantitySteps,
  targetRows,
} from '../../dashboard/src/lib/chartMarks.js';
import { addDays } from '../../dashboard/src/lib/dates.js';
import type { ChartPoint, ChartSeries } from '../../dashboard/src/lib/types.js';

const point = (
  day: string,
  low: number,
  high: number,
  cumulative: number,
  wording: string,
  certain = cumulative,
): ChartPoint => ({
  day,
  occurredLabel: day,
  occurredBounds: { earliest: day, latest: day },
  eventId: '11111111-1111-4111-8111-111111111111',
  title: `Event of ${day}`,
  events: 1,
  eventIds: ['11111111-1111-4111-8111-111111111111'],
  low,
  high,
  cumulativeLow: cumulative,
  cumulativeHigh: cumulative,
  certainLow: certain,
  certainHigh: certain,
  approximate: false,
  wording,
});

type Lines = Extract<ChartSeries, { lines: unknown }>;
const series = (name: Lines['name'], lines: Lines['lines']): Lines => ({
  name,
  groupBy: 'category',
  placement: 'key-day',
  resolution: 'event',
  lines,
});

describe('the time axis of a chart', () => {
  it('fits the data, not the replay day (today), with a little room on each side', () => {
    const r = axisRange(['2025-06-05', '2025-05-22', '2025-06-04'], '2026-12-06');
    expect(r).toEqual({
      min: addDays('2025-05-22', -AXIS_PAD_DAYS),
      max: addDays('2025-06-05', AXIS_PAD_DAYS),
    });
  });

  it('stands around the replay day when there is nothing to draw', () => {
    const r = axisRange([], '2025-06-04');
    expect(r.min < '2025-06-04' && r.max > '2025-06-04').toBe(true);
  });
});

describe('markers that are never summed', () => {
  it('keep each mention at its own amount and wording, in day order', () => {
    const s = series('money-mentions', [
      {
        key: 'a|EUR',
        group: 'a',
        currency: 'EUR',
        points: [
          point('2025-06-09', 5, 9, 5, 'later words'),
          point('2025-06-04', 2e8, 999_999_999, 2e8, 'honderden miljoenen'),
        ],
        certainLow: 0,
        certainHigh: 0,
      },
    ]);
    expect(mentionMarks(s).map((m) => [m.day, m.wording, m.low, m.high])).toEqual([
      ['2025-06-04', 'honderden miljoenen', 2e8, 999_999_999],
      ['2025-06-09', 'later words', 5, 9],
    ]);
  });

  it('give each target its own value', () => {
    const s = series('targets', [
      {
        key: 'n|percent|total',
        group: 'n',
        unit: 'percent',
        item: 'total',
        points: [point('2025-06-05', 5, 5, 5, '5%')],
        certainLow: 5,
        certainHigh: 5,
      },
      {
        key: 'n|percent|core',
        group: 'n',
        unit: 'percent',
        item: 'core',
        points: [point('2025-06-05', 3.5, 3.5, 3.5, '3,5%')],
        certainLow: 3.5,
        certainHigh: 3.5,
      },
    ]);
    expect(targetRows(s).map((r) => [r.item, r.value, r.unit])).toEqual([
      ['total', 5, 'percent'],
      ['core', 3.5, 'percent'],
    ]);
  });
});

describe('quantities over time', () => {
  it('are running totals per unit: what surely happened as the line, what possibly happened as the band, held to the end day', () => {
    const s = series('quantities', [
      {
        key: 'g|items|boats',
        group: 'g',
        unit: 'items',
        item: 'boats',
        points: [
          point('2025-06-04', 58, 58, 58, '58 boats'),
          // 12 boats "in July": possible on 1 July, certain only once July has ended
          point('2025-07-01', 12, 12, 70, '12 boats', 58),
        ],
        certainLow: 58,
        certainHigh: 58,
      },
    ]);
    const byUnit = quantitySteps(s, '2025-07-10');
    expect([...byUnit.keys()]).toEqual(['items']);
    expect(byUnit.get('items')![0]!.points).toEqual([
      { x: '2025-06-04', y: 58 },
      { x: '2025-07-01', y: 58 },
      { x: '2025-07-10', y: 58 },
    ]);
    expect(byUnit.get('items')![0]!.possible).toEqual([
      { x: '2025-06-04', y: 58 },
      { x: '2025-07-01', y: 70 },
      { x: '2025-07-10', y: 70 },
    ]);
  });
});
