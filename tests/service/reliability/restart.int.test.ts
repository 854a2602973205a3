import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '@kroniek/service';
import type { RunningServer, StoredEvent } from '@kroniek/service';
import { DOC, EVENTS_DIR, NOW, quote, sources, TOKEN } from '../../support/app.js';
import { readSse } from '../../support/sse.js';

const dir = mkdtempSync(join(tmpdir(), 'kroniek-restart-'));
const dbPath = join(dir, 'kroniek.db');
const start = () =>
  startServer({
    dbPath,
    port: 0,
    eventsDir: EVENTS_DIR,
    token: TOKEN,
    clock: () => new Date(NOW),
    log: () => {},
  });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Posts one StatementMade quoting the letter; returns the id and position the service gives it. */
async function post(server: RunningServer, quotation: string, title: string) {
  const text = (await sources()).get(DOC)!.text;
  const res = await fetch(`${server.url}/api/subjects/europese-verantwoordelijkheid/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({
      type: 'StatementMade',
      title,
      category: 'european-defence',
      occurred: { precision: 'between', earliest: '2025-06-05', latest: '2025-06-23' },
      knownAt: {
        date: { precision: 'between', earliest: '2025-06-05', latest: '2025-06-23' },
        basis: 'source-publication',
      },
      source: quote(text, quotation, 'Motie leden Dassen en Omtzigt'),
      actors: [{ id: 'nl-kabinet', name: 'Kabinet', role: 'speaker' }],
    }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  const created = (await res.json()) as { position: number; events: { id: string }[] };
  return { id: created.events[0]!.id, position: created.position };
}

async function getLog(server: RunningServer, after: number) {
  const res = await fetch(`${server.url}/api/log?after=${after}&limit=100`);
  expect(res.status).toBe(200);
  return (await res.json()) as { head: number; events: StoredEvent[] };
}

describe('the service restarted on its store file', () => {
  it('keeps every event and resumes the live feed after=N without a gap', async () => {
    const first = await start();
    let seedHead: number;
    let a: { id: string; position: number };
    let before: StoredEvent[];
    try {
      seedHead = (await getLog(first, 0)).head;
      expect(seedHead).toBeGreaterThan(0);
      a = await post(first, 'Het kabinet onderschrijft de noodzaak voor een grotere Europese', 'A');
      expect(a.position).toBe(seedHead + 1);
      before = (await getLog(first, 0)).events;
    } finally {
      await first.close();
    }

    const second = await start();
    try {
      // The same log, byte for byte in its hashes, and the read model rebuilt from it.
      const after = await getLog(second, 0);
      expect(after.head).toBe(seedHead + 1);
      expect(after.events).toEqual(before);
      expect((await fetch(`${second.url}/api/events/${a.id}`)).status).toBe(200);

      // A client that saw everything up to the seed resumes there: A from the log, B live.
      const live = await fetch(`${second.url}/api/live?after=${seedHead}`, {
        headers: { Accept: 'text/event-stream' },
      });
      expect(live.status).toBe(200);
      const messages = readSse(live.body!, 3, 10_000);
      const b = await post(second, 'De NAVO is een trans-Atlantisch', 'B');
      expect(b.position).toBe(seedHead + 2);
      const [ready, ...appended] = await messages;
      expect(ready?.event).toBe('ready');
      expect(
        appended.map((m) => [m.event, m.id, (JSON.parse(m.data) as { id: string }).id]),
      ).toEqual([
        ['appended', String(seedHead + 1), a.id],
        ['appended', String(seedHead + 2), b.id],
      ]);
    } finally {
      await second.close();
    }
  }, 60_000);
});
