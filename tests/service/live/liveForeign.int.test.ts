import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOC, fixtureEvents, quote, sources } from '../../support/app.js';
import { kroniek } from '../../support/cli.js';
import { startServerProcess } from '../../support/server.js';
import type { ServerProcess } from '../../support/server.js';
import { readSse } from '../../support/sse.js';

// Two service processes and the CLI on one SQLite file: each service's live stream announces
// every append to the file, whichever connection made it, in log order without gaps.

const TOKEN = 'foreign-writes-token-0123456789';
const dir = mkdtempSync(join(tmpdir(), 'kroniek-foreign-'));
const db = join(dir, 'kroniek.db');
let a: ServerProcess;
let b: ServerProcess;

beforeAll(async () => {
  const env = { KRONIEK_DB: db, KRONIEK_TOKEN: TOKEN, KRONIEK_WRITE_RATE: '0' };
  // One after the other: both import the seed at start, and the second finds it stored.
  a = await startServerProcess(env);
  b = await startServerProcess(env);
});
afterAll(async () => {
  await a?.stop();
  await b?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function headOf(server: ServerProcess): Promise<number> {
  const res = await fetch(`${server.url}/api/log?limit=1`);
  return ((await res.json()) as { head: number }).head;
}

async function statement(server: ServerProcess, n: number): Promise<number> {
  const text = (await sources()).get(DOC)!.text;
  const res = await fetch(`${server.url}/api/subjects/foreign-${n}/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({
      type: 'StatementMade',
      title: `Verklaring ${n}`,
      category: 'european-defence',
      occurred: { precision: 'day', date: '2025-06-05' },
      knownAt: { date: { precision: 'day', date: '2025-06-05' }, basis: 'public-at-occurrence' },
      source: quote(
        text,
        'Het kabinet onderschrijft de noodzaak voor een grotere Europese',
        'Motie leden Dassen en Omtzigt',
      ),
      actors: [{ id: 'nl-kabinet', name: 'Kabinet', role: 'speaker' }],
    }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { position: number }).position;
}

const appendedIds = (messages: { event?: string; id?: string }[]) =>
  messages.filter((m) => m.event === 'appended').map((m) => Number(m.id));
const range = (first: number, count: number) => Array.from({ length: count }, (_, i) => first + i);

describe('two services and the CLI on one store file', { timeout: 120_000 }, () => {
  it('announce on each service every append made through either, in order, without gaps', async () => {
    const head = await headOf(a);
    expect(await headOf(b)).toBe(head);
    const PAIRS = 8;
    const streams = await Promise.all([a, b].map((s) => fetch(`${s.url}/api/live?after=${head}`)));
    const reading = streams.map((res) => readSse(res.body!, 1 + 2 * PAIRS, 60_000));
    // Writes through both, some at the same time.
    const positions: number[] = [];
    for (let n = 0; n < PAIRS; n += 1) {
      positions.push(...(await Promise.all([statement(a, 2 * n), statement(b, 2 * n + 1)])));
    }
    expect(positions.sort((x, y) => x - y)).toEqual(range(head + 1, 2 * PAIRS));
    const [onA, onB] = await Promise.all(reading);
    expect(appendedIds(onA!)).toEqual(range(head + 1, 2 * PAIRS));
    expect(appendedIds(onB!)).toEqual(range(head + 1, 2 * PAIRS));

    // The read model of each service holds what the other wrote.
    const last = (await (await fetch(`${b.url}/api/log?after=${head}&limit=100`)).json()) as {
      events: { id: string }[];
    };
    const written = await fetch(`${a.url}/api/events/${last.events.at(-1)!.id}`);
    expect(written.status).toBe(200);
  });

  it('announce an import the CLI makes while they run', async () => {
    const head = await headOf(a);
    const text = (await sources()).get(DOC)!.text;
    const lines = fixtureEvents(text).map((e, i) =>
      JSON.stringify({
        ...e,
        id: `bbbbbbbb-bbbb-4bbb-8bbb-${String(i + 1).padStart(12, '0')}`,
        subject: `cli-import-${i}`,
      }),
    );
    const file = join(dir, 'import.ndjson');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const streams = await Promise.all([a, b].map((s) => fetch(`${s.url}/api/live?after=${head}`)));
    const reading = streams.map((res) => readSse(res.body!, 1 + lines.length, 60_000));
    const run = await kroniek(['import', file, '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${lines.length} event(s) appended`);
    for (const messages of await Promise.all(reading)) {
      expect(appendedIds(messages)).toEqual(range(head + 1, lines.length));
    }
  });
});
