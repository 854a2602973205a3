import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { TimelineItem } from '@kroniek/service';
import { importSeed } from '../../../service/src/import/importer.js';
import { EVENTS_DIR, givenApp, IDS, jsonHeaders, problemOf, sources } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { FORMULA_CELLS } from '../../support/formulaCells.js';

let t: TestApp;
beforeEach(async () => (t = await givenApp()));
afterEach(() => t.close());

describe('GET /api/timeline.csv', () => {
  it('exports the current view as CSV with a header row, words and bounds kept', async () => {
    const res = await t.app.request('/api/timeline.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(4);
    const maritime = rows.find((r) => r.id === IDS.maritime)!;
    expect(maritime).toMatchObject({
      money: 'circa €400 mln',
      quantities: '58 snelle patrouilleboten',
      occurredEarliest: '2025-06-04',
    });
    expect(maritime.quotation).toContain('58 snelle patrouilleboten');
    const briefing = rows.find((r) => r.id === IDS.briefing)!;
    expect(briefing).toMatchObject({
      occurredEarliest: '2025-06-05',
      occurredLatest: '2025-06-23',
    });
  });

  it('defuses a planted title that a spreadsheet would run as a formula', async () => {
    const planted = new Map<string, string>();
    for (const [n, title] of FORMULA_CELLS.entries()) {
      const id = `9999999${n}-9999-4999-8999-999999999999`;
      const res = await t.app.request('/api/subjects/maritiem-steunpakket/events', {
        method: 'POST',
        headers: jsonHeaders,
        body: JSON.stringify({
          id,
          type: 'SupportDelivered',
          stage: 'started',
          title,
          category: 'ukraine-support',
          occurred: { precision: 'day', date: '2025-06-04' },
          knownAt: { date: { precision: 'day', date: '2025-06-05' }, basis: 'stated' },
          source: t.events[1]!.source,
          actors: [],
        }),
      });
      // A carriage return may be refused at the door as a control character: safe as well.
      if (res.status === 400 && title.startsWith('\r')) continue;
      expect(res.status).toBe(201);
      planted.set(id, title);
    }
    expect(planted.size).toBeGreaterThanOrEqual(FORMULA_CELLS.length - 1);
    const stored = new Map(
      (await (await t.app.request('/api/timeline.ndjson')).text())
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as TimelineItem)
        .map((i) => [i.id, i.title]),
    );
    const res = await t.app.request('/api/timeline.csv');
    const cells = parse(await res.text()) as string[][];
    const [header, ...rows] = cells;
    const title = header!.indexOf('title');
    const formula = /^[=+\-@\t\r]/;
    for (const id of planted.keys()) {
      const cell = rows.find((r) => r[0] === id)![title]!;
      // Read as the stored title (a leading tab may have been trimmed at the door), never run.
      expect(cell.replace(/^'/, '')).toBe(stored.get(id));
      expect(cell).not.toMatch(formula);
    }
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(formula);
    expect([...planted.keys()].filter((id) => formula.test(stored.get(id)!)).length).toBe(4);
    // Other text is written as it is.
    expect(rows.find((r) => r[0] === IDS.maritime)![title]).toBe(
      'Maritiem steunpakket voor Oekraïne',
    );
  });

  it('takes the timeline filters and refuses paging parameters', async () => {
    const res = await t.app.request('/api/timeline.csv?kinds=AgreementSigned');
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual([IDS.mou]);
    const paged = await t.app.request('/api/timeline.csv?limit=2');
    expect(paged.status).toBe(400);
    expect((await problemOf(paged)).body.issues?.[0]?.path).toBe('limit');
  });
});

describe('GET /api/timeline.ndjson', () => {
  it('exports one timeline item per line', async () => {
    const res = await t.app.request(
      '/api/timeline.ndjson?subjects=maritiem-steunpakket,udcg-2025-06',
    );
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="kroniek-timeline.ndjson"',
    );
    const lines = (await res.text())
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as TimelineItem);
    expect(lines.map((l) => l.id).sort()).toEqual([IDS.udcg, IDS.maritime].sort());
  });
});

