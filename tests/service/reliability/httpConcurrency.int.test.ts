import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOC, quote, sources } from '../../support/app.js';
import { startServerProcess } from '../../support/server.js';
import type { ServerProcess } from '../../support/server.js';

const TOKEN = 'http-concurrency-token-0123456789';
const SUBJECT = 'concurrent-http-writers';
const CLIENTS = 6;
const APPENDS_PER_CLIENT = 8;

const dir = mkdtempSync(join(tmpdir(), 'kroniek-http-concurrency-'));
let server: ServerProcess;

beforeAll(async () => {
  // The write rate limit is per client address and every client here is 127.0.0.1: turn it off.
  server = await startServerProcess({
    KRONIEK_DB: join(dir, 'kroniek.db'),
    KRONIEK_TOKEN: TOKEN,
    KRONIEK_WRITE_RATE: '0',
  });
}, 60_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

interface Outcome {
  status: number;
  body: { revision?: number; appended?: number; actualRevision?: number | null };
}

async function post(body: unknown): Promise<Outcome> {
  const res = await fetch(`${server.url}/api/subjects/${SUBJECT}/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Outcome['body'] };
}

describe('concurrent HTTP writers on one subject with expected revisions', () => {
  it('writes each revision exactly once; losers get 409 with the actual revision; retries by id append once', async () => {
    const text = (await sources()).get(DOC)!.text;
    const eventFor = (client: number, n: number) => ({
      id: randomUUID(),
      type: 'StatementMade',
      title: `Writer ${client}, statement ${n}`,
      category: 'ukraine-support',
      occurred: { precision: 'day', date: '2025-06-04' },
      knownAt: { date: { precision: 'day', date: '2025-06-04' }, basis: 'public-at-occurrence' },
      source: quote(text, 'De belangrijkste behoeftes van Oekraïne zijn'),
      actors: [{ id: `writer-${client}`, name: `Writer ${client}`, role: 'speaker' }],
    });

    let conflicts = 0;
    const acknowledged: { id: string; revision: number }[] = [];
    const writer = async (client: number) => {
      let expected: number | 'no_stream' = 'no_stream';
      for (let n = 0; n < APPENDS_PER_CLIENT; n++) {
        const event = eventFor(client, n);
        for (;;) {
          const { status, body } = await post({ events: [event], expectedRevision: expected });
          if (status === 201) {
            acknowledged.push({ id: event.id, revision: body.revision! });
            expected = body.revision!;
            break;
          }
          expect(status).toBe(409);
          conflicts++;
          expect(typeof body.actualRevision).toBe('number');
          expected = body.actualRevision!;
        }
        // An idempotent retry of the acknowledged event (e.g. after a lost response) appends nothing.
        const retry = await post({ events: [event] });
        expect(retry.status).toBe(200);
        expect(retry.body.appended).toBe(0);
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => writer(c)));

    const log = (await (await fetch(`${server.url}/api/log?limit=500`)).json()) as {
      events: { id: string; stream: string; revision: number }[];
    };
    const stored = log.events.filter((e) => e.stream === SUBJECT);
    const total = CLIENTS * APPENDS_PER_CLIENT;
    expect(stored.map((e) => e.revision)).toEqual(Array.from({ length: total }, (_, i) => i));
    expect(new Set(stored.map((e) => e.id)).size).toBe(total);
    expect(new Set(stored.map((e) => e.id))).toEqual(new Set(acknowledged.map((a) => a.id)));
    for (const a of acknowledged) {
      expect(stored.find((e) => e.id === a.id)?.revision).toBe(a.revision);
    }
    console.log(
      `http concurrency: ${CLIENTS} clients × ${APPENDS_PER_CLIENT} appends = ${total} revisions written once, ${conflicts} conflicts answered 409 and retried`,
    );
    expect(conflicts).toBeGreaterThan(0);
  }, 120_000);
});
