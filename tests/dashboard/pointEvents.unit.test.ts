import { describe, expect, it } from 'vitest';
import {
  moneyColumns,
  moneyDisplayRows,
  moneyRows,
  quantityColumns,
  quantityRows,
} from '../../dashboard/src/lib/chartData.js';
import { pointEvents, unknownRanges } from '../../dashboard/src/lib/pointEvents.js';
import type {
  ChartLine,
  ChartPoint,
  ChartSeries,
  TimelineItem,
} from '../../dashboard/src/lib/types.js';
import { translatorFor } from '../support/dashboardI18n.js';

const en = translatorFor('en');
const nl = translatorFor('nl');

// 4 June 2025 in the letter: the Drone Line purchases ("honderden miljoenen") and the maritime
// package ("circa €400 mln") share one point of the cumulative money line.
const DRONES = 'a0000000-0000-4000-8000-000000000001';
const MARITIME = 'a0000000-0000-4000-8000-000000000002';
const JUNE_4 = { earliest: '2025-06-04', latest: '2025-06-04' };

const shared: ChartPoint = {
  day: '2025-06-04',
  occurredLabel: '4 June 2025',
  occurredBounds: JUNE_4,
  eventId: DRONES,
  title: 'Drone Line update',
  events: 2,
  eventIds: [DRONES, MARITIME],
  low: 6e8,
  high: 1_399_999_999,
  cumulativeLow: 6e8,
  cumulativeHigh: 1_399_999_999,
  // Only the drones had surely been bought by 4 June (say): the certain total at this date.
  certainLow: 2e8,
  certainHigh: 999_999_999,
  approximate: true,
  wording: 'honderden miljoenen; circa €400 mln',
};

const line: ChartLine = {
  key: 'ukraine-support|EUR',
  group: 'ukraine-support',
  currency: 'EUR',
  points: [shared],
  certainLow: 6e8,
  certainHigh: 1_399_999_999,
};
const series: Extract<ChartSeries, { lines: ChartLine[] }> = {
  name: 'money-cumulative',
  groupBy: 'category',
  placement: 'key-day',
  resolution: 'event',
  lines: [line],
};

function item(
  id: string,
  title: string,
  money: TimelineItem['money'],
  quantities?: TimelineItem['quantities'],
): TimelineItem {
  return {
    id,
    position: 1,
    type: 'AnnouncementMade',
    subject: 's',
    title,
    category: 'ukraine-support',
    occurred: { precision: 'day', date: '2025-06-04' },
    occurredBounds: JUNE_4,
    occurredLabel: '4 June 2025',
    knownAt: { date: { precision: 'day', date: '2025-06-04' }, basis: 'public-at-occurrence' },
    knownOn: '2025-06-04',
    knownLabel: '4 June 2025',
    recordedAt: '2025-06-10T09:00:00.000Z',
    actors: [],
    ...(money ? { money } : {}),
    ...(quantities ? { quantities } : {}),
    source: { documentId: 'd', location: { section: '1', start: 0, end: 1 }, quotation: 'q' },
    status: 'happened',
    occurredStatus: 'happened',
    knownStatus: 'known',
    retracted: false,
    corrections: 0,
    sources: { count: 1, documentIds: ['d'], disagreements: [] },
  };
}

const eur = (
  wording: string,
  low: number,
  high: number,
): NonNullable<TimelineItem['money']>[number] => ({
  currency: 'EUR',
  amount: low === high ? { kind: 'exact', value: low } : { kind: 'range', low, high },
  approximate: true,
  wording,
});

const known = new Map<string, TimelineItem>([
  [DRONES, item(DRONES, 'Drone Line update', [eur('honderden miljoenen', 2e8, 999_999_999)])],
  [
    MARITIME,
    item(MARITIME, 'Maritime support package', [
      eur('circa €400 mln', 4e8, 4e8),
      { ...eur('USD 5 mln', 5e6, 5e6), currency: 'USD' },
    ]),
  ],
]);

