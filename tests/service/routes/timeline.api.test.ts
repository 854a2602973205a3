import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimelinePage } from '@kroniek/service';
import { givenApp, IDS, problemOf } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';

let t: TestApp;
beforeEach(async () => (t = await givenApp()));
afterEach(() => t.close());

const page = async (url: string) => {
  const res = await t.app.request(url);
  expect(res.status).toBe(200);
  return (await res.json()) as TimelinePage;
};

describe('GET /api/timeline', () => {
  it('lists the stored events with their source quotation and date precision', async () => {
    const body = await page('/api/timeline');
    expect(body.total).toBe(4);
    expect(body.items.map((i) => i.id)).toContain(IDS.maritime);
    const maritime = body.items.find((i) => i.id === IDS.maritime)!;
    expect(maritime.money?.[0]?.wording).toBe('circa €400 mln');
    expect(maritime.source.quotation).toBe(
      t.text.slice(maritime.source.location.start, maritime.source.location.end),
    );
  });

  it('filters by kind, subject and occurred range', async () => {
    expect((await page('/api/timeline?kinds=AgreementSigned')).items.map((i) => i.id)).toEqual([
      IDS.mou,
    ]);
    expect((await page('/api/timeline?subjects=udcg-2025-06,mou-nl-oekraine-g2b')).total).toBe(2);
    expect((await page('/api/timeline?kinds=MeetingHeld&kinds=AgreementSigned')).total).toBe(2);
    const june5 = await page('/api/timeline?from=2025-06-05&to=2025-06-05');
    expect(june5.items.map((i) => i.id)).toContain(IDS.mou);
    expect(june5.items.map((i) => i.id)).not.toContain(IDS.udcg);
  });

  it('replays as of a day: later events are listed as later and not counted', async () => {
    const body = await page('/api/timeline?asOf=2025-06-04');
    const mou = body.items.find((i) => i.id === IDS.mou)!;
    expect(mou.status).toBe('later');
    expect(body.counts.later).toBeGreaterThanOrEqual(1);
    expect(body.counts.byType.AgreementSigned).toBeUndefined();
  });

  it('leaves out what was not yet known by a day', async () => {
    const body = await page('/api/timeline?knownBy=2025-06-04');
    expect(body.items.map((i) => i.id).sort()).toEqual([IDS.udcg, IDS.maritime].sort());
  });

  it('pages with an opaque cursor without repeating or losing an item', async () => {
    const first = await page('/api/timeline?limit=3');
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await page(`/api/timeline?limit=3&cursor=${first.nextCursor}`);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.items, ...second.items].map((i) => i.id);
    expect(new Set(ids).size).toBe(4);
  });

  it.each([
    ['asOf=2025-02-30', 'asOf'],
    ['knownBy=yesterday', 'knownBy'],
    ['recordedAsOf=soon', 'recordedAsOf'],
    ['kinds=Nonsense', 'kinds.0'],
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['from=2025-06-10&to=2025-06-01', 'to'],
    ['includeRetracted=maybe', 'includeRetracted'],
    ['colour=red', 'colour'],
    ['cursor=bm90LWEtY3Vyc29y', 'cursor'],
  ])('answers 400 problem+json naming the field for %s', async (query, field) => {
    const res = await t.app.request(`/api/timeline?${query}`);
    expect(res.status).toBe(400);
    const { contentType, body } = await problemOf(res);
    expect(contentType).toBe('application/problem+json');
    expect(body).toMatchObject({ status: 400, title: 'Invalid input', instance: '/api/timeline' });
    expect(body.issues?.map((i) => i.path)).toContain(field);
  });
});

describe('ETag of log-derived responses', () => {
  it('answers 304 to If-None-Match while the log is unchanged, and a new tag after an append', async () => {
    const first = await t.app.request('/api/timeline?limit=2');
    const tag = first.headers.get('ETag');
    expect(tag).toMatch(/^W\/"4\./);
    const again = await t.app.request('/api/timeline?limit=2', {
      headers: { 'If-None-Match': tag! },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    const otherQuery = await t.app.request('/api/timeline?limit=3', {
      headers: { 'If-None-Match': tag! },
    });
    expect(otherQuery.status).toBe(200);

    const [e] = t.events;
    await t.store.append('udcg-2025-06', [
      {
        id: '55555555-5555-4555-8555-555555555555',
        type: e!.type,
        data: { ...e!, id: '55555555-5555-4555-8555-555555555555' },
      },
    ]);
    const after = await t.app.request('/api/timeline?limit=2', {
      headers: { 'If-None-Match': tag! },
    });
    expect(after.status).toBe(200);
    expect(after.headers.get('ETag')).toMatch(/^W\/"5\./);
  });

  it('serves a repeat of the same query from the kept response, and a fresh one after an append', async () => {
    let projected = 0;
    const timeline = t.readModel.timeline.bind(t.readModel);
    t.readModel.timeline = (q) => (projected++, timeline(q));
    const first = await t.app.request('/api/timeline?limit=50');
    const second = await t.app.request('/api/timeline?limit=50');
    expect(second.status).toBe(200);
    expect(second.headers.get('Content-Type')).toBe(first.headers.get('Content-Type'));
    expect(await second.text()).toBe(await first.text());
    expect(projected).toBe(1);

    const [e] = t.events;
    const id = '66666666-6666-4666-8666-666666666666';
    await t.store.append('udcg-2025-06', [{ id, type: e!.type, data: { ...e!, id } }]);
    const after = (await (await t.app.request('/api/timeline?limit=50')).json()) as TimelinePage;
    expect(projected).toBe(2);
    expect(after.items.map((i) => i.id)).toContain(id);
  });

  it('changes with the day, since views are relative to today', async () => {
    const tag = (await t.app.request('/api/subjects')).headers.get('ETag')!;
    t.setNow('2025-12-15T10:00:00.000Z');
    const res = await t.app.request('/api/subjects', { headers: { 'If-None-Match': tag } });
    expect(res.status).toBe(200);
  });

  it('answers If-None-Match: * with 304 only for a resource that exists', async () => {
    const any = { headers: { 'If-None-Match': '*' } };
    const exists = await t.app.request(`/api/events/${IDS.mou}`, any);
    expect(exists.status).toBe(304);
    expect(exists.headers.get('ETag')).toMatch(/^W\//);
    expect(await exists.text()).toBe('');
    // The same answer when the response was kept from an earlier request.
    await t.app.request('/api/timeline?limit=2');
    expect((await t.app.request('/api/timeline?limit=2', any)).status).toBe(304);

    const missing = await t.app.request('/api/events/77777777-7777-4777-8777-777777777777', any);
    expect(missing.status).toBe(404);
    expect((await problemOf(missing)).body.status).toBe(404);
    expect((await t.app.request('/api/subjects/no-such-subject', any)).status).toBe(404);
    expect((await t.app.request('/api/no-such-route', any)).status).toBe(404);
    const invalid = await t.app.request('/api/timeline?limit=-1', any);
    expect(invalid.status).toBe(400);
  });
});
