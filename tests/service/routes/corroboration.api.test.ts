import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventDetail, TimelinePage } from '@kroniek/service';
import { DOC, givenApp, IDS, jsonHeaders, quote } from '../../support/app.js';
import type { ProblemBody, TestApp } from '../../support/app.js';
import { serveOnLoopback } from '../../support/liveServer.js';
import { retraction } from '../../support/writes.js';
import { createDocumentValidator } from '../../support/openapiCheck.js';
import type { OpenApiDoc } from '../../support/openapiCheck.js';

// Corroborations over real HTTP: a second citation of the maritime package (the fixture's
// sources hold one document, so the "other source" cites another sentence of it), known on an
// earlier day than the package itself.

let t: TestApp;
let server: { url: string; close(): Promise<void> };
beforeEach(async () => {
  t = await givenApp();
  server = await serveOnLoopback(t.app);
});
afterEach(async () => {
  await server.close();
  await t.close();
});

const MARITIME_SUBJECT = 'maritiem-steunpakket';

function corroboration(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'EventCorroborated',
    corroborates: IDS.maritime,
    title: 'Het maritieme pakket, zoals ook elders vermeld',
    category: 'ukraine-support',
    occurred: { precision: 'day', date: '2025-06-04' },
    knownAt: { date: { precision: 'day', date: '2025-06-02' }, basis: 'source-publication' },
    source: quote(t.text, 'De totale waarde aan dit steunpakket voor maritieme'),
    actors: [],
    ...overrides,
  };
}

const post = (path: string, body: unknown) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify(body),
  });
const get = async <T>(path: string) => {
  const res = await fetch(`${server.url}${path}`);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
};
const corroborate = (body: Record<string, unknown>, subject = MARITIME_SUBJECT) =>
  post(`/api/subjects/${subject}/events`, body);

