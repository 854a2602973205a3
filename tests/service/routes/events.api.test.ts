import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventDetail, TimelinePage } from '@kroniek/service';
import { DOC, givenApp, IDS, jsonHeaders, problemOf, quote, sources } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';

const TEXT = (await sources()).get(DOC)!.text;

let t: TestApp;
beforeEach(async () => (t = await givenApp()));
afterEach(() => t.close());

const correction = (overrides: Record<string, unknown> = {}) => ({
  changes: { title: 'Maritiem steunpakket (58 patrouilleboten, 62 vaartuigen, 67 drones)' },
  reason: 'de titel noemt nu de onderdelen van het pakket',
  source: quote(TEXT, 'De totale waarde aan dit steunpakket voor maritieme'),
  occurred: { precision: 'day', date: '2025-06-20' },
  knownAt: { date: { precision: 'day', date: '2025-06-20' }, basis: 'stated' },
  ...overrides,
});

const postTo = (path: string, body: unknown, headers: Record<string, string> = jsonHeaders) =>
  t.app.request(path, { method: 'POST', headers, body: JSON.stringify(body) });

const detail = async (id: string, query = '') => {
  const res = await t.app.request(`/api/events/${id}${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as EventDetail;
};

describe('GET /api/events/:id', () => {
  it('shows the event with its source and an empty history', async () => {
    const body = await detail(IDS.maritime);
    expect(body.item.title).toBe('Maritiem steunpakket voor Oekraïne');
    expect(body.history).toEqual([]);
    expect(body.retraction).toBeNull();
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const missing = await t.app.request('/api/events/99999999-9999-4999-8999-999999999999');
    expect(missing.status).toBe(404);
    expect((await problemOf(missing)).body).toMatchObject({ status: 404, title: 'Not found' });
    const malformed = await t.app.request('/api/events/not-a-uuid');
    expect(malformed.status).toBe(400);
    expect((await problemOf(malformed)).body.issues?.[0]?.path).toBe('id');
  });
});

describe('POST /api/events/:id/corrections', () => {
  it('records a correction: the current view changes, the original and the history stay', async () => {
    const res = await postTo(`/api/events/${IDS.maritime}/corrections`, correction());
    expect(res.status).toBe(201);
    const created = (await res.json()) as {
      stream: string;
      events: { id: string; type: string }[];
    };
    expect(created.stream).toBe('maritiem-steunpakket');
    expect(created.events[0]?.type).toBe('EventCorrected');

    const body = await detail(IDS.maritime);
    expect(body.current.title).toBe(
      'Maritiem steunpakket (58 patrouilleboten, 62 vaartuigen, 67 drones)',
    );
    expect(body.original.title).toBe('Maritiem steunpakket voor Oekraïne');
    expect(body.history).toHaveLength(1);
    expect(body.history[0]).toMatchObject({
      type: 'EventCorrected',
      reason: 'de titel noemt nu de onderdelen van het pakket',
      knownOn: '2025-06-20',
    });

    // Known only from 20 June: a replay of what was known before then shows the original.
    const before = await detail(IDS.maritime, '?knownBy=2025-06-10');
    expect(before.current.title).toBe('Maritiem steunpakket voor Oekraïne');
  });

  it('answers 404 for an unknown event, 400 for a correction of a correction, 400 for empty changes', async () => {
    expect(
      (await postTo('/api/events/99999999-9999-4999-8999-999999999999/corrections', correction()))
        .status,
    ).toBe(404);
    const first = (await (
      await postTo(`/api/events/${IDS.maritime}/corrections`, correction())
    ).json()) as { events: { id: string }[] };
    const ofCorrection = await postTo(
      `/api/events/${first.events[0]!.id}/corrections`,
      correction(),
    );
    expect(ofCorrection.status).toBe(400);
    expect((await problemOf(ofCorrection)).body.issues?.[0]?.path).toBe('id');
    const empty = await postTo(
      `/api/events/${IDS.maritime}/corrections`,
      correction({ changes: {} }),
    );
    expect(empty.status).toBe(400);
    expect((await problemOf(empty)).body.issues?.map((i) => i.path)).toContain('changes');
  });

  it('rejects a change of a field that cannot be corrected, naming it', async () => {
    const res = await postTo(
      `/api/events/${IDS.maritime}/corrections`,
      correction({ changes: { subject: 'elders' } }),
    );
    expect(res.status).toBe(400);
    expect((await problemOf(res)).body.issues?.map((i) => i.path)).toContain('changes.subject');
    expect(await t.store.head()).toBe(4);
  });

  it('is idempotent with an id, and answers 409 with the actual revision when the stream moved on', async () => {
    const id = '77777777-7777-4777-8777-777777777777';
    expect(
      (await postTo(`/api/events/${IDS.maritime}/corrections`, correction({ id }))).status,
    ).toBe(201);
    expect(
      (await postTo(`/api/events/${IDS.maritime}/corrections`, correction({ id }))).status,
    ).toBe(200);
    const stale = await postTo(
      `/api/events/${IDS.maritime}/corrections`,
      correction({ expectedRevision: 0 }),
    );
    expect(stale.status).toBe(409);
    expect((await problemOf(stale)).body).toMatchObject({ expectedRevision: 0, actualRevision: 1 });
  });

  it('needs the token', async () => {
    const res = await postTo(`/api/events/${IDS.maritime}/corrections`, correction(), {
      'Content-Type': 'application/json',
    });
    expect(res.status).toBe(401);
  });
});

describe('POST /api/events/:id/retractions', () => {
  const retraction = () => ({
    reason: 'dubbel geregistreerd',
    source: quote(
      TEXT,
      'En marge van de DMM is een Memorandum of Understanding tussen Nederland en',
      'DMM',
    ),
    knownAt: { date: { precision: 'day', date: '2025-06-30' }, basis: 'stated' },
    occurred: { precision: 'day', date: '2025-06-30' },
  });

  it('retracts: the event leaves the timeline unless asked for, and keeps its history', async () => {
    const res = await postTo(`/api/events/${IDS.mou}/retractions`, retraction());
    expect(res.status).toBe(201);
    const timeline = (await (await t.app.request('/api/timeline')).json()) as TimelinePage;
    expect(timeline.items.map((i) => i.id)).not.toContain(IDS.mou);
    const all = (await (
      await t.app.request('/api/timeline?includeRetracted=true')
    ).json()) as TimelinePage;
    expect(all.items.find((i) => i.id === IDS.mou)?.retracted).toBe(true);
    const body = await detail(IDS.mou);
    expect(body.retraction).toMatchObject({
      type: 'EventRetracted',
      reason: 'dubbel geregistreerd',
    });
  });

  it('defaults occurred and knownAt to the day it is recorded, from the injected clock', async () => {
    const res = await postTo(`/api/events/${IDS.mou}/retractions`, {
      ...retraction(),
      occurred: undefined,
      knownAt: undefined,
    });
    const { events } = (await res.json()) as { events: { id: string }[] };
    const stored = await t.store.getById(events[0]!.id);
    expect(stored?.data).toMatchObject({
      occurred: { precision: 'day', date: '2025-07-01' },
      retracts: IDS.mou,
    });
  });

  it('answers 400 naming a missing reason', async () => {
    const res = await postTo(`/api/events/${IDS.mou}/retractions`, {
      ...retraction(),
      reason: undefined,
    });
    expect(res.status).toBe(400);
    expect((await problemOf(res)).body.issues?.map((i) => i.path)).toContain('reason');
  });
});

describe('the log is never edited', () => {
  it.each(['PUT', 'PATCH', 'DELETE'])('%s on an event answers 405 problem+json', async (method) => {
    const res = await t.app.request(`/api/events/${IDS.mou}`, {
      method,
      headers: jsonHeaders,
      body: '{}',
    });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('GET');
    const { contentType, body } = await problemOf(res);
    expect(contentType).toBe('application/problem+json');
    expect(body).toMatchObject({ status: 405, title: 'Immutable' });
    expect(await t.store.head()).toBe(4);
  });
});
