import { afterEach, describe, expect, it } from 'vitest';
import { givenFileApp } from '../../support/fileApp.js';
import type { FileApp } from '../../support/fileApp.js';
import { IDS, jsonHeaders, problemOf } from '../../support/app.js';

let t: FileApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const retraction = (app: FileApp) =>
  app.app.request(`/api/events/${IDS.mou}/retractions`, {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify({ reason: 'x', source: app.events[3]!.source }),
  });

describe('the write rate limit', () => {
  it('answers 429 problem+json with Retry-After once a client has used its burst; reads go on', async () => {
    t = await givenFileApp({ writeRateLimit: { perSecond: 0.5, burst: 2 } });
    expect((await retraction(t)).status).toBe(201);
    // The second retraction of the same event appends nothing (200), but is a write all the same.
    expect((await retraction(t)).status).toBe(200);
    const head = await t.store.head();
    const refused = await retraction(t);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('2');
    const { contentType, body } = await problemOf(refused);
    expect(contentType).toBe('application/problem+json');
    expect(body).toMatchObject({ status: 429, title: 'Too many requests', retryAfter: 2 });
    expect(body.detail).toMatch(/0.5 writes per second/);
    expect(await t.store.head()).toBe(head);
    expect((await t.app.request('/api/timeline')).status).toBe(200);
  });

  it('counts refused writes too, so a token cannot be guessed at speed', async () => {
    t = await givenFileApp({ writeRateLimit: { perSecond: 1, burst: 3 } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await t.app.request(`/api/events/${IDS.mou}/retractions`, {
        method: 'POST',
        headers: { Authorization: `Bearer guess-${i}` },
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });
});

describe('the body size limit', () => {
  it('answers 413 problem+json to a body over 4 MiB and stores nothing', async () => {
    t = await givenFileApp();
    const head = await t.store.head();
    const big = JSON.stringify({ reason: 'x'.repeat(4 * 1024 * 1024), source: {} });
    const res = await t.app.request(`/api/events/${IDS.mou}/retractions`, {
      method: 'POST',
      headers: { ...jsonHeaders, 'Content-Length': String(Buffer.byteLength(big)) },
      body: big,
    });
    expect(res.status).toBe(413);
    const { contentType, body } = await problemOf(res);
    expect(contentType).toBe('application/problem+json');
    expect(body.detail).toMatch(/at most 4194304 bytes/);
    expect(await t.store.head()).toBe(head);
  });

  it('also when the body comes as a stream without Content-Length', async () => {
    t = await givenFileApp();
    const chunk = new TextEncoder().encode('x'.repeat(1024 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 5) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await t.app.request(`/api/subjects/maritiem-steunpakket/events`, {
      method: 'POST',
      headers: jsonHeaders,
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await problemOf(res)).body.status).toBe(413);
  });
});
