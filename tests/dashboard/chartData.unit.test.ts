import { describe, expect, it } from 'vitest';
import {
  byUnit,
  groupName,
  monthColumns,
  monthMatrix,
  moneyBands,
  quantityBars,
  rangeLabel,
} from '../../dashboard/src/lib/chartData.js';
import { csvCell, fileSlug, toCsv } from '../../dashboard/src/lib/csv.js';
import { kindStyle, MARKED_KINDS } from '../../dashboard/src/lib/kinds.js';
import { dayMarkers } from '../../dashboard/src/lib/markers.js';
import type { ChartLine, ChartPoint, TimelineItem } from '../../dashboard/src/lib/types.js';
import { translatorFor } from '../support/dashboardI18n.js';

const en = translatorFor('en');
const nl = translatorFor('nl');

const point = (
  day: string,
  low: number,
  high: number,
  cumLow: number,
  cumHigh: number,
  certain: [number, number] = [cumLow, cumHigh],
): ChartPoint => ({
  day,
  occurredLabel: day,
  occurredBounds: { earliest: day, latest: day },
  eventId: `e-${day}-${low}`,
  title: 't',
  events: 1,
  eventIds: [`e-${day}-${low}`],
  low,
  high,
  cumulativeLow: cumLow,
  cumulativeHigh: cumHigh,
  certainLow: certain[0],
  certainHigh: certain[1],
  approximate: true,
  wording: 'w',
});

const moneyLine: ChartLine = {
  key: 'ukraine-support|EUR',
  group: 'ukraine-support',
  currency: 'EUR',
  points: [
    point('2025-06-04', 2e8, 999_999_999, 2e8, 999_999_999),
    // A window that has begun but not ended on its day: possible, not yet certain.
    point('2025-06-04', 4e8, 4e8, 6e8, 1_399_999_999, [2e8, 999_999_999]),
  ],
  // By the replay day every window has ended.
  certainLow: 6e8,
  certainHigh: 1_399_999_999,
};

describe('money bands', () => {
  it('draws the certain low and high ends as the line, the possible total as the band above, held to the replay day', () => {
    const [band] = moneyBands(
      {
        name: 'money-cumulative',
        groupBy: 'category',
        placement: 'key-day',
        resolution: 'event',
        lines: [moneyLine],
      },
      '2025-06-30',
    );
    expect(band?.low).toEqual([
      { x: '2025-06-04', y: 2e8 },
      { x: '2025-06-04', y: 2e8 },
      { x: '2025-06-30', y: 6e8 },
    ]);
    expect(band?.high.map((p) => p.y)).toEqual([999_999_999, 999_999_999, 1_399_999_999]);
    // The band's top: what possibly happened (every window begun), held to the replay day.
    expect(band?.possible).toEqual([
      { x: '2025-06-04', y: 999_999_999 },
      { x: '2025-06-04', y: 1_399_999_999 },
      { x: '2025-06-30', y: 1_399_999_999 },
    ]);
    expect(band?.label).toBe('Ukraine support (EUR)');
  });

  it('labels a cumulative range by its ends', () => {
    expect(rangeLabel(6e8, 1_399_999_999, 'EUR')).toBe('€600 mln – €1.39 bn');
    expect(rangeLabel(4e8, 4e8, 'EUR')).toBe('€400 mln');
  });
});

describe('quantity bars', () => {
  it('keeps units apart so items and percentages never share an axis', () => {
    const lines: ChartLine[] = [
      {
        key: 'a',
        group: 'g',
        unit: 'items',
        item: 'snelle patrouilleboten',
        points: [point('2025-06-04', 58, 58, 58, 58)],
        certainLow: 58,
        certainHigh: 58,
      },
      {
        key: 'b',
        group: 'g',
        unit: 'percent',
        item: 'defensie-uitgaven',
        points: [point('2025-06-05', 3.5, 3.5, 3.5, 3.5)],
        certainLow: 3.5,
        certainHigh: 3.5,
      },
    ];
    const bars = quantityBars({
      name: 'quantities',
      groupBy: 'category',
      placement: 'key-day',
      resolution: 'event',
      lines,
    });
    expect([...byUnit(bars).keys()]).toEqual(['items', 'percent']);
    expect(bars[0]).toEqual({
      key: 'a',
      label: 'snelle patrouilleboten',
      unit: 'items',
      low: 58,
      high: 58,
    });
  });
});

