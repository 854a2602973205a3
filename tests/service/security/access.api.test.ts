import { afterEach, describe, expect, it } from 'vitest';
import { optionsFromEnv } from '@kroniek/service';
import { givenFileApp } from '../../support/fileApp.js';
import type { FileApp } from '../../support/fileApp.js';
import { auth, IDS, problemOf } from '../../support/app.js';

let t: FileApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const reads = [
  '/api/timeline',
  `/api/events/${IDS.mou}`,
  '/api/subjects',
  '/api/log',
  '/api/timeline.csv',
  '/api/calendar.ics',
  '/api/openapi.json',
];

describe('reads by default', () => {
  it.each(reads)('GET %s is public', async (path) => {
    t = await givenFileApp();
    expect((await t.app.request(path)).status).toBe(200);
  });
});

describe('private reads (KRONIEK_PRIVATE_READS=true)', () => {
  it.each(reads)('GET %s needs the bearer token', async (path) => {
    t = await givenFileApp({ privateReads: true });
    const anonymous = await t.app.request(path);
    expect(anonymous.status).toBe(401);
    expect((await problemOf(anonymous)).body).toMatchObject({ status: 401, title: 'Unauthorized' });
    expect((await t.app.request(path, { headers: { Authorization: 'Bearer nope' } })).status).toBe(
      401,
    );
    expect((await t.app.request(path, { headers: auth })).status).toBe(200);
  });

  it('keeps the health checks public and writes behind the token', async () => {
    t = await givenFileApp({ privateReads: true });
    expect((await t.app.request('/healthz')).status).toBe(200);
    expect((await t.app.request('/api/timeline', { headers: auth })).status).toBe(200);
    expect((await t.app.request('/readyz')).status).toBe(200);
    const write = await t.app.request(`/api/events/${IDS.mou}/retractions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(write.status).toBe(401);
  });
});

describe('configuration from the environment', () => {
  it('reads KRONIEK_PRIVATE_READS, KRONIEK_WRITE_RATE and KRONIEK_WRITE_BURST', () => {
    expect(optionsFromEnv({}).privateReads).toBeUndefined();
    expect(optionsFromEnv({ KRONIEK_PRIVATE_READS: 'true' }).privateReads).toBe(true);
    expect(optionsFromEnv({ KRONIEK_PRIVATE_READS: '0' }).privateReads).toBe(false);
    expect(optionsFromEnv({}).writeRateLimit).toBeUndefined();
    expect(optionsFromEnv({ KRONIEK_WRITE_RATE: '5' }).writeRateLimit).toEqual({
      perSecond: 5,
      burst: 100,
    });
    expect(
      optionsFromEnv({ KRONIEK_WRITE_RATE: '2.5', KRONIEK_WRITE_BURST: '10' }).writeRateLimit,
    ).toEqual({ perSecond: 2.5, burst: 10 });
    expect(optionsFromEnv({ KRONIEK_WRITE_RATE: '0' }).writeRateLimit).toBe(false);
  });

  it.each([
    [{ KRONIEK_PRIVATE_READS: 'yes' }, 'KRONIEK_PRIVATE_READS'],
    [{ KRONIEK_WRITE_RATE: 'fast' }, 'KRONIEK_WRITE_RATE'],
    [{ KRONIEK_WRITE_RATE: '-1' }, 'KRONIEK_WRITE_RATE'],
    [{ KRONIEK_WRITE_BURST: '0' }, 'KRONIEK_WRITE_BURST'],
  ])('refuses %o naming the variable', (env, name) => {
    expect(() => optionsFromEnv(env)).toThrow(name);
  });
});