describe('GET /api/calendar.ics', () => {
  const calendar = async (query = '', app = t.app) => {
    const res = await app.request(`/api/calendar.ics${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = (await res.text()).replace(/\r\n[ \t]/g, '');
    const events = text
      .split('BEGIN:VEVENT')
      .slice(1)
      .map((block) => block.split('END:VEVENT')[0]!);
    return { text, events, uid: (id: string) => events.find((e) => e.includes(`UID:${id}`)) };
  };

  it('gives a day event as an all-day VEVENT of that one day', async () => {
    const { text, uid } = await calendar();
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    const mou = uid(`${IDS.mou}@kroniek`)!;
    expect(mou).toContain('DTSTART;VALUE=DATE:20250605');
    expect(mou).toContain('DTEND;VALUE=DATE:20250606');
  });

  it('spans a date known only between two days, and a deadline given as a season, without inventing a day', async () => {
    const { uid } = await calendar();
    const briefing = uid(`${IDS.briefing}@kroniek`)!;
    expect(briefing).toContain('DTSTART;VALUE=DATE:20250605');
    expect(briefing).toContain('DTEND;VALUE=DATE:20250624');
    const deadline = uid('briefing-kritieke-capaciteiten-due@kroniek')!;
    // "in het najaar" 2025: meteorological autumn, September to November.
    expect(deadline).toContain('DTSTART;VALUE=DATE:20250901');
    expect(deadline).toContain('DTEND;VALUE=DATE:20251201');
    expect(deadline).toContain('SUMMARY:Deadline: Vertrouwelijke technische briefing');
  });

  it('places an event whose start is open on its latest bound, saying so', async () => {
    const res = await t.app.request('/api/subjects/maritiem-steunpakket/events', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: 'Bearer test-token-0123456789',
      },
      body: JSON.stringify({
        id: '88888888-8888-4888-8888-888888888888',
        type: 'SupportDelivered',
        stage: 'started',
        title: 'Eerste leveringen',
        category: 'ukraine-support',
        occurred: { precision: 'between', latest: '2025-06-04', wording: 'al gedaan' },
        knownAt: { date: { precision: 'day', date: '2025-06-05' }, basis: 'stated' },
        source: t.events[1]!.source,
        actors: [],
      }),
    });
    expect(res.status).toBe(201);
    const { events, uid } = await calendar();
    const open = uid('88888888-8888-4888-8888-888888888888@kroniek')!;
    expect(open).toContain('DTSTART;VALUE=DATE:20250604');
    expect(open).toContain('DTEND;VALUE=DATE:20250605');
    expect(open).toContain('SUMMARY:Eerste leveringen (by 4 Jun 2025)');
    expect(open).toContain('DESCRIPTION:Its start is open: it happened by 4 Jun 2025');
    expect(events).toHaveLength(6); // five events and one deadline
  });

  it('places an event whose end is open on its earliest bound, saying so', async () => {
    const id = '88888888-8888-4888-8888-888888888889';
    const res = await t.app.request('/api/subjects/maritiem-steunpakket/events', {
      method: 'POST',
      headers: jsonHeaders,
      body: JSON.stringify({
        id,
        type: 'SupportDelivered',
        stage: 'started',
        title: 'Leveringen',
        category: 'ukraine-support',
        occurred: { precision: 'between', earliest: '2025-06-02' },
        knownAt: { date: { precision: 'day', date: '2025-06-05' }, basis: 'stated' },
        source: t.events[1]!.source,
        actors: [],
      }),
    });
    expect(res.status).toBe(201);
    const open = (await calendar()).uid(`${id}@kroniek`)!;
    expect(open).toContain('DTSTART;VALUE=DATE:20250602');
    expect(open).toContain('DTEND;VALUE=DATE:20250603');
    expect(open).toContain('SUMMARY:Leveringen (from 2 Jun 2025)');
    expect(open).toContain('DESCRIPTION:Its end is open: it happened from 2 Jun 2025');
  });

  it("includes the letter's four events with an open start: CV90, Defport, first deliveries, Drone Line purchases", async () => {
    const letter = await givenApp({ seed: false });
    try {
      await importSeed(letter.store, EVENTS_DIR, await sources());
      const items = (await (await letter.app.request('/api/timeline.ndjson')).text())
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as TimelineItem);
      const openStart = items.filter((i) => !i.occurredBounds.earliest && i.occurredBounds.latest);
      // The seed holds other sources too (the corpus); the letter's own are these four (issue 13
      // made the Drone Line purchases a fact of their own, undated).
      const ofLetter = openStart.filter(
        (i) => i.source.documentId === 'kamerbrief-navo-dmm-2025-06',
      );
      expect(ofLetter.map((i) => i.subject).sort()).toEqual([
        'cv90-agreement',
        'defport',
        'drone-line',
        'nl-maritime-package-ukraine-2025',
      ]);
      const { events, uid } = await calendar('', letter.app);
      const compact = (day: string) => day.replaceAll('-', '');
      for (const item of openStart) {
        const latest = item.occurredBounds.latest!;
        const next = new Date(Date.parse(`${latest}T00:00:00Z`) + 86_400_000).toISOString();
        const vevent = uid(`${item.id}@kroniek`)!;
        expect(vevent, item.title).toContain(`DTSTART;VALUE=DATE:${compact(latest)}`);
        expect(vevent, item.title).toContain(`DTEND;VALUE=DATE:${compact(next.slice(0, 10))}`);
        expect(vevent, item.title).toContain(`(${item.occurredLabel})`);
      }
      // Every event of the letter is in the calendar: none has a date without any bound.
      for (const item of items) expect(uid(`${item.id}@kroniek`), item.title).toBeDefined();
      expect(events.length).toBeGreaterThan(items.length);
    } finally {
      await letter.close();
    }
  });
});

// Issue 14: the exports carry both statuses of the replay (before: only `status`, the occurred one).
describe('the exports of a replay carry both statuses', () => {
  const REPLAY = '?asOf=2025-06-10&knownBy=2025-06-10';
  const ndjson = async () =>
    (await (await t.app.request(`/api/timeline.ndjson${REPLAY}`)).text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as TimelineItem);

  it('as CSV columns occurredStatus, knownStatus and knownLabel, as the timeline gives them', async () => {
    const items = await ndjson();
    const rows = parse(await (await t.app.request(`/api/timeline.csv${REPLAY}`)).text(), {
      columns: true,
    }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(items.map((i) => i.id));
    for (const [k, i] of items.entries())
      expect(rows[k]).toMatchObject({
        occurredStatus: i.occurredStatus,
        knownStatus: i.knownStatus,
        knownLabel: i.knownLabel,
      });
    // The briefing's window (5–23 June) straddles 10 June.
    expect(rows.find((r) => r.id === IDS.briefing)?.occurredStatus).toBe('possibly-happened');
  });

  it('in NDJSON, every item with its occurredStatus and knownStatus', async () => {
    for (const i of await ndjson()) {
      expect(['happened', 'possibly-happened', 'later']).toContain(i.occurredStatus);
      expect(['known', 'possibly-known', 'not-yet-known']).toContain(i.knownStatus);
    }
  });

  it('in the calendar, as X-KRONIEK properties and in words in the description', async () => {
    const items = await ndjson();
    const text = (await (await t.app.request(`/api/calendar.ics${REPLAY}`)).text()).replace(
      /\r\n[ \t]/g,
      '',
    );
    const blocks = text.split('BEGIN:VEVENT').slice(1);
    const of = (id: string) => blocks.find((b) => b.includes(`UID:${id}@kroniek`));
    let checked = 0;
    for (const i of items) {
      const b = of(i.id);
      if (!b) continue;
      expect(b).toContain(`X-KRONIEK-OCCURRED-STATUS:${i.occurredStatus}`);
      expect(b).toContain(`X-KRONIEK-KNOWN-STATUS:${i.knownStatus}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
    expect(of(IDS.briefing)).toContain('Possibly happened');
  });
});
