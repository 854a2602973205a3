import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import canonicalize from 'canonicalize';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KroniekEvent } from '@kroniek/events';
import type { SourceWithText } from '@kroniek/events';
import { createSqliteEventStore, ValidationError } from '@kroniek/service';
import type { SqliteEventStore, StoredEvent } from '@kroniek/service';
import { importSeed, loadSources } from '../../service/src/importer.js';
import { importNdjson } from '../../service/src/importerNdjson.js';
import { createTestClock } from '../support/storeContract.js';

const REPO_EVENTS = resolve(import.meta.dirname, '../../events');

async function importError(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe('the NDJSON bulk import', () => {
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
    writeFileSync(path, `${lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n')}\n`);
    return path;
  };
  const events = () => letter.map((e) => e.data as KroniekEvent);

  describe('given valid lines', () => {
    it('appends every event, in file order, with the same data and an intact chain', async () => {
      const report = await importNdjson(store, [file('a.ndjson', events())], sources, { chunkSize: 7 });
      expect(report).toMatchObject({ files: 1, events: letter.length, appended: letter.length });
      const stored = await store.readAll({ limit: 10_000 });
      expect(stored.map((e) => e.id)).toEqual(letter.map((e) => e.id));
      expect(stored.map((e) => e.data)).toEqual(letter.map((e) => e.data));
      expect(stored.map((e) => e.stream)).toEqual(letter.map((e) => (e.data as KroniekEvent).subject));
      expect(await store.verify()).toEqual({ ok: true, checked: letter.length });
    });

    it('reads the output of `kroniek export` as well', async () => {
      const report = await importNdjson(store, [file('export.ndjson', letter)], sources);
      expect(report.appended).toBe(letter.length);
      expect((await store.getById(letter[3]!.id))?.data).toEqual(letter[3]!.data);
    });

    it('stores the same canonical text whatever the key order of a line', async () => {
      const shuffled = events().map((e) => Object.fromEntries(Object.entries(e).reverse()));
      await importNdjson(store, [file('a.ndjson', shuffled)], sources);
      for (const e of await store.readAll({ limit: 10_000 })) {
        const twin = letter.find((l) => l.id === e.id)!;
        expect(canonicalize(e.data)).toBe(canonicalize(twin.data));
      }
      expect((await store.verify()).ok).toBe(true);
    });

    it('appends nothing the second time: the import is idempotent', async () => {
      const path = file('a.ndjson', events());
      await importNdjson(store, [path], sources);
      const again = await importNdjson(store, [path], sources);
      expect(again).toMatchObject({ events: letter.length, appended: 0, head: letter.length });
    });

    it('hands the events to a live subscriber', async () => {
      const seen: string[] = [];
      const stop = store.subscribe((e) => seen.push(e.id));
      await importNdjson(store, [file('a.ndjson', events())], sources, { chunkSize: 5 });
      stop();
      expect(seen).toEqual(letter.map((e) => e.id));
    });
  });

  describe('given a line that its source does not support', () => {
    it('names the file, the line and the field, and writes nothing of that chunk', async () => {
      const bad = structuredClone(events()[2]!);
      bad.source.quotation = `${bad.source.quotation} (niet in de brief)`;
      const path = file('bad.ndjson', [...events().slice(0, 2), bad]);
      const error = await importError(importNdjson(store, [path], sources));
      expect(error.message).toContain('nothing imported');
      expect(error.issues[0]!.path).toBe(`${path}:3.source.quotation`);
      expect(await store.head()).toBe(0);
    });

    it('keeps the chunks before it, so a re-run after the fix appends only the rest', async () => {
      const all = events();
      const bad = { ...structuredClone(all[5]!), source: { ...all[5]!.source, documentId: 'no-such-doc' } };
      const path = file('bad.ndjson', [...all.slice(0, 5), bad, ...all.slice(6)]);
      const error = await importError(importNdjson(store, [path], sources, { chunkSize: 2 }));
      expect(error.message).toContain('4 event(s) before the first problem were appended');
      expect(error.issues.map((i) => i.path)).toEqual([`${path}:6.source.documentId`]);
      expect(await store.head()).toBe(4);
      const fixed = await importNdjson(store, [file('fixed.ndjson', all)], sources, { chunkSize: 2 });
      expect(fixed.appended).toBe(all.length - 4);
      expect((await store.verify()).ok).toBe(true);
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
      const error = await importError(importNdjson(store, [path], sources));
      const paths = error.issues.map((i) => i.path);
      expect(paths).toContain(`${path}:2.(line)`);
      expect(paths.some((p) => p.startsWith(`${path}:3.occurred`))).toBe(true);
      expect(paths).toContain(`${path}:4.id`);
      expect(paths).toContain(`${path}:5.fulfils`);
      expect(await store.head()).toBe(0);
    });

    it('stores the line as the schemas accept it: they are strict and transform nothing', () => {
      // The import stores a line's own JSON once the schemas accept it; that is only sound while
      // parsing an event gives back the same data.
      for (const e of events()) expect(KroniekEvent.parse(structuredClone(e))).toEqual(e);
    });
  });
});
