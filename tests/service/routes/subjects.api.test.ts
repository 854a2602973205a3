import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SubjectDetail, SubjectSummary, TimelinePage } from '@kroniek/service';
import { DOC, givenApp, IDS, jsonHeaders, problemOf, quote, sources } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';

let t: TestApp;
beforeEach(async () => (t = await givenApp()));
afterEach(() => t.close());

/** The letter's text, read before the test tables below are built. */
const TEXT = (await sources()).get(DOC)!.text;
const NEW_ID = '66666666-6666-4666-8666-666666666666';

/** A delivery on the maritime package, as a client would post it (no schemaVersion). */
function delivery(overrides: Record<string, unknown> = {}) {
  return {
    type: 'SupportDelivered',
    stage: 'started',
    title: 'Eerste leveringen maritiem pakket',
    category: 'ukraine-support',
    occurred: { precision: 'between', latest: '2025-06-04', wording: 'al gedaan' },
    knownAt: {
      date: { precision: 'between', earliest: '2025-06-05', latest: '2025-06-23' },
      basis: 'source-publication',
    },
    source: quote(TEXT, 'De eerste leveringen zijn al gedaan en gaan door tot'),
    actors: [{ id: 'nl-minister-defensie', name: 'Minister van Defensie', role: 'donor' }],
    ...overrides,
  };
}

const post = (
  body: unknown,
  headers: Record<string, string> = jsonHeaders,
  subject = 'maritiem-steunpakket',
) =>
  t.app.request(`/api/subjects/${subject}/events`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });

describe('GET /api/subjects', () => {
  it('lists subjects with their lifecycle status', async () => {
    const res = await t.app.request('/api/subjects');
    expect(res.status).toBe(200);
    const { subjects } = (await res.json()) as { subjects: SubjectSummary[] };
    expect(subjects.find((s) => s.id === 'mou-nl-oekraine-g2b')?.status).toBe('signed');
    expect(subjects.find((s) => s.id === 'briefing-kritieke-capaciteiten')).toMatchObject({
      kind: 'commitment',
      status: 'open',
    });
  });

  it('shows one subject, 404 for an unknown one and 400 for a malformed id', async () => {
    const res = await t.app.request('/api/subjects/maritiem-steunpakket');
    expect(res.status).toBe(200);
    expect(((await res.json()) as SubjectDetail).items.map((i) => i.id)).toEqual([IDS.maritime]);
    const missing = await t.app.request('/api/subjects/no-such-subject');
    expect(missing.status).toBe(404);
    expect((await problemOf(missing)).body).toMatchObject({
      status: 404,
      subject: 'no-such-subject',
    });
    expect((await t.app.request('/api/subjects/Not_A_Slug')).status).toBe(400);
  });
});