describe('events per month', () => {
  it('makes one row per month and one column per kind present', () => {
    const m = monthMatrix([
      { month: '2025-03', total: 2, possible: 0, byType: { MeetingHeld: 1, StatementMade: 1 } },
      { month: '2025-06', total: 3, possible: 40, byType: { DocumentAdopted: 3 } },
    ]);
    expect(m.types).toEqual(['DocumentAdopted', 'MeetingHeld', 'StatementMade']);
    // The band above the certain bars (issue 14): what possibly happened or was possibly public.
    expect(m.possible).toEqual([0, 40]);
    expect(monthColumns(m.types, en).at(-1)).toBe('Possibly');
    expect(m.labels).toEqual(['March 2025', 'June 2025']);
    // Issue 14: the columns and months in the UI's language.
    expect(monthColumns(m.types, nl)).toEqual([
      'Maand',
      'Aanneming',
      'Bijeenkomst',
      'Verklaring',
      'Totaal',
      'Mogelijk',
    ]);
    expect(
      monthMatrix([{ month: '2025-06', total: 1, possible: 0, byType: {} }], 'nl').labels,
    ).toEqual(['juni 2025']);
    expect(m.counts).toEqual([
      [0, 1, 1],
      [3, 0, 0],
    ]);
  });
});

describe('chart markers', () => {
  const item = (
    id: string,
    type: TimelineItem['type'],
    earliest: string | null,
    latest: string,
    status: TimelineItem['status'] = 'happened',
  ) =>
    ({
      id,
      type,
      title: `${type} ${id}`,
      occurredBounds: { earliest, latest },
      status,
      retracted: false,
    }) as TimelineItem;

  it('shares one marker per date between adoptions and signings, keeping open dates open', () => {
    const markers = dayMarkers(
      [
        item('1', 'DocumentAdopted', '2025-06-05', '2025-06-05'),
        item('2', 'DocumentAdopted', '2025-06-05', '2025-06-05'),
        item('3', 'AgreementSigned', '2025-06-05', '2025-06-05'),
        item('4', 'AgreementSigned', null, '2025-06-23'),
        item('5', 'MeetingHeld', '2025-06-05', '2025-06-05'),
        item('6', 'DocumentAdopted', '2025-07-01', '2025-07-01', 'later'),
      ],
      en,
    );
    expect(markers.map((m) => [m.day, m.when, m.label])).toEqual([
      ['2025-06-05', '5 June 2025', '2 adoptions, 1 signing'],
      ['2025-06-23', 'on or before 23 June 2025', 'Signing: AgreementSigned 4'],
    ]);
  });

  it('colours a marker after the first marked kind on its day, in the order of the kinds', () => {
    const markers = dayMarkers(
      [
        item('1', 'AgreementSigned', '2025-06-05', '2025-06-05'),
        item('2', 'DocumentAdopted', '2025-06-05', '2025-06-05'),
        item('3', 'AgreementSigned', '2025-06-23', '2025-06-23'),
      ],
      en,
    );
    expect(MARKED_KINDS).toEqual(['DocumentAdopted', 'AgreementSigned']);
    expect(markers.map((m) => [m.label, m.color])).toEqual([
      ['1 adoption, 1 signing', kindStyle('DocumentAdopted').color],
      ['Signing: AgreementSigned 3', kindStyle('AgreementSigned').color],
    ]);
  });
});

describe('chart markers in Dutch (issue 14)', () => {
  it('count and name the marked kinds, and write the date, in the UI language', () => {
    const item = (id: string, type: TimelineItem['type'], day: string) =>
      ({
        id,
        type,
        title: `titel ${id}`,
        occurredBounds: { earliest: day, latest: day },
        status: 'happened',
        retracted: false,
      }) as TimelineItem;
    const markers = dayMarkers(
      [
        item('1', 'DocumentAdopted', '2025-06-05'),
        item('2', 'DocumentAdopted', '2025-06-05'),
        item('3', 'AgreementSigned', '2025-06-05'),
        item('4', 'AgreementSigned', '2025-06-23'),
      ],
      nl,
      'nl',
    );
    expect(markers.map((m) => [m.when, m.label])).toEqual([
      ['5 juni 2025', '2 aannemingen, 1 ondertekening'],
      ['23 juni 2025', 'Ondertekening: titel 4'],
    ]);
  });
});

describe('CSV export', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(1.5)).toBe('1.5');
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
  });

  it('names files after the chart', () => {
    expect(fileSlug('Money committed, cumulative')).toBe('money-committed-cumulative');
  });
});

describe('a line group as shown', () => {
  it('reads a category slug as words, acronyms in capitals', () => {
    expect(groupName('ukraine-support')).toBe('Ukraine support');
    expect(groupName('nato-deterrence')).toBe('NATO deterrence');
  });

  it('names an actor by the name the record gives it', () => {
    expect(groupName('nederland', new Map([['nederland', 'Nederland']]))).toBe('Nederland');
  });
});
