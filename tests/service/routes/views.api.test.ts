import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '@kroniek/events';
import { createApp } from '@kroniek/service';
import type { ActorSummary, ChangeItem, ChartSeries, Logger } from '@kroniek/service';
import { DOC, givenApp, IDS, NOW, problemOf, sources, TOKEN } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';

let t: TestApp;
beforeEach(async () => (t = await givenApp()));
afterEach(() => t.close());

const json = async <T>(url: string): Promise<T> => {
  const res = await t.app.request(url);
  expect(res.status).toBe(200);
  return (await res.json()) as T;
};

describe('GET /api/actors', () => {
  it('counts what each actor did, by role and type', async () => {
    const { actors } = await json<{ actors: ActorSummary[] }>('/api/actors');
    expect(actors[0]).toMatchObject({
      id: 'nl-minister-defensie',
      events: 4,
      byRole: { signatory: 1, promisor: 1 },
    });
  });
});

describe('GET /api/charts/:series', () => {
  it('gives money as the source worded it, grouped as asked', async () => {
    const chart = await json<ChartSeries>('/api/charts/money-cumulative?groupBy=actor');
    expect(chart).toMatchObject({ name: 'money-cumulative', groupBy: 'actor' });
    if (chart.name !== 'money-cumulative') throw new Error('wrong series');
    expect(chart.lines[0]?.points[0]).toMatchObject({
      wording: 'circa €400 mln',
      approximate: true,
      eventId: IDS.maritime,
    });
  });

  it('gives lines and points with their documented fields only, at every resolution', async () => {
    // Issue 14: lines and points carry the certain totals (the line) beside the possible ones.
    const lineFields = [
      'certainHigh',
      'certainLow',
      'currency',
      'group',
      'item',
      'key',
      'points',
      'unit',
    ];
    const pointFields = [
      'approximate',
      'certainHigh',
      'certainLow',
      'cumulativeHigh',
      'cumulativeLow',
      'day',
      'eventId',
      'eventIds',
      'events',
      'high',
      'low',
      'occurredBounds',
      'occurredLabel',
      'title',
      'wording',
    ];
    let seen = 0;
    for (const series of ['money-cumulative', 'quantities'])
      for (const query of [
        '',
        '?resolution=event',
        '?resolution=month',
        `?resolution=month&recordedAsOf=${encodeURIComponent(NOW)}`,
      ]) {
        const chart = await json<ChartSeries>(`/api/charts/${series}${query}`);
        if (chart.name === 'events-per-month') throw new Error('wrong series');
        expect(chart.lines.length).toBeGreaterThan(0);
        for (const line of chart.lines) {
          seen++;
          for (const k of Object.keys(line)) expect(lineFields, `${series}${query}`).toContain(k);
          for (const p of line.points) expect(Object.keys(p).sort()).toEqual(pointFields);
        }
      }
    expect(seen).toBeGreaterThanOrEqual(8);
  });

  it('answers 400 for an unknown series or grouping', async () => {
    expect((await t.app.request('/api/charts/pie')).status).toBe(400);
    const res = await t.app.request('/api/charts/quantities?groupBy=colour');
    expect((await problemOf(res)).body.issues?.[0]?.path).toBe('groupBy');
  });
});

describe('GET /api/changes', () => {
  it('lists what became known between two days', async () => {
    const { changes } = await json<{ changes: ChangeItem[] }>(
      '/api/changes?from=2025-06-04&to=2025-06-05',
    );
    expect(changes.map((c) => c.id)).toEqual([IDS.mou]);
  });

  it("names a fact's change 'known': it follows knownAt, the day the fact became known", async () => {
    const { changes } = await json<{ changes: ChangeItem[] }>(
      '/api/changes?from=2025-06-03&to=2025-06-05',
    );
    expect(changes.map((c) => [c.kind, c.id])).toEqual([
      ['known', IDS.udcg],
      ['known', IDS.maritime],
      ['known', IDS.mou],
    ]);
  });

  it('answers 400 naming a missing or reversed bound', async () => {
    const missing = await t.app.request('/api/changes?from=2025-06-04');
    expect((await problemOf(missing)).body.issues?.map((i) => i.path)).toEqual(['to']);
    const reversed = await t.app.request('/api/changes?from=2025-06-10&to=2025-06-01');
    expect(reversed.status).toBe(400);
  });
});