describe('a chart point that adds up several events', () => {
  it('lists every event with its own title and its own wording in the line’s currency', () => {
    expect(pointEvents(line, shared, known)).toEqual({
      events: [
        { id: DRONES, title: 'Drone Line update', wording: 'honderden miljoenen' },
        { id: MARITIME, title: 'Maritime support package', wording: 'circa €400 mln' },
      ],
      more: 0,
    });
  });

  it('stays one summary entry, naming how many more events it holds, while their items are unknown', () => {
    expect(pointEvents(line, shared, new Map())).toEqual({
      events: [
        {
          id: DRONES,
          title: 'Drone Line update and 1 more event',
          wording: 'honderden miljoenen; circa €400 mln',
        },
      ],
      more: 0,
    });
  });

  it('counts the events the service did not list (it lists at most 20 ids)', () => {
    const big = { ...shared, events: 25 };
    expect(pointEvents(line, big, known).more).toBe(23);
    expect(
      moneyDisplayRows({ ...series, lines: [{ ...line, points: [big] }] }, en, known).at(-1),
    ).toEqual([
      '4 June 2025',
      'and 23 more events on this date (not listed)',
      '',
      '€600 mln – €1.39 bn',
    ]);
  });

  it('is shown as one table row per event, the total after the date on the last of them', () => {
    expect(moneyDisplayRows(series, en, known)).toEqual([
      ['4 June 2025', 'Drone Line update', 'honderden miljoenen', ''],
      ['4 June 2025', 'Maritime support package', 'circa €400 mln', '€600 mln – €1.39 bn'],
    ]);
  });

  // Issue 14: each event's own amount and the running total in columns of their own (before:
  // every row of the point carried the point's total, €600 mln – €1.39 bn); and (issue 14, the
  // certain line) the possible running total and the certain total at the date apart.
  it('is exported as one CSV row per event: its own amount, the possible running total after it, the certain total at its date', () => {
    const header = moneyColumns(en).slice(2, 10);
    expect(header).toEqual([
      'Event',
      'Amount (source)',
      'Amount low',
      'Amount high',
      'Possible total low',
      'Possible total high',
      'Certain total low',
      'Certain total high',
    ]);
    expect(moneyRows(series, en, known).map((r) => r.slice(2, 10))).toEqual([
      [
        'Drone Line update',
        'honderden miljoenen',
        2e8,
        999_999_999,
        2e8,
        999_999_999,
        2e8,
        999_999_999,
      ],
      [
        'Maritime support package',
        'circa €400 mln',
        4e8,
        4e8,
        6e8,
        1_399_999_999,
        2e8,
        999_999_999,
      ],
    ]);
  });

  it('names its CSV columns in the UI language', () => {
    expect(moneyColumns(nl)).toEqual([
      'Groep',
      'Datum',
      'Gebeurtenis',
      'Bedrag (bron)',
      'Bedrag laag',
      'Bedrag hoog',
      'Mogelijk totaal laag',
      'Mogelijk totaal hoog',
      'Zeker totaal laag',
      'Zeker totaal hoog',
      'Valuta',
    ]);
    expect(quantityColumns(nl).slice(5, 8)).toEqual(['Aantal', 'Mogelijk totaal', 'Zeker totaal']);
    const big = { ...shared, events: 25 };
    expect(
      moneyRows({ ...series, lines: [{ ...line, points: [big] }] }, nl, known).at(-1)?.[2],
    ).toBe('en nog 23 gebeurtenissen op deze datum (niet vermeld)');
    // The table's dates in the UI language too.
    expect(moneyDisplayRows(series, nl, known, undefined, 'nl').map((r) => r[0])).toEqual([
      '4 juni 2025',
      '4 juni 2025',
    ]);
  });

  it('exports a point whose events are unknown as one row with its own combined amount', () => {
    expect(moneyRows(series, en, new Map()).map((r) => r.slice(4, 8))).toEqual([
      [6e8, 1_399_999_999, 6e8, 1_399_999_999],
    ]);
  });

  it('lists the quantities of each event by the line’s unit and item', () => {
    const boats = {
      value: 58,
      unit: 'items',
      item: 'snelle patrouilleboten',
      wording: '58 snelle patrouilleboten',
    };
    const more = {
      value: 12,
      unit: 'items',
      item: 'snelle patrouilleboten',
      wording: 'nog 12 boten',
    };
    const drones = {
      value: 67,
      unit: 'items',
      item: 'maritieme drones',
      wording: '67 maritieme drones',
    };
    const qLine: ChartLine = {
      key: 'ukraine-support|items|snelle patrouilleboten',
      group: 'ukraine-support',
      unit: 'items',
      item: 'snelle patrouilleboten',
      points: [
        {
          ...shared,
          wording: '58 snelle patrouilleboten; nog 12 boten',
          low: 70,
          high: 70,
          cumulativeLow: 70,
          cumulativeHigh: 70,
          certainLow: 58,
          certainHigh: 58,
        },
      ],
      certainLow: 70,
      certainHigh: 70,
    };
    const q = new Map([
      [DRONES, item(DRONES, 'Drone Line update', undefined, [more])],
      [MARITIME, item(MARITIME, 'Maritime support package', undefined, [boats, drones])],
    ]);
    expect(
      quantityRows(
        {
          name: 'quantities',
          groupBy: 'category',
          placement: 'key-day',
          resolution: 'event',
          lines: [qLine],
        },
        en,
        q,
      ).map((r) => [r[3], r[4], r[5], r[6], r[7]]),
    ).toEqual([
      ['Drone Line update', 'nog 12 boten', 12, 12, 58],
      ['Maritime support package', '58 snelle patrouilleboten', 58, 70, 58],
    ]);
  });
});

describe('the dates to look up for shared points', () => {
  it('are the distinct occurred ranges of shared points with unknown events', () => {
    const single: ChartPoint = {
      ...shared,
      events: 1,
      eventIds: [DRONES],
      occurredBounds: { earliest: '2025-03-01', latest: '2025-03-01' },
    };
    const s2 = { ...series, lines: [{ ...line, points: [single, shared, { ...shared }] }] };
    expect(unknownRanges([s2, null], new Map())).toEqual([
      { from: '2025-06-04', to: '2025-06-04' },
    ]);
    expect(unknownRanges([s2], known)).toEqual([]);
  });
});