describe('POST /api/subjects/:id/events', () => {
  it('appends an event without id: the server gives it a UUID and the schema version, and reads see it at once', async () => {
    const res = await post(delivery());
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      revision: number;
      position: number;
      appended: number;
      events: { id: string }[];
    };
    expect(body).toMatchObject({ revision: 1, position: 5, appended: 1 });
    const id = body.events[0]!.id;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('Location')).toBe(`/api/events/${id}`);
    const stored = await t.store.getById(id);
    expect(stored?.data).toMatchObject({ schemaVersion: 1, subject: 'maritiem-steunpakket', id });
    const timeline = (await (
      await t.app.request('/api/timeline?subjects=maritiem-steunpakket')
    ).json()) as TimelinePage;
    expect(timeline.items.map((i) => i.id)).toContain(id);
  });

  it('is idempotent for an event posted again with the same id', async () => {
    const first = await post(delivery({ id: NEW_ID }));
    expect(first.status).toBe(201);
    const again = await post(delivery({ id: NEW_ID }));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({
      appended: 0,
      events: [{ id: NEW_ID, position: 5 }],
    });
    expect(await t.store.head()).toBe(5);
  });

  it('answers 409 for an id reused with other content', async () => {
    await post(delivery({ id: NEW_ID }));
    const res = await post(delivery({ id: NEW_ID, title: 'Iets anders' }));
    expect(res.status).toBe(409);
    expect((await problemOf(res)).body).toMatchObject({ status: 409, id: NEW_ID });
  });

  it('appends a batch with an expected revision, and answers 409 with the actual revision on conflict', async () => {
    const ok = await post({
      events: [delivery(), delivery({ stage: 'partial' })],
      expectedRevision: 0,
    });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ revision: 2, appended: 2 });
    const stale = await post({ events: [delivery()], expectedRevision: 0 });
    expect(stale.status).toBe(409);
    const { contentType, body } = await problemOf(stale);
    expect(contentType).toBe('application/problem+json');
    expect(body).toMatchObject({
      status: 409,
      expectedRevision: 0,
      actualRevision: 2,
      stream: 'maritiem-steunpakket',
    });
    expect(await t.store.head()).toBe(6);
  });

  it('takes the expected revision from If-Match too', async () => {
    const stale = await post(delivery(), { ...jsonHeaders, 'If-Match': '"3"' });
    expect(stale.status).toBe(409);
    expect((await problemOf(stale)).body.actualRevision).toBe(0);
    const ok = await post(delivery(), { ...jsonHeaders, 'If-Match': '"0"' });
    expect(ok.status).toBe(201);
    const bad = await post(delivery(), { ...jsonHeaders, 'If-Match': 'soon' });
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).body.issues?.[0]?.path).toBe('If-Match');
  });

  it('creates a new subject when it expects no stream', async () => {
    const res = await post(
      delivery({ expectedRevision: 'no_stream' }),
      jsonHeaders,
      'nieuw-onderwerp',
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ stream: 'nieuw-onderwerp', revision: 0 });
  });

  it.each([
    ['no header', {}],
    ['a wrong token', { Authorization: 'Bearer wrong' }],
    ['another scheme', { Authorization: 'Basic dGVzdDp0ZXN0' }],
  ])('answers 401 with %s and stores nothing', async (_label, headers) => {
    const res = await post(delivery(), { 'Content-Type': 'application/json', ...headers });
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toContain('Bearer');
    expect((await problemOf(res)).contentType).toBe('application/problem+json');
    expect(await t.store.head()).toBe(4);
  });

  it.each([
    ['a missing title', delivery({ title: undefined }), 'title'],
    ['an unknown stage', delivery({ stage: 'maybe' }), 'stage'],
    [
      'a non-existent day',
      delivery({ occurred: { precision: 'day', date: '2025-06-31' } }),
      'occurred.date',
    ],
    ['an unknown field', delivery({ colour: 'red' }), 'colour'],
    [
      'a range with low above high',
      delivery({
        money: [
          {
            currency: 'EUR',
            amount: { kind: 'range', low: 9, high: 1 },
            approximate: false,
            wording: 'x',
          },
        ],
      }),
      'money.0.amount.high',
    ],
    ['another subject', delivery({ subject: 'udcg-2025-06' }), 'subject'],
    [
      'an amendment type',
      delivery({ type: 'EventRetracted', stage: undefined, retracts: IDS.mou, reason: 'x' }),
      'type',
    ],
    [
      'an unknown source document',
      delivery({ source: { ...quote(TEXT, 'De eerste leveringen'), documentId: 'bestaat-niet' } }),
      'source.documentId',
    ],
    [
      'a quotation that is not the text at its place',
      delivery({
        source: { ...quote(TEXT, 'De eerste leveringen'), quotation: 'De laatste leveringen' },
      }),
      'source.quotation',
    ],
    [
      'a bad batch member',
      { events: [delivery(), delivery({ stage: 'maybe' })] },
      'events.1.stage',
    ],
    [
      'a bad expectedRevision',
      { events: [delivery()], expectedRevision: 'later' },
      'expectedRevision',
    ],
  ])('answers 400 naming the field for %s, and stores nothing', async (_label, body, field) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const { contentType, body: problem } = await problemOf(res);
    expect(contentType).toBe('application/problem+json');
    expect(problem.issues?.map((i) => i.path)).toContain(field);
    expect(await t.store.head()).toBe(4);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await t.app.request('/api/subjects/maritiem-steunpakket/events', {
      method: 'POST',
      headers: jsonHeaders,
      body: '{"type":',
    });
    expect(res.status).toBe(400);
    expect((await problemOf(res)).contentType).toBe('application/problem+json');
  });

  it('answers 400 for a fulfilment of an unknown commitment', async () => {
    const res = await post(
      delivery({ type: 'ParliamentaryCommitmentFulfilled', stage: undefined, fulfils: IDS.mou }),
      jsonHeaders,
      'briefing-kritieke-capaciteiten',
    );
    expect(res.status).toBe(400);
    expect((await problemOf(res)).body.issues?.[0]?.path).toBe('fulfils');
  });

  it('checks the token before the body', async () => {
    const res = await t.app.request('/api/subjects/maritiem-steunpakket/events', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: 'nonsense',
    });
    expect(res.status).toBe(401);
  });
});
