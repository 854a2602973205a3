import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '@kroniek/events';
import type { RunningServer } from '@kroniek/service';
import { EVENTS_DIR } from '../../support/app.js';
import { startSeededServer, type SeededServer } from '../../support/seededServer.js';
import {
  HTML_PAGE,
  imageOnlyPdf,
  PDF_LINES,
  PLAIN_TEXT,
  textPdf,
} from '../../support/sourceFiles.js';

const LETTER = 'kamerbrief-navo-dmm-2025-06';
const TOKEN = 'sources-http-token-0123456789abcdef0123456789';
const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

let running: SeededServer | undefined;
let server: RunningServer;

beforeAll(async () => {
  running = await startSeededServer('sources-http', TOKEN);
  server = running.server;
}, 60_000);
afterAll(async () => running?.close());

const upload = (name: string, bytes: Uint8Array | string, fields: Record<string, string>) => {
  const form = new FormData();
  form.set('file', new Blob([bytes]), name);
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return fetch(`${server.url}/api/sources`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}` },
    body: form,
  });
};
const list = async () =>
  ((await (await fetch(`${server.url}/api/sources`)).json()) as { sources: { id: string }[] })
    .sources;

describe('the letter as a source record', () => {
  it('is registered in the log at seeding, with its text, and the list shows it', async () => {
    const log = (await (await fetch(`${server.url}/api/log?limit=1000`)).json()) as {
      events: { type: string; data: { documentId?: string; textSha256?: string } }[];
    };
    const registered = log.events.filter((e) => e.type === 'SourceRegistered');
    const text = readFileSync(join(EVENTS_DIR, 'sources', `${LETTER}.txt`), 'utf8');
    expect(registered.find((e) => e.data.documentId === LETTER)?.data.textSha256).toBe(
      sha256Hex(text),
    );
    expect((await list()).map((s) => s.id)).toContain(LETTER);
  });

  it('answers every quotation the recorded events rest on, and the stretches no event cites', async () => {
    const source = (await (await fetch(`${server.url}/api/sources/${LETTER}`)).json()) as {
      text: string;
      citations: { eventId: string; start: number; end: number; quotation: string }[];
      uncited: { start: number; end: number }[];
    };
    // Every event in the log that quotes the letter, whatever file recorded it.
    const log = (await (await fetch(`${server.url}/api/log?limit=1000`)).json()) as {
      events: { id: string; data: { source?: { documentId: string } } }[];
    };
    const quoting = log.events.filter((e) => e.data.source?.documentId === LETTER);
    expect(quoting.length).toBeGreaterThan(0);
    expect(source.citations.map((c) => c.eventId).sort()).toEqual(quoting.map((e) => e.id).sort());
    for (const c of source.citations) expect(source.text.slice(c.start, c.end)).toBe(c.quotation);
    for (const u of source.uncited) {
      const inside = source.citations.some((c) => c.start < u.end && u.start < c.end);
      expect(inside).toBe(false);
    }
    expect(source.uncited.length).toBeGreaterThan(0);
  });
});

describe('POST /api/sources', () => {
  it('stores an uploaded .txt with its hashes; the same bytes again store nothing (200)', async () => {
    const first = await upload('brief.txt', PLAIN_TEXT, { title: 'Brief', date: '2025-06-05' });
    expect(first.status).toBe(201);
    const body = (await first.json()) as { source: Record<string, unknown> };
    const text = PLAIN_TEXT.replace(/\r\n/g, '\n').trim();
    expect(body.source).toMatchObject({
      id: 'brief',
      language: 'nl',
      textSha256: sha256Hex(text),
      originalSha256: sha(PLAIN_TEXT),
    });
    const again = await upload('brief.txt', PLAIN_TEXT, { title: 'Other', date: '2025' });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ created: false, source: { id: 'brief' } });
    const detail = (await (await fetch(`${server.url}/api/sources/brief`)).json()) as {
      text: string;
    };
    expect(detail.text).toBe(text);
  });

  it('takes HTML as JSON text and a PDF upload', async () => {
    const html = await fetch(`${server.url}/api/sources`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: HTML_PAGE, mediaType: 'text/html', date: '2025-06-04' }),
    });
    expect(html.status).toBe(201);
    expect(await html.json()).toMatchObject({ source: { mediaType: 'text/html', language: 'nl' } });
    const pdf = await upload('nato.pdf', await textPdf(PDF_LINES), {
      title: 'NATO targets',
      date: '2025-06-05',
    });
    expect(pdf.status).toBe(201);
    expect(await pdf.json()).toMatchObject({ source: { id: 'nato-targets', language: 'en' } });
  });

  it('refuses each bad input with a problem naming it, and stores nothing', async () => {
    const before = (await list()).length;
    const cases: [Response, number, RegExp][] = [
      [await upload('a.png', 'png', { title: 'x', date: '2025' }), 415, /not taken in/],
      [
        await upload('big.txt', 'a'.repeat(2 * 1024 * 1024 + 1), { title: 'x', date: '2025' }),
        413,
        /limit is 2 MiB/,
      ],
      [
        await upload('l.txt', new Uint8Array([0x61, 0xff, 0xfe]), { title: 'x', date: '2025' }),
        400,
        /not valid UTF-8/,
      ],
      [
        await upload('s.pdf', await imageOnlyPdf(), { title: 'x', date: '2025' }),
        400,
        /no text layer/,
      ],
      [await upload('n.txt', `${PLAIN_TEXT} Meer.`, {}), 400, /title/],
      [await upload('d.txt', `${PLAIN_TEXT} Nog meer.`, { title: 'x', date: 'soon' }), 400, /date/],
    ];
    for (const [response, status, says] of cases) {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      const problem = (await response.json()) as { detail?: string; issues?: unknown[] };
      expect(JSON.stringify(problem)).toMatch(says);
    }
    expect(await list()).toHaveLength(before);
  });

  it('needs the token', async () => {
    const form = new FormData();
    form.set('file', new Blob(['tekst']), 'a.txt');
    const response = await fetch(`${server.url}/api/sources`, { method: 'POST', body: form });
    expect(response.status).toBe(401);
  });
});