describe('GET /api/log', () => {
  it('pages the raw log by position with its hash chain', async () => {
    const page = await json<{
      head: number;
      events: { position: number; hash: string }[];
      next: number | null;
    }>('/api/log?after=1&limit=2');
    expect(page.head).toBe(4);
    expect(page.events.map((e) => e.position)).toEqual([2, 3]);
    expect(page.events[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(page.next).toBe(3);
    const last = await json<{ next: number | null; events: unknown[] }>('/api/log?after=3');
    expect(last).toMatchObject({ next: null });
    expect(last.events).toHaveLength(1);
  });

  it('reads one position, 404 beyond the head, 400 for a malformed one', async () => {
    expect(await json('/api/log/2')).toMatchObject({ position: 2, id: IDS.maritime });
    expect((await t.app.request('/api/log/9')).status).toBe(404);
    expect((await t.app.request('/api/log?after=9')).status).toBe(404);
    expect((await t.app.request('/api/log/zero')).status).toBe(400);
    expect((await t.app.request('/api/log?after=-1')).status).toBe(400);
  });
});

describe('GET /api/sources', () => {
  it('lists the documents without their text and gives one with its text', async () => {
    const { sources: list } = await json<{
      sources: { id: string; text?: string; length: number }[];
    }>('/api/sources');
    expect(list.map((s) => s.id)).toContain(DOC);
    expect(list[0]?.text).toBeUndefined();
    const one = await json<{ id: string; text: string }>(`/api/sources/${DOC}`);
    const real = (await sources()).get(DOC)!.text;
    expect(one.text).toBe(real);
  });

  it('answers 404 for an unknown document', async () => {
    const res = await t.app.request('/api/sources/onbekend-document');
    expect(res.status).toBe(404);
    expect((await problemOf(res)).body.source).toBe('onbekend-document');
  });
});

describe('GET /api/openapi.json', () => {
  it('describes every route with schemas generated from zod', async () => {
    const doc = await json<{
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, { oneOf?: unknown[] }> };
    }>('/api/openapi.json');
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/timeline',
        '/api/subjects/{id}/events',
        '/api/live',
        '/api/calendar.ics',
      ]),
    );
    expect(doc.components.schemas.Event?.oneOf?.length).toBe(EVENT_TYPES.length);
  });
});

describe('health', () => {
  it('answers /healthz while alive', async () => {
    expect(await json('/healthz')).toEqual({ status: 'ok' });
  });

  it('answers /readyz 503 while the read model lags behind the store, 200 once it has caught up', async () => {
    // The fixture events were appended behind the app's back; nothing has read them yet.
    const lagging = await t.app.request('/readyz');
    expect(lagging.status).toBe(503);
    expect(await lagging.json()).toMatchObject({ status: 'catching-up', head: 4, position: 0 });
    await t.app.request('/api/timeline');
    expect(await json('/readyz')).toMatchObject({ status: 'ready', head: 4, position: 4 });
  });
});

describe('errors', () => {
  it('answers 404 problem+json for an unknown route', async () => {
    const res = await t.app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect((await problemOf(res)).contentType).toBe('application/problem+json');
  });

  it('logs an unknown error and answers 500 without its details', async () => {
    const logged: { msg: string; fields?: Record<string, unknown> }[] = [];
    const log: Logger = {
      info: () => {},
      error: (msg, fields) => logged.push({ msg, ...(fields ? { fields } : {}) }),
    };
    const broken = createApp({
      store: t.store,
      readModel: {
        ...t.readModel,
        actors: () => {
          throw new Error('secret internal detail');
        },
      },
      sources: await sources(),
      clock: () => new Date(NOW),
      token: TOKEN,
      log,
    });
    const res = await broken.request('/api/actors');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('secret');
    expect(JSON.parse(text)).toMatchObject({
      status: 500,
      title: 'Internal error',
      instance: '/api/actors',
    });
    expect(logged[0]?.fields?.error).toMatchObject({ message: 'secret internal detail' });
  });
});

describe('request log', () => {
  it('writes one line per request', async () => {
    const lines: Record<string, unknown>[] = [];
    const log: Logger = { info: (msg, fields) => lines.push({ msg, ...fields }), error: () => {} };
    const logged = await givenApp({ log });
    await logged.app.request('/api/timeline?limit=1');
    expect(lines).toEqual([
      expect.objectContaining({
        msg: 'request',
        method: 'GET',
        path: '/api/timeline',
        status: 200,
      }),
    ]);
    await logged.close();
  });
});

describe('request bodies', () => {
  it('answers 413 problem+json for a body beyond the limit, before reading the token', async () => {
    const res = await t.app.request('/api/subjects/maritiem-steunpakket/events', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(5 * 1024 * 1024) },
      body: 'x'.repeat(5 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
    expect((await problemOf(res)).body).toMatchObject({ status: 413, title: 'Payload too large' });
  });
});
