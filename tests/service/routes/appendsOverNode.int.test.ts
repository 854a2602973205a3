import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger, startServer } from '@kroniek/service';
import type { RunningServer } from '@kroniek/service';
import { DOC, EVENTS_DIR, quote, sources, TOKEN } from '../../support/app.js';
import { openForCheck } from '../../support/logChecks.js';

// The real composition root behind @hono/node-server, as `kroniek serve` runs it: request bodies
// are read from the socket by the adapter, and concurrent appends reach the store in one turn.
const dir = mkdtempSync(join(tmpdir(), 'kroniek-node-appends-'));
const db = join(dir, 'kroniek.db');
let server: RunningServer;
let url: string;
let text: string;
const auth = { Authorization: `Bearer ${TOKEN}` };
const jsonHeaders = { 'Content-Type': 'application/json', ...auth };

beforeAll(async () => {
  text = (await sources()).get(DOC)!.text;
  server = await startServer({
    dbPath: db,
    eventsDir: EVENTS_DIR,
    token: TOKEN,
    port: 0,
    log: silentLogger,
    writeRateLimit: false,
  });
  url = server.url;
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const headOf = async () =>
  ((await (await fetch(`${url}/api/log?limit=1`)).json()) as { head: number }).head;

const statement = (n: number, extra: Record<string, unknown> = {}) => ({
  type: 'StatementMade',
  title: `Gelijktijdige verklaring ${n}`,
  category: 'ukraine-support',
  occurred: { precision: 'day', date: '2025-06-05' },
  knownAt: { date: { precision: 'day', date: '2025-06-05' }, basis: 'public-at-occurrence' },
  source: quote(text, 'Ukraine Defence Contact Group'),
  actors: [{ id: 'nl', name: 'Nederland', role: 'speaker' }],
  ...extra,
});

const post = (subject: string, body: unknown) =>
  fetch(`${url}/api/subjects/${subject}/events`, {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify(body),
  });

describe('appends over HTTP, many at once', () => {
  it('answers each on its own (201, 409 with the actual revision, 400) and reads its own writes', async () => {
    const head = await headOf();
    const responses = await Promise.all([
      // Eight racers for a new stream: exactly one creates it.
      ...Array.from({ length: 8 }, (_, i) =>
        post('gelijktijdig', statement(i, { expectedRevision: -1 })),
      ),
      // Appends to streams of their own all succeed.
      ...Array.from({ length: 4 }, (_, i) => post(`eigen-${i}`, statement(10 + i))),
      // A quotation that is not in the source fails alone.
      post('eigen-fout', {
        ...statement(20),
        source: { ...quote(text, 'Ukraine Defence Contact Group'), quotation: 'niet zo gezegd' },
      }),
    ]);
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as Record<string, unknown>[];
    const statuses = responses.map((r) => r.status);

    const racers = statuses.slice(0, 8);
    expect(racers.filter((s) => s === 201)).toHaveLength(1);
    expect(racers.filter((s) => s === 409)).toHaveLength(7);
    for (const [i, body] of bodies.slice(0, 8).entries()) {
      if (statuses[i] === 409) expect(body).toMatchObject({ actualRevision: 0 });
    }
    expect(statuses.slice(8, 12)).toEqual([201, 201, 201, 201]);
    expect(statuses[12]).toBe(400);

    // Every 201 names a new position; together they extend the log without a gap.
    const created = bodies.filter((_, i) => statuses[i] === 201) as {
      position: number;
      events: { id: string; position: number }[];
    }[];
    expect(created.map((c) => c.position).sort((a, b) => a - b)).toEqual(
      [1, 2, 3, 4, 5].map((n) => head + n),
    );
    expect(await headOf()).toBe(head + 5);
    const check = openForCheck(db);
    try {
      expect(await check.verify()).toMatchObject({ ok: true, checked: head + 5 });
    } finally {
      await check.close();
    }

    // Read-your-writes: a read right after each 201 sees its event.
    for (const c of created) {
      const detail = await fetch(`${url}/api/events/${c.events[0]!.id}`);
      expect(detail.status).toBe(200);
    }
    expect((await fetch(`${url}/api/subjects/gelijktijdig`)).status).toBe(200);
  });

  it('refuses a body over the limit by its Content-Length, without reading it, and stores nothing', async () => {
    const head = await headOf();
    // Only the headers are sent: the answer must come from the declared length alone.
    const answer = await new Promise<{ status: number; body: string }>((ok, fail) => {
      const req = request(`${url}/api/subjects/te-groot/events`, {
        method: 'POST',
        headers: { ...jsonHeaders, 'Content-Length': String(5 * 1024 * 1024) },
      });
      req.on('response', (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (piece: string) => (body += piece));
        res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', fail);
      req.write('{"type":');
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ status: 413, title: 'Payload too large' });
    expect(await headOf()).toBe(head);
  });

  it('counts a chunked body without a length as it streams in', async () => {
    const head = await headOf();
    const chunk = new TextEncoder().encode('x'.repeat(1024 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 5) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await fetch(`${url}/api/subjects/te-groot/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...auth },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await headOf()).toBe(head);
  });
});
