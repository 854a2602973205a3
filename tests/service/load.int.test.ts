import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '@kroniek/service';
import type { RunningServer } from '@kroniek/service';
import { EVENTS_DIR } from '../support/app.js';
import { readSse } from '../support/sse.js';

// A short, bounded version of bench/load.ts and bench/sse.ts against the real server on loopback.
// It asserts correctness only (no failed request, every event received), never timing.

const TOKEN = 'load-test-token';
const headers = { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` };
let server: RunningServer;
let dir: string;
let source: unknown;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kroniek-load-'));
  const dbPath = join(dir, 'kroniek.db');
  server = await startServer({
    dbPath,
    store: { kind: 'sqlite', path: dbPath },
    port: 0,
    eventsDir: EVENTS_DIR,
    dashboardDir: join(dir, 'none'),
    token: TOKEN,
    log: () => {},
    // All load comes from one address; the limiter has tests of its own.
    writeRateLimit: false,
  });
  // The first event that cites a source (the log begins with the source records themselves).
  const log = (await (await fetch(`${server.url}/api/log?limit=20`)).json()) as {
    events: { data: { source?: unknown } }[];
  };
  source = log.events.find((e) => e.data.source !== undefined)!.data.source;
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const statement = (subject: string, n: number) =>
  JSON.stringify({
    type: 'StatementMade',
    title: `Load statement ${n}`,
    category: 'ukraine-support',
    occurred: { precision: 'day', date: '2025-06-04' },
    knownAt: { date: { precision: 'day', date: '2025-06-04' }, basis: 'public-at-occurrence' },
    source,
    actors: [{ id: 'nederland', name: 'Nederland', role: 'speaker' }],
    ...(subject.startsWith('load-') ? { expectedRevision: 'no_stream' } : {}),
  });

const head = async () =>
  ((await (await fetch(`${server.url}/api/log?limit=1`)).json()) as { head: number }).head;

describe('the server under mixed load', () => {
  it('answers every timeline read, replay and append of 5 s of load with a 2xx', async () => {
    const before = await head();
    let n = 0;
    const result = await autocannon({
      url: server.url,
      connections: 10,
      duration: 5,
      requests: [
        { method: 'GET', path: '/api/timeline?limit=50' },
        { method: 'GET', path: '/api/timeline?asOf=2025-06-10&knownBy=2025-06-05&limit=50' },
        { method: 'GET', path: '/api/subjects?asOf=2025-06-30' },
        {
          method: 'POST',
          headers,
          setupRequest: (r) => {
            n += 1;
            return {
              ...r,
              path: `/api/subjects/load-${n}/events`,
              body: statement(`load-${n}`, n),
            };
          },
        },
      ],
    });
    const created =
      (result as unknown as { statusCodeStats?: Record<string, { count: number }> })
        .statusCodeStats?.['201']?.count ?? 0;
    console.log(
      `[load] ${result.requests.total} requests in ${result.duration} s, ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${created} appends, non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`,
    );
    expect(result.requests.total).toBeGreaterThan(0);
    expect({ non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts }).toEqual({
      non2xx: 0,
      errors: 0,
      timeouts: 0,
    });
    expect(created).toBeGreaterThan(0);
    // Every answered append is in the log (one in flight at the end may be there unanswered).
    expect((await head()) - before).toBeGreaterThanOrEqual(created);
  });
});

describe('the live stream under appends', () => {
  it('delivers every one of 20 appends to each of 60 clients, once, in log order', async () => {
    const CLIENTS = 60;
    const APPENDS = 20;
    const after = await head();
    const controllers = Array.from({ length: CLIENTS }, () => new AbortController());
    const responses = await Promise.all(
      controllers.map((c) => fetch(`${server.url}/api/live?after=${after}`, { signal: c.signal })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(CLIENTS).fill(200));
    // Each client reads its 'ready' and then the 20 announcements.
    const received = responses.map((r) => readSse(r.body!, APPENDS + 1, 30_000));
    const positions: number[] = [];
    await Promise.all(
      Array.from({ length: 4 }, async (_, w) => {
        for (let i = w; i < APPENDS; i += 4) {
          const res = await fetch(`${server.url}/api/subjects/sse-${i}/events`, {
            method: 'POST',
            headers,
            body: statement(`sse-${i}`, i),
          });
          expect(res.status).toBe(201);
          positions.push(((await res.json()) as { position: number }).position);
        }
      }),
    );
    const all = await Promise.all(received);
    controllers.forEach((c) => c.abort());
    const expected = positions.sort((a, b) => a - b).map(String);
    for (const messages of all) {
      expect(messages[0]?.event).toBe('ready');
      const appended = messages.filter((m) => m.event === 'appended').map((m) => m.id);
      expect(appended).toEqual(expected);
    }
    console.log(
      `[sse] ${CLIENTS} clients × ${APPENDS} appends: ${all.reduce((s, m) => s + m.length - 1, 0)} announcements received`,
    );
  });
});
