import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, createReadModel, createSqliteEventStore, silentLogger } from '@kroniek/service';
import type { SqliteEventStore } from '@kroniek/service';
import { NOW, sources, TOKEN } from '../../support/app.js';
import { openPausedLive, serveOnLoopback } from '../../support/liveServer.js';
import type { LiveClient } from '../../support/liveServer.js';

// Caps on open live streams, per client address and in all, on a real server on loopback
// (127.0.0.1, .2 and .3 are three client addresses on Linux).

let store: SqliteEventStore;
let url: string;
let close: () => Promise<void>;
const open: LiveClient[] = [];

beforeEach(async () => {
  const clock = () => new Date(NOW);
  store = createSqliteEventStore({ path: ':memory:', clock });
  const app = createApp({
    store,
    readModel: createReadModel({ today: () => NOW.slice(0, 10) }),
    sources: await sources(),
    clock,
    token: TOKEN,
    log: silentLogger,
    live: { maxPerClient: 2, maxTotal: 3 },
  });
  const server = await serveOnLoopback(app);
  url = server.url;
  close = server.close;
});
afterEach(async () => {
  for (const c of open.splice(0)) c.destroy();
  await close();
  await store.close();
});

async function live(localAddress: string): Promise<LiveClient> {
  const client = await openPausedLive(`${url}/api/live`, { localAddress });
  open.push(client);
  return client;
}

async function refusal(client: LiveClient) {
  client.resume();
  await client.ended;
  return {
    status: client.status,
    retryAfter: client.headers['retry-after'],
    contentType: client.headers['content-type'],
    body: JSON.parse(client.text()) as { status: number; title: string; detail: string },
  };
}

describe('GET /api/live past its caps', () => {
  it('answers 429 with Retry-After past the per-client cap and 503 past the total', async () => {
    expect((await live('127.0.0.1')).status).toBe(200);
    expect((await live('127.0.0.1')).status).toBe(200);
    const third = await refusal(await live('127.0.0.1'));
    expect(third).toMatchObject({
      status: 429,
      contentType: 'application/problem+json',
      body: { status: 429 },
    });
    expect(Number(third.retryAfter)).toBeGreaterThan(0);
    expect(third.body.detail).toMatch(/2 live streams per client/);

    // Another address still gets one, up to the total of 3.
    expect((await live('127.0.0.2')).status).toBe(200);
    const fourth = await refusal(await live('127.0.0.3'));
    expect(fourth).toMatchObject({
      status: 503,
      contentType: 'application/problem+json',
      body: { status: 503 },
    });
    expect(Number(fourth.retryAfter)).toBeGreaterThan(0);
    expect(fourth.body.detail).toMatch(/3 live streams/);
  });

  it('gives a slot back when a stream closes', async () => {
    const first = await live('127.0.0.1');
    expect((await live('127.0.0.1')).status).toBe(200);
    first.destroy();
    // The server sees the close on its next turn; a new stream gets the freed slot.
    let status = 0;
    for (let attempt = 0; attempt < 100 && status !== 200; attempt += 1) {
      const next = await live('127.0.0.1');
      status = next.status;
      if (status !== 200) {
        next.destroy();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    expect(status).toBe(200);
  });
});
