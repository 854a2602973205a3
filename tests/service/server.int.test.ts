import { mkdtempSync, rmSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelinePage } from '@kroniek/service';
import { DOC, quote, sources } from '../support/app.js';
import { startServerProcess } from '../support/server.js';
import type { ServerProcess } from '../support/server.js';
import { readSse } from '../support/sse.js';

const dir = mkdtempSync(join(tmpdir(), 'kroniek-server-'));
const db = join(dir, 'kroniek.db');
let server: ServerProcess;
let token: string;

beforeAll(async () => {
  server = await startServerProcess({ KRONIEK_DB: db, KRONIEK_TOKEN: undefined });
  token = readFileSync(`${db}.token`, 'utf8').trim();
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the server process', () => {
  it('generates a write token at first start, keeps it beside the store with mode 0600 and prints it once', () => {
    expect(token.length).toBeGreaterThanOrEqual(40);
    expect(statSync(`${db}.token`).mode & 0o777).toBe(0o600);
    expect(server.lines.filter((l) => l.includes(token))).toHaveLength(1);
  });

  it('serves the seeded timeline and is ready', async () => {
    const res = await fetch(`${server.url}/api/timeline?limit=5`);
    expect(res.status).toBe(200);
    const page = (await res.json()) as TimelinePage;
    expect(page.total).toBeGreaterThan(0);
    // The seed is every recorded source (the letter and the corpus): the items cite those.
    const seeded = (await (await fetch(`${server.url}/api/sources`)).json()) as {
      sources: { id: string }[];
    };
    const ids = seeded.sources.map((s) => s.id);
    expect(ids).toContain(DOC);
    expect(ids).toContain(page.items[0]?.source.documentId);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });

  it('appends with the token and announces the event over SSE', async () => {
    const head = ((await (await fetch(`${server.url}/api/log?limit=1`)).json()) as { head: number })
      .head;
    const live = await fetch(`${server.url}/api/live`, {
      headers: { Accept: 'text/event-stream' },
    });
    expect(live.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const announced = readSse(live.body!, 2, 10_000);

    const text = (await sources()).get(DOC)!.text;
    const event = {
      type: 'StatementMade',
      title: 'Het kabinet onderschrijft een grotere Europese verantwoordelijkheid',
      category: 'european-defence',
      occurred: { precision: 'between', earliest: '2025-06-05', latest: '2025-06-23' },
      knownAt: {
        date: { precision: 'between', earliest: '2025-06-05', latest: '2025-06-23' },
        basis: 'source-publication',
      },
      source: quote(
        text,
        'Het kabinet onderschrijft de noodzaak voor een grotere Europese',
        'Motie leden Dassen en Omtzigt',
      ),
      actors: [{ id: 'nl-kabinet', name: 'Kabinet', role: 'speaker' }],
    };
    const post = (auth: string) =>
      fetch(`${server.url}/api/subjects/europese-verantwoordelijkheid/events`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: auth },
        body: JSON.stringify(event),
      });
    expect((await post('Bearer not-the-token')).status).toBe(401);
    const res = await post(`Bearer ${token}`);
    expect(res.status).toBe(201);
    const created = (await res.json()) as { position: number; events: { id: string }[] };
    expect(created.position).toBe(head + 1);

    const [, appended] = await announced;
    expect(appended).toMatchObject({ id: String(head + 1), event: 'appended' });
    expect(JSON.parse(appended!.data)).toMatchObject({
      id: created.events[0]!.id,
      type: 'StatementMade',
    });

    const detail = await fetch(`${server.url}/api/events/${created.events[0]!.id}`);
    expect(detail.status).toBe(200);
  });

  it('logs one JSON line per request', () => {
    const requests = server.logs().filter((l) => l.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(5);
    expect(requests[0]).toMatchObject({ method: 'GET', path: '/api/timeline', status: 200 });
  });

  it('restarts on the same store without importing the seed again or making a new token', async () => {
    const before = (
      (await (await fetch(`${server.url}/api/log?limit=1`)).json()) as { head: number }
    ).head;
    await server.stop();
    server = await startServerProcess({ KRONIEK_DB: db, KRONIEK_TOKEN: undefined });
    const listening = server.logs().find((l) => l.msg === 'kroniek is listening')!;
    expect(listening).toMatchObject({ position: before, seeded: { appended: 0 } });
    expect(readFileSync(`${db}.token`, 'utf8').trim()).toBe(token);
    expect(server.lines.some((l) => l.includes(token))).toBe(false);
  });
});