describe('POST a corroboration', () => {
  it('adds a source: the fact is known from the earlier day, and lists both citations', async () => {
    const before = await get<TimelinePage>('/api/timeline?knownBy=2025-06-03');
    expect(before.items.map((i) => i.id)).not.toContain(IDS.maritime);

    const res = await corroborate(corroboration());
    expect(res.status).toBe(201);
    const written = (await res.json()) as { events: { id: string }[] };
    const id = written.events[0]!.id;

    const page = await get<TimelinePage>('/api/timeline?knownBy=2025-06-03');
    const item = page.items.find((i) => i.id === IDS.maritime)!;
    expect(item.knownOn).toBe('2025-06-02');
    expect(item.sources).toEqual({ count: 1, documentIds: [DOC], disagreements: [] });
    const all = await get<TimelinePage>('/api/timeline');
    expect(all.items.find((i) => i.id === IDS.maritime)!.sources.count).toBe(2);
    // The corroboration is no fact of its own.
    expect(all.items.map((i) => i.id)).not.toContain(id);

    const detail = await get<EventDetail>(`/api/events/${IDS.maritime}`);
    expect(detail.citations.map((c) => [c.id, c.role, c.earliest])).toEqual([
      [IDS.maritime, 'own', false],
      [id, 'corroboration', true],
    ]);
    expect(detail.citations[1]!.source.quotation).toBe(
      'De totale waarde aan dit steunpakket voor maritieme',
    );
    expect((await get<EventDetail>(`/api/events/${id}`)).viaCorroboration).toBe(id);
  });

  it('answers as the OpenAPI document says: request, detail, timeline and chart', async () => {
    const v = createDocumentValidator(await get<OpenApiDoc>('/api/openapi.json'));
    const other = [
      {
        currency: 'EUR',
        amount: { kind: 'exact', value: 450_000_000 },
        approximate: false,
        wording: '€450 mln',
      },
    ];
    const body = corroboration({ money: other });
    expect(v.requestBody('/api/subjects/{id}/events', 'post', body)).toEqual([]);
    expect((await corroborate(body)).status).toBe(201);
    const detail = await get<EventDetail>(`/api/events/${IDS.maritime}`);
    expect(detail.citations).toHaveLength(2);
    expect(v.response('/api/events/{id}', 'get', '200', 'application/json', detail)).toEqual([]);
    const page = await get<TimelinePage>('/api/timeline');
    expect(v.response('/api/timeline', 'get', '200', 'application/json', page)).toEqual([]);
    const chart = await get<{ lines: { points: { disputed?: unknown[] }[] }[] }>(
      '/api/charts/money-cumulative',
    );
    expect(chart.lines.flatMap((l) => l.points).some((p) => p.disputed?.length)).toBe(true);
    expect(v.response('/api/charts/{series}', 'get', '200', 'application/json', chart)).toEqual([]);
  });

  it('shows another amount with its source and keeps the record’s value', async () => {
    const other = [
      {
        currency: 'EUR',
        amount: { kind: 'exact', value: 450_000_000 },
        approximate: false,
        wording: '€450 mln',
      },
    ];
    expect((await corroborate(corroboration({ money: other }))).status).toBe(201);
    const detail = await get<EventDetail>(`/api/events/${IDS.maritime}`);
    expect(detail.current.money).toEqual(t.events.find((e) => e.id === IDS.maritime)!.money);
    expect(detail.item.sources.disagreements).toEqual(['money']);
    const money = detail.citations[1]!.agreement.find((a) => a.field === 'money')!;
    expect(money).toMatchObject({
      agreement: 'differs',
      stated: other,
      record: detail.current.money,
    });
  });

  it('refuses a corroboration of an unknown event, naming the field', async () => {
    const res = await corroborate(
      corroboration({ corroborates: '99999999-9999-4999-8999-999999999999' }),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as ProblemBody;
    expect(body.issues).toEqual([
      { path: 'corroborates', message: expect.stringContaining('no event') },
    ]);
  });

  it('refuses a corroboration of an amendment, and of a corroboration', async () => {
    const retracted = await post(`/api/events/${IDS.mou}/retractions`, retraction());
    const retractionId = ((await retracted.json()) as { events: { id: string }[] }).events[0]!.id;
    const res = await corroborate(corroboration({ corroborates: retractionId }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as ProblemBody;
    expect(body.issues?.[0]).toMatchObject({ path: 'corroborates' });
    expect(body.issues?.[0]?.message).toContain('EventRetracted');

    const first = await corroborate(corroboration());
    const corId = ((await first.json()) as { events: { id: string }[] }).events[0]!.id;
    const again = await corroborate(corroboration({ corroborates: corId, title: 'Nog een bron' }));
    expect(again.status).toBe(400);
    expect(((await again.json()) as ProblemBody).issues?.[0]?.message).toContain(
      'EventCorroborated',
    );
  });

  it('refuses a corroboration of a retracted fact', async () => {
    expect((await post(`/api/events/${IDS.mou}/retractions`, retraction())).status).toBe(201);
    const res = await corroborate(
      corroboration({ corroborates: IDS.mou, title: 'De MoU, elders' }),
      'mou-nl-oekraine-g2b',
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as ProblemBody;
    expect(body.issues).toEqual([
      { path: 'corroborates', message: expect.stringContaining('retracted') },
    ]);
    const head = await t.store.head();
    expect((await t.store.readAll()).filter((e) => e.type === 'EventCorroborated')).toHaveLength(0);
    expect(await t.store.head()).toBe(head);
  });

  it('is retracted like any event: the fact falls back to its own day', async () => {
    const res = await corroborate(corroboration());
    const id = ((await res.json()) as { events: { id: string }[] }).events[0]!.id;
    const withdrawn = await post(
      `/api/events/${id}/retractions`,
      retraction({ reason: 'verkeerde bron' }),
    );
    expect(withdrawn.status).toBe(201);
    const page = await get<TimelinePage>('/api/timeline');
    const item = page.items.find((i) => i.id === IDS.maritime)!;
    expect(item.knownOn).toBe('2025-06-04');
    expect(item.sources.count).toBe(1);
    // The retraction was made public the day it was recorded (1 July): as known before then the
    // source still stood.
    const early = await get<TimelinePage>('/api/timeline?knownBy=2025-06-03');
    expect(early.items.find((i) => i.id === IDS.maritime)?.knownOn).toBe('2025-06-02');
    const late = await get<TimelinePage>('/api/timeline?knownBy=2025-07-01');
    expect(late.items.find((i) => i.id === IDS.maritime)?.knownOn).toBe('2025-06-04');
  });
});
