import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import canonicalize from 'canonicalize';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KroniekEvent } from '@kroniek/events';
import type { SourceWithText } from '@kroniek/events';
import { createSqliteEventStore, ValidationError } from '@kroniek/service';
import type { SqliteEventStore, StoredEvent } from '@kroniek/service';
import { importSeed, loadSources } from '../../../service/src/import/importer.js';
import { importNdjson } from '../../../service/src/import/ndjson.js';
import type { NdjsonImportOptions } from '../../../service/src/import/ndjson.js';
import { createTestClock } from '../../support/storeContract.js';

const REPO_EVENTS = resolve(import.meta.dirname, '../../../events');

async function importError(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe.each([false, true])('the NDJSON bulk import (checks on a worker thread: %s)', (worker) => {
  let dir: string;
  let sources: Map<string, SourceWithText>;
  /** The letter's events, as `kroniek export` writes them. */
  let letter: StoredEvent[];
  let store: SqliteEventStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kroniek-ndjson-'));
    sources = await loadSources(REPO_EVENTS);
    const seeded = createSqliteEventStore({ path: ':memory:', clock: createTestClock().clock });
    await importSeed(seeded, REPO_EVENTS);
    letter = await seeded.readAll({ limit: 10_000 });
    await seeded.close();
    store = createSqliteEventStore({
      path: join(dir, 'store.db'),
      clock: createTestClock('2026-01-02T03:04:05.000Z').clock,
    });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const file = (name: string, lines: unknown[]) => {
    const path = join(dir, name);
    writeFileSync(
      path,
      `${lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n')}\n`,
    );
    return path;
  };
  const events = () => letter.map((e) => e.data as KroniekEvent);
  const imp = (paths: string[], options: NdjsonImportOptions = {}) =>
    importNdjson(store, paths, sources, { worker, ...options });

  describe('given valid lines', () => {
    it('appends every event, in file order, with the same data and an intact chain', async () => {
      const report = await imp([file('a.ndjson', events())], { chunkSize: 7 });
      expect(report).toMatchObject({ files: 1, events: letter.length, appended: letter.length });
      const stored = await store.readAll({ limit: 10_000 });
      expect(stored.map((e) => e.id)).toEqual(letter.map((e) => e.id));
      expect(stored.map((e) => e.data)).toEqual(letter.map((e) => e.data));
      expect(stored.map((e) => e.stream)).toEqual(
        letter.map((e) => (e.data as KroniekEvent).subject),
      );
      expect(await store.verify()).toEqual({ ok: true, checked: letter.length });
    });

    it('reads the output of `kroniek export` as well', async () => {
      const report = await imp([file('export.ndjson', letter)]);
      expect(report.appended).toBe(letter.length);
      expect((await store.getById(letter[3]!.id))?.data).toEqual(letter[3]!.data);
    });

    it('stores the same canonical text whatever the key order of a line', async () => {
      const shuffled = events().map((e) => Object.fromEntries(Object.entries(e).reverse()));
      await imp([file('a.ndjson', shuffled)]);
      for (const e of await store.readAll({ limit: 10_000 })) {
        const twin = letter.find((l) => l.id === e.id)!;
        expect(canonicalize(e.data)).toBe(canonicalize(twin.data));
      }
      expect((await store.verify()).ok).toBe(true);
    });

    it('appends nothing the second time: the import is idempotent', async () => {
      const path = file('a.ndjson', events());
      await imp([path]);
      const again = await imp([path]);
      expect(again).toMatchObject({ events: letter.length, appended: 0, head: letter.length });
    });

    it('reads a character whose bytes straddle two megabyte pieces of the file', async () => {
      const all = events();
      const j = all.findIndex((e) => /[^ -~]/.test(JSON.stringify(e)));
      expect(j).toBeGreaterThanOrEqual(0);
      const before = all
        .slice(0, j)
        .map((e) => JSON.stringify(e))
        .join('\n');
      const line = JSON.stringify(all[j]);
      const charAt = Buffer.byteLength(line.slice(0, line.search(/[^ -~]/)));
      // A blank line of spaces first, so that the character's first byte is the piece's last.
      const pad = (1 << 20) - 1 - 1 - Buffer.byteLength(before) - 1 - charAt;
      const path = join(dir, 'utf8.ndjson');
      writeFileSync(path, `${' '.repeat(pad)}\n${before}\n${line}\n`);
      expect(readFileSync(path).subarray((1 << 20) - 1, 1 << 20)[0]! & 0xc0).toBe(0xc0);
      const report = await imp([path]);
      expect(report.appended).toBe(j + 1);
      expect((await store.getById(all[j]!.id))?.data).toEqual(all[j]);
    });

    it('numbers lines across many pieces, past a line longer than a piece, to a last line without newline', async () => {
      const [a, b, c] = events();
      // Blank lines are skipped but counted: one longer than a piece, then many pieces' worth.
      const filler = Array.from({ length: 3000 }, () => ' '.repeat(1000));
      const lines = [' '.repeat((1 << 20) + 4096), ...filler, JSON.stringify(a), ...filler];
      const bad = JSON.stringify({ ...b!, type: 'NoSuchEvent' });
      const path = join(dir, 'long.ndjson');
      writeFileSync(path, `${[...lines, bad].join('\n')}\n${JSON.stringify(c)}`);
      const error = await importError(imp([path], { chunkSize: 1 }));
      expect(error.issues.map((i) => i.path)).toEqual([`${path}:${lines.length + 1}.type`]);
      expect(await store.head()).toBe(1);
      writeFileSync(path, `${[...lines, JSON.stringify(b)].join('\n')}\n${JSON.stringify(c)}`);
      const report = await imp([path]);
      expect(report).toMatchObject({ events: 3, appended: 2, head: 3 });
      expect((await store.readAll()).map((e) => e.id)).toEqual([a!.id, b!.id, c!.id]);
    });

    it('hands the events to a live subscriber', async () => {
      const seen: string[] = [];
      const stop = store.subscribe((e) => seen.push(e.id));
      await imp([file('a.ndjson', events())], { chunkSize: 5 });
      stop();
      expect(seen).toEqual(letter.map((e) => e.id));
    });
  });

  describe('given a line that its source does not support', () => {
    it('names the file, the line and the field, and writes nothing of that chunk', async () => {
      const bad = structuredClone(events()[2]!);
      bad.source.quotation = `${bad.source.quotation} (niet in de brief)`;
      const path = file('bad.ndjson', [...events().slice(0, 2), bad]);
      const error = await importError(imp([path]));
      expect(error.message).toContain('nothing imported');
      expect(error.issues[0]!.path).toBe(`${path}:3.source.quotation`);
      expect(await store.head()).toBe(0);
    });

    it('keeps the chunks before it, so a re-run after the fix appends only the rest', async () => {
      const all = events();
      const bad = {
        ...structuredClone(all[5]!),
        source: { ...all[5]!.source, documentId: 'no-such-doc' },
      };
      const path = file('bad.ndjson', [...all.slice(0, 5), bad, ...all.slice(6)]);
      const error = await importError(imp([path], { chunkSize: 2 }));
      expect(error.message).toContain('4 event(s) before the first problem were appended');
      expect(error.issues.map((i) => i.path)).toEqual([`${path}:6.source.documentId`]);
      expect(await store.head()).toBe(4);
      const fixed = await imp([file('fixed.ndjson', all)], { chunkSize: 2 });
      expect(fixed.appended).toBe(all.length - 4);
      expect((await store.verify()).ok).toBe(true);
    });
  });

  describe('given many files (each one piece or more, more pieces than the worker runs ahead)', () => {
    /** The lines cut into `parts` consecutive files; returns the paths and where line j went. */
    const split = (all: unknown[], parts: number) => {
      const per = Math.ceil(all.length / parts);
      const paths = Array.from({ length: parts }, (_, i) =>
        file(`part-${i}.ndjson`, all.slice(i * per, (i + 1) * per)),
      );
      return { paths, lineOf: (j: number) => `${paths[Math.floor(j / per)]}:${(j % per) + 1}` };
    };

    it('appends them in file order, then line order', async () => {
      const all = events();
      const { paths } = split(all, 6);
      const report = await imp(paths, { chunkSize: 4 });
      expect(report).toMatchObject({ files: 6, events: all.length, appended: all.length });
      expect((await store.readAll({ limit: 10_000 })).map((e) => e.id)).toEqual(
        all.map((e) => e.id),
      );
      expect((await store.verify()).ok).toBe(true);
    });

    it('names the file and line of each problem and keeps only the chunks before the first', async () => {
      const all = events();
      const broken = all.map((e, j) => (j === 13 || j === 27 ? { ...e, type: 'NoSuchEvent' } : e));
      const { paths, lineOf } = split(broken, 4);
      const error = await importError(imp(paths, { chunkSize: 2 }));
      const issues = error.issues.map((i) => i.path);
      expect(issues[0]).toBe(`${lineOf(13)}.type`);
      expect(issues).toContain(`${lineOf(27)}.type`);
      // 13 valid events come first; whole chunks of 2 of them are written.
      expect(error.message).toContain('12 event(s) before the first problem were appended');
      expect(await store.head()).toBe(12);
    });

    it('stops reading at the problem limit', async () => {
      const bad = events().map((e) => ({ ...e, type: 'NoSuchEvent' }));
      const error = await importError(imp(split(bad, 6).paths, { maxProblems: 3 }));
      expect(error.issues.length).toBeGreaterThanOrEqual(3);
      expect(error.issues.length).toBeLessThan(bad.length);
      expect(await store.head()).toBe(0);
    });
  });

  describe('given lines that are not valid events', () => {
    it('lists every problem: bad JSON, a schema violation, an id twice, an unknown reference', async () => {
      const [first, second] = events();
      const fulfilment = events().find((e) => e.type === 'ParliamentaryCommitmentFulfilled')!;
      const dangling = { ...fulfilment, fulfils: '00000000-0000-4000-8000-000000000001' };
      const path = file('many.ndjson', [
        first,
        '{ not json',
        { ...second!, occurred: { precision: 'day', date: '2025-02-30' } },
        first,
        dangling,
      ]);
      const error = await importError(imp([path]));
      const paths = error.issues.map((i) => i.path);
      expect(paths).toContain(`${path}:2.(line)`);
      expect(paths.some((p) => p.startsWith(`${path}:3.occurred`))).toBe(true);
      expect(paths).toContain(`${path}:4.id`);
      expect(paths).toContain(`${path}:5.fulfils`);
      expect(await store.head()).toBe(0);
    });

    it('names an id in upper case, a control character and a lone surrogate by their fields', async () => {
      const [first, second, third] = events();
      const path = file('input.ndjson', [
        { ...first!, id: first!.id.replace(/[a-f]/g, (c) => c.toUpperCase()) },
        { ...second!, title: `${second!.title}\u0007` },
        `${JSON.stringify(third).slice(0, -1)},"summary":"half \\ud83d paar"}`,
      ]);
      const error = await importError(imp([path]));
      expect(error.issues).toEqual([
        { path: `${path}:1.id`, message: expect.stringContaining('ids are lower case') },
        { path: `${path}:2.title`, message: expect.stringContaining('U+0007') },
        { path: `${path}:3.summary`, message: expect.stringContaining('U+D83D') },
      ]);
      expect(await store.head()).toBe(0);
    });

    it('stores the line as the schemas accept it: they are strict and transform nothing', () => {
      // The import stores a line's own JSON once the schemas accept it; that is only sound while
      // parsing an event gives back the same data.
      for (const e of events()) expect(KroniekEvent.parse(structuredClone(e))).toEqual(e);
    });
  });
});
