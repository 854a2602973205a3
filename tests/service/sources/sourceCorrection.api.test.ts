import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '@kroniek/service';
import { startSeededServer, type SeededServer } from '../../support/seededServer.js';

// Issue 13: a source's metadata is corrected by a new event, never edited; its text never is.

const LETTER = 'kamerbrief-navo-dmm-2025-06';
const TOKEN = 'source-correction-token-0123456789abcdef01234';

let running: SeededServer | undefined;
let server: RunningServer;

beforeAll(async () => {
  running = await startSeededServer('source-correction', TOKEN);
  server = running.server;
}, 60_000);
afterAll(async () => running?.close());

const correct = (id: string, body: unknown, token: string | null = TOKEN) =>
  fetch(`${server.url}/api/sources/${id}/corrections`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });

interface SourcePage {
  publisher?: string;
  textSha256: string;
  text: string;
  corrections: unknown[];
}
const source = async (id: string) =>
  (await (await fetch(`${server.url}/api/sources/${id}`)).json()) as SourcePage;
const logTypes = async () =>
  (
    (await (await fetch(`${server.url}/api/log?limit=1000`)).json()) as {
      events: { type: string }[];
    }
  ).events.map((e) => e.type);

describe('POST /api/sources/{id}/corrections', () => {
  it('appends a SourceCorrected; the source shows the new value, its text stays the same', async () => {
    const before = await source(LETTER);
    const res = await correct(LETTER, {
      changes: { publisher: 'Ministerie van Defensie (Den Haag)' },
      reason: 'the letterhead names the ministry in The Hague',
    });
    expect(res.status).toBe(201);
    const after = await source(LETTER);
    expect(after.publisher).toBe('Ministerie van Defensie (Den Haag)');
    expect(after.publisher).not.toBe(before.publisher);
    expect(after.textSha256).toBe(before.textSha256);
    expect(after.text).toBe(before.text);
    expect(after.corrections.length).toBe(before.corrections.length + 1);
    expect((await logTypes()).filter((t) => t === 'SourceCorrected').length).toBeGreaterThan(0);
  });

  it('stores the same correction once', async () => {
    const count = (await logTypes()).length;
    const res = await correct(LETTER, {
      changes: { publisher: 'Ministerie van Defensie (Den Haag)' },
      reason: 'the letterhead names the ministry in The Hague',
    });
    // Nothing differs from the source as it stands any more: refused, nothing stored.
    expect(res.status).toBe(400);
    expect((await logTypes()).length).toBe(count);
  });

  for (const [what, id, body, status, field] of [
    ['the text', LETTER, { changes: { text: 'other words' }, reason: 'x' }, 400, 'changes'],
    ['no change at all', LETTER, { changes: {}, reason: 'x' }, 400, 'changes'],
    ['no reason', LETTER, { changes: { licence: 'CC0' } }, 400, 'reason'],
    [
      'an unknown source',
      'no-such-source',
      { changes: { licence: 'CC0' }, reason: 'x' },
      404,
      null,
    ],
  ] as const)
    it(`refuses ${what} (${status}), naming the field, and stores nothing`, async () => {
      const count = (await logTypes()).length;
      const res = await correct(id, body);
      expect(res.status).toBe(status);
      const problem = (await res.json()) as { errors?: { path: string }[] };
      if (field) expect(JSON.stringify(problem.errors ?? problem)).toContain(field);
      expect((await logTypes()).length).toBe(count);
    });

  it('asks for the token', async () => {
    const res = await correct(LETTER, { changes: { licence: 'CC0' }, reason: 'x' }, null);
    expect(res.status).toBe(401);
  });
});
