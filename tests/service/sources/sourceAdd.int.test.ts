import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '@kroniek/events';
import { kroniek } from '../../support/cli.js';
import {
  HTML_PAGE,
  HTML_PARAGRAPHS,
  imageOnlyPdf,
  PDF_LINES,
  PLAIN_TEXT,
  textPdf,
} from '../../support/sourceFiles.js';

const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** The source records the store holds, straight from the file. */
function storedSources(db: string): { id: string; data: Record<string, unknown> }[] {
  const conn = new Database(db, { readonly: true });
  try {
    return (
      conn.prepare("SELECT id, data FROM events WHERE type = 'SourceRegistered'").all() as {
        id: string;
        data: string;
      }[]
    ).map((r) => ({ id: r.id, data: JSON.parse(r.data) as Record<string, unknown> }));
  } finally {
    conn.close();
  }
}

const countEvents = (db: string) => {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
  } finally {
    conn.close();
  }
};

// Each case starts a real process, which is slow on a busy machine.
describe('kroniek source add', { timeout: 120_000 }, () => {
  let dir: string;
  let db: string;
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const add = (path: string, ...args: string[]) =>
    kroniek(['--db', db, 'source', 'add', path, ...args]);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kroniek-source-add-'));
    db = join(dir, 'kroniek.db');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores a .txt with its text, both hashes and the detected language; the same file again stores nothing', async () => {
    const path = file('brief.txt', PLAIN_TEXT);
    const first = await add(path, '--title', 'Brief over steun', '--date', '2025-06-05');
    expect(first.code, first.stderr).toBe(0);
    const answer = JSON.parse(first.stdout) as Record<string, unknown>;
    const text = PLAIN_TEXT.replace(/\r\n/g, '\n').trim();
    expect(answer).toMatchObject({
      created: true,
      id: 'brief-over-steun',
      language: 'nl',
      mediaType: 'text/plain',
      textSha256: sha256Hex(text),
      originalSha256: sha(PLAIN_TEXT),
    });
    const [stored] = storedSources(db);
    expect(stored!.data).toMatchObject({ documentId: 'brief-over-steun', text });

    const again = await add(path, '--title', 'Another title', '--date', '2025-06-06');
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: false, id: 'brief-over-steun' });
    expect(storedSources(db)).toHaveLength(1);
  });

  it('stores the main text of an .html page, headings and paragraphs apart, without its navigation', async () => {
    const path = file('persbericht.html', HTML_PAGE);
    const run = await add(path, '--date', '2025-06-04', '--url', 'https://www.rijksoverheid.nl/x');
    expect(run.code, run.stderr).toBe(0);
    const answer = JSON.parse(run.stdout) as { id: string; originalSha256: string };
    expect(answer.originalSha256).toBe(sha(HTML_PAGE));
    const stored = storedSources(db).find((s) => s.data.documentId === answer.id)!;
    const text = stored.data.text as string;
    const paragraphs = text.split('\n\n');
    for (const p of HTML_PARAGRAPHS)
      expect(
        paragraphs.some((q) => q.startsWith(p)),
        p,
      ).toBe(true);
    expect(paragraphs).toContain('Samenwerking met de industrie');
    expect(text).not.toContain('Onderwerpen');
    expect(stored.data.textSha256).toBe(sha256Hex(text));
    expect(stored.data).toMatchObject({
      mediaType: 'text/html',
      language: 'nl',
      location: { url: 'https://www.rijksoverheid.nl/x' },
    });
  });

  it('stores the text layer of a .pdf made with pdf-lib, its title from the PDF', async () => {
    const bytes = await textPdf(PDF_LINES, 'NATO capability targets');
    const path = file('nato.pdf', bytes);
    const run = await add(path, '--date', '2025-06-05', '--publisher', 'NATO');
    expect(run.code, run.stderr).toBe(0);
    const answer = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(answer).toMatchObject({
      created: true,
      id: 'nato-capability-targets',
      mediaType: 'application/pdf',
      language: 'en',
      originalSha256: sha(bytes),
    });
    const stored = storedSources(db).find((s) => s.data.documentId === answer.id)!;
    for (const line of PDF_LINES) expect(stored.data.text as string).toContain(line);
    expect(stored.data.textSha256).toBe(sha256Hex(stored.data.text as string));
  });

  describe('refuses, naming the problem, and stores nothing', () => {
    const refused = async (path: string, args: string[], says: RegExp) => {
      const before = countEvents(db);
      const run = await add(path, ...args);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(says);
      expect(countEvents(db)).toBe(before);
    };

    it('an unsupported type', async () => {
      const path = file('scan.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));
      await refused(path, ['--title', 'x', '--date', '2025'], /file: 'scan\.png' is not taken in/);
    });

    it('a file over the size limit, naming the limit', async () => {
      const path = file('big.txt', 'a'.repeat(2 * 1024 * 1024 + 1));
      await refused(
        path,
        ['--title', 'x', '--date', '2025'],
        /the limit is 2 MiB \(2097152 bytes\)/,
      );
    });

    it('text that is not UTF-8', async () => {
      const path = file(
        'latin1.txt',
        new Uint8Array([0x4f, 0x65, 0x6b, 0x72, 0x61, 0xef, 0x6e, 0x65, 0xff]),
      );
      await refused(path, ['--title', 'x', '--date', '2025'], /not valid UTF-8/);
    });

    it('an empty file and an image-only PDF', async () => {
      await refused(file('empty.txt', ''), ['--title', 'x', '--date', '2025'], /the file is empty/);
      const scan = file('scan.pdf', await imageOnlyPdf());
      await refused(scan, ['--title', 'x', '--date', '2025'], /no text layer/);
    });

    it('missing title and date', async () => {
      const path = file('untitled.txt', `${PLAIN_TEXT} Nog een zin.`);
      await refused(path, [], /title \(required.*date \(required/);
    });
  });
});
