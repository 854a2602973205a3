import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auth, givenApp, IDS, problemOf } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { correction, delivery, postJson, retraction } from '../../support/writes.js';

// A write reads its body as JSON only when the request says it is JSON: anything else is a 415
// that names the type expected, not a 400 about a missing object.

let t: TestApp;
beforeEach(async () => (t = await givenApp()));
afterEach(() => t.close());

const writes: [string, string, Record<string, unknown>][] = [
  ['an append', '/api/subjects/maritiem-steunpakket/events', delivery()],
  ['a correction', `/api/events/${IDS.maritime}/corrections`, correction()],
  ['a retraction', `/api/events/${IDS.mou}/retractions`, retraction()],
];

describe.each(writes)('%s', (_label, path, body) => {
  it.each([
    ['no Content-Type', {}],
    ['text/plain', { 'Content-Type': 'text/plain' }],
    ['a form', { 'Content-Type': 'application/x-www-form-urlencoded' }],
    ['JSON in another charset', { 'Content-Type': 'application/json; charset=iso-8859-1' }],
    ['a JSON-like type', { 'Content-Type': 'application/jsonx' }],
  ])('with %s answers 415 naming application/json, and stores nothing', async (_l, headers) => {
    const res = await postJson(t, path, body, { ...auth, ...headers });
    expect(res.status).toBe(415);
    expect(res.headers.get('Accept-Post')).toBe('application/json');
    const problem = (await problemOf(res)).body;
    expect(problem).toMatchObject({
      status: 415,
      title: 'Unsupported media type',
      expected: 'application/json',
    });
    expect(problem.detail).toContain('Content-Type: application/json');
    expect(await t.store.head()).toBe(4);
  });

  it('is read with application/json, with or without a UTF-8 charset', async () => {
    const res = await postJson(t, path, body, {
      ...auth,
      'Content-Type': 'Application/JSON; charset=UTF-8',
    });
    expect(res.status, await res.clone().text()).toBe(201);
  });

  it('checks the token before the type', async () => {
    const res = await postJson(t, path, body, { 'Content-Type': 'text/plain' });
    expect(res.status).toBe(401);
  });
});
