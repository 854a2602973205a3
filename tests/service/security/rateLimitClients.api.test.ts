import { afterEach, describe, expect, it } from 'vitest';
import { optionsFromEnv } from '@kroniek/service';
import type { AppOptions } from '@kroniek/service';
import { givenFileApp } from '../../support/fileApp.js';
import type { FileApp } from '../../support/fileApp.js';
import { IDS, jsonHeaders, problemOf } from '../../support/app.js';

let t: FileApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** What @hono/node-server hands the app: the socket the request came on. */
const from = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

/** A retraction with the right token, as an editor sends it. */
const editorWrite = (app: FileApp, address: string) =>
  app.app.request(
    `/api/events/${IDS.mou}/retractions`,
    {
      method: 'POST',
      headers: jsonHeaders,
      body: JSON.stringify({ reason: 'x', source: app.events[3]!.source }),
    },
    from(address),
  );

/** A write without a valid token, e.g. a guess at it. */
const anonymousWrite = (app: FileApp, address: string, headers: Record<string, string> = {}) =>
  app.app.request(
    `/api/events/${IDS.mou}/retractions`,
    { method: 'POST', headers: { Authorization: 'Bearer a-guess', ...headers } },
    from(address),
  );

async function statusesOf(
  n: number,
  send: (i: number) => Response | Promise<Response>,
): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < n; i++) statuses.push((await send(i)).status);
  return statuses;
}

const DEFAULTS: Partial<AppOptions> = { writeRateLimit: { perSecond: 20, burst: 100 } };

describe('the write rate limit after authentication', () => {
  it("keeps an editor's writes going while failed-auth writes from the same address are refused", async () => {
    t = await givenFileApp({ writeRateLimit: { perSecond: 1, burst: 5 } });
    const guesses = await statusesOf(50, () => anonymousWrite(t!, '203.0.113.7'));
    expect(guesses.filter((s) => s === 429).length).toBeGreaterThan(40);
    const head = await t.store.head();
    expect((await editorWrite(t, '203.0.113.7')).status).toBe(201);
    expect(await t.store.head()).toBe(head + 1);
  });

  it('gives writes without a valid token a stricter bucket per address: 429 with Retry-After', async () => {
    t = await givenFileApp(DEFAULTS);
    const statuses = await statusesOf(12, () => anonymousWrite(t!, '203.0.113.7'));
    // Ten attempts an address, far below the editors' burst of 100.
    expect(statuses).toEqual([...Array<number>(10).fill(401), 429, 429]);
    const refused = await anonymousWrite(t, '203.0.113.7');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    const { contentType, body } = await problemOf(refused);
    expect(contentType).toBe('application/problem+json');
    expect(body).toMatchObject({ status: 429, title: 'Too many requests' });
    // Another address has its own bucket.
    expect((await anonymousWrite(t, '198.51.100.1')).status).toBe(401);
  });
});

describe('client addresses behind a proxy', () => {
  const xff = (value: string) => ({ 'X-Forwarded-For': value });

  it('ignore X-Forwarded-For when no proxy is trusted', async () => {
    t = await givenFileApp(DEFAULTS);
    const statuses = await statusesOf(11, (i) =>
      anonymousWrite(t!, '10.0.0.1', xff(`198.51.100.${i + 1}`)),
    );
    expect(statuses.at(-1)).toBe(429);
  });

  it('ignore X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    t = await givenFileApp({ ...DEFAULTS, trustedProxies: ['10.0.0.1'] });
    const statuses = await statusesOf(11, (i) =>
      anonymousWrite(t!, '10.0.0.2', xff(`198.51.100.${i + 1}`)),
    );
    expect(statuses.at(-1)).toBe(429);
  });

  it('take the right-most address that is not a trusted proxy when the peer is one', async () => {
    t = await givenFileApp({ ...DEFAULTS, trustedProxies: ['10.0.0.1', '10.9.0.0/16'] });
    const client = await statusesOf(11, () =>
      anonymousWrite(t!, '10.0.0.1', xff('198.51.100.1, 10.9.1.2')),
    );
    expect(client.at(-1)).toBe(429);
    // A forged left-hand entry does not buy a fresh bucket ...
    expect((await anonymousWrite(t, '10.0.0.1', xff('192.0.2.99, 198.51.100.1'))).status).toBe(429);
    // ... and another client behind the same proxy, or the IPv4-mapped peer, is counted apart.
    expect((await anonymousWrite(t, '10.0.0.1', xff('198.51.100.2'))).status).toBe(401);
    expect((await anonymousWrite(t, '::ffff:10.0.0.1', xff('198.51.100.3'))).status).toBe(401);
  });
});

describe('KRONIEK_TRUST_PROXY', () => {
  it('lists proxy addresses and subnets, and refuses what is neither', () => {
    expect(
      optionsFromEnv({ KRONIEK_TRUST_PROXY: '127.0.0.1, ::1 10.0.0.0/8' }).trustedProxies,
    ).toEqual(['127.0.0.1', '::1', '10.0.0.0/8']);
    expect(optionsFromEnv({}).trustedProxies).toBeUndefined();
    expect(() => optionsFromEnv({ KRONIEK_TRUST_PROXY: 'proxy.local' })).toThrow(
      /KRONIEK_TRUST_PROXY/,
    );
  });
});
