import * as crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { givenFileApp } from '../../support/fileApp.js';
import type { FileApp } from '../../support/fileApp.js';
import { IDS, problemOf, TOKEN } from '../../support/app.js';

// Spy on the comparison the bearer check makes, keeping its behaviour.
vi.mock('node:crypto', async (original) => {
  const actual = await original<typeof crypto>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

let t: FileApp;
beforeAll(async () => (t = await givenFileApp()));
afterAll(() => t.close());

const retract = (authorization?: string) =>
  t.app.request(`/api/events/${IDS.mou}/retractions`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(authorization === undefined ? {} : { Authorization: authorization }),
    },
    body: JSON.stringify({ reason: 'x', source: t.events[3]!.source }),
  });

describe('the bearer token on writes', () => {
  const wrong: [string, string | undefined][] = [
    ['no header', undefined],
    ['an empty header', ''],
    ['the scheme alone', 'Bearer'],
    ['an empty token', 'Bearer '],
    ['a one-character token', 'Bearer x'],
    ['a prefix of the token', `Bearer ${TOKEN.slice(0, -1)}`],
    ['the token with one character more', `Bearer ${TOKEN}0`],
    ['the token twice', `Bearer ${TOKEN}${TOKEN}`],
    [
      'the last character changed',
      `Bearer ${TOKEN.slice(0, -1)}${TOKEN.endsWith('x') ? 'y' : 'x'}`,
    ],
    ['the first character changed', `Bearer X${TOKEN.slice(1)}`],
    ['a 10 kB token', `Bearer ${'a'.repeat(10_000)}`],
    ['the token in another scheme', `Basic ${TOKEN}`],
    ['the token with a space inside', `Bearer ${TOKEN.slice(0, 4)} ${TOKEN.slice(4)}`],
  ];

  it.each(wrong)('answers 401 problem+json to %s and stores nothing', async (_label, header) => {
    const head = await t.store.head();
    const res = await retract(header);
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toBe('Bearer realm="kroniek"');
    const { contentType, body } = await problemOf(res);
    expect(contentType).toBe('application/problem+json');
    expect(body.detail).toMatch(/bearer token/);
    expect(await t.store.head()).toBe(head);
  });

  it('compares fixed-length digests with timingSafeEqual, whatever the length sent', async () => {
    const spy = vi.mocked(crypto.timingSafeEqual);
    spy.mockClear();
    for (const token of ['x', TOKEN.slice(0, -1), `${TOKEN}0`, 'a'.repeat(10_000)]) {
      expect((await retract(`Bearer ${token}`)).status).toBe(401);
    }
    expect(spy).toHaveBeenCalledTimes(4);
    for (const [a, b] of spy.mock.calls) {
      // Both sides are SHA-256 digests: equal length, so the comparison time says nothing.
      expect([(a as Buffer).length, (b as Buffer).length]).toEqual([32, 32]);
    }
  });

  it('accepts the right token (scheme in any case) and appends', async () => {
    const head = await t.store.head();
    const res = await retract(`bearer ${TOKEN}`);
    expect(res.status).toBe(201);
    expect(await t.store.head()).toBe(head + 1);
  });
});
