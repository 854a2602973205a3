import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveEventId } from '@kroniek/events';
import { createSqliteEventStore, ValidationError } from '@kroniek/service';
import type { SqliteEventStore } from '@kroniek/service';
import { importFiles, importSeed, loadSources } from '../../../service/src/import/importer.js';
import {
  createEventsDir,
  FIXTURE_SOURCE,
  FIXTURE_TEXT,
  fixtureEntry,
  writeRecorded,
} from '../../support/importFixtures.js';
import { createTestClock } from '../../support/storeContract.js';

const REPO_EVENTS = resolve(import.meta.dirname, '../../../events');

/** The error an import throws, which must be a ValidationError. */
async function importError(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe('the importer', () => {
  let eventsDir: string;
  let store: SqliteEventStore;

  beforeEach(() => {
    eventsDir = createEventsDir();
    store = createSqliteEventStore({
      path: join(eventsDir, 'store.db'),
      clock: createTestClock().clock,
    });
  });
  afterEach(async () => {
    await store.close();
    rmSync(eventsDir, { recursive: true, force: true });
  });

  const recorded = (name: string, entries: Record<string, unknown>[]) =>
    writeRecorded(join(eventsDir, 'recorded'), name, entries);

  describe('on valid files', () => {
    beforeEach(() => {
      recorded('a.yaml', [
        fixtureEntry('steun-voort'),
        fixtureEntry('drones', {
          type: 'SupportCommitted',
          title: 'Nederland draagt bij aan drones',
          source: { section: 'UDCG', quotation: 'Nederland draagt circa €400 mln bij aan drones.' },
        }),
      ]);
      recorded('b.yaml', [
        fixtureEntry('ct-vastgesteld', {
          type: 'DocumentAdopted',
          subject: 'nato-dmm-2025-06',
          title: 'Nieuwe capaciteitsdoelen vastgesteld',
          document: { name: 'capaciteitsdoelen' },
          source: {
            section: 'DMM',
            quotation: 'De ministers stelden nieuwe capaciteitsdoelen vast.',
          },
        }),
        fixtureEntry('steun-voort-gecorrigeerd', {
          type: 'EventCorrected',
          title: 'Datum gecorrigeerd',
          corrects: 'steun-voort',
          changes: { occurred: { precision: 'month', month: '2025-06' } },
          reason: 'test',
        }),
      ]);
    });

    it('stores each full event in its subject stream with its derived id, in file order', async () => {
      const report = await importSeed(store, eventsDir);
      expect(report).toEqual({ files: 2, events: 4, appended: 4, head: 4 });
      const all = await store.readAll();
      const keys = ['steun-voort', 'drones', 'ct-vastgesteld', 'steun-voort-gecorrigeerd'];
      expect(all.map((e) => e.id)).toEqual(keys.map((k) => deriveEventId(FIXTURE_SOURCE, k)));
      expect(all.map((e) => `${e.stream}@${e.revision}`)).toEqual([
        'udcg-2025-06@0',
        'udcg-2025-06@1',
        'nato-dmm-2025-06@0',
        'udcg-2025-06@2',
      ]);
      const first = all[0]!;
      expect(first.type).toBe('AnnouncementMade');
      expect(first.data).toMatchObject({
        id: first.id,
        schemaVersion: 1,
        subject: 'udcg-2025-06',
        type: first.type,
      });
      const { source } = first.data as {
        source: { documentId: string; location: { start: number; end: number }; quotation: string };
      };
      expect(source.documentId).toBe(FIXTURE_SOURCE);
      expect(FIXTURE_TEXT.slice(source.location.start, source.location.end)).toBe(source.quotation);
      expect((all[3]!.data as { corrects: string }).corrects).toBe(first.id);
    });

    it('appends nothing when the same files are imported again', async () => {
      await importSeed(store, eventsDir);
      const before = await store.readAll();
      const again = await importSeed(store, eventsDir);
      expect(again).toMatchObject({ events: 4, appended: 0, head: 4 });
      expect(await store.readAll()).toEqual(before);
    });

    it('appends only the entries that a file gained since the last import', async () => {
      await importSeed(store, eventsDir);
      const file = recorded('a.yaml', [
        fixtureEntry('steun-voort'),
        fixtureEntry('drones', {
          type: 'SupportCommitted',
          title: 'Nederland draagt bij aan drones',
          source: { section: 'UDCG', quotation: 'Nederland draagt circa €400 mln bij aan drones.' },
        }),
        fixtureEntry('bijeenkomst', {
          type: 'MeetingHeld',
          meeting: { name: 'UDCG' },
          source: {
            section: '(inleiding)',
            quotation: 'kwam de Ukraine Defence Contact Group bijeen',
          },
        }),
      ]);
      const report = await importFiles(store, [file], await loadSources(eventsDir));
      expect(report).toMatchObject({ events: 3, appended: 1, head: 5 });
    });

    it('refuses an entry edited after it was stored, naming file and key, and writes nothing', async () => {
      await importSeed(store, eventsDir);
      const file = recorded('a.yaml', [
        fixtureEntry('steun-voort', { title: 'Een andere titel' }),
        fixtureEntry('nieuw', { subject: 'iets-anders' }),
      ]);
      const error = await importError(importFiles(store, [file], await loadSources(eventsDir)));
      expect(error.message).toContain(
        `${file}: event 'steun-voort': (event): already stored with other content`,
      );
      expect(await store.head()).toBe(4);
    });
  });

  describe('on a bad file', () => {
    let good: string;
    beforeEach(() => {
      good = recorded('0-good.yaml', [fixtureEntry('steun-voort')]);
    });

    const rejects = async (entry: Record<string, unknown>, field: string) => {
      const bad = recorded('1-bad.yaml', [fixtureEntry('ok-entry', { subject: 'elders' }), entry]);
      const error = await importError(
        importFiles(store, [good, bad], await loadSources(eventsDir)),
      );
      expect(error.message).toContain(`${bad}: event '${String(entry.key)}': ${field}:`);
      expect(error.message).not.toContain(`${good}: `);
      expect(await store.head()).toBe(0);
      return error;
    };

    it('a date that does not exist: names file, event and field, appends nothing', async () => {
      await rejects(
        fixtureEntry('bad-date', { occurred: { precision: 'day', date: '2025-02-30' } }),
        'occurred.date',
      );
    });

    it('a quotation that is not in the source text', async () => {
      const error = await rejects(
        fixtureEntry('bad-quote', {
          source: { section: 'UDCG', quotation: 'Nederland stopt de steun' },
        }),
        'source.quotation',
      );
      expect(error.message).toContain('not found');
    });

    it('a quotation at offsets where the text says something else', async () => {
      const source = {
        documentId: FIXTURE_SOURCE,
        section: 'UDCG',
        quotation: 'Op 4 juni',
        location: { start: 5, end: 14 },
      };
      await rejects(fixtureEntry('bad-offsets', { source }), 'source.quotation');
    });

    it('an unknown event type', async () => {
      await rejects(fixtureEntry('bad-type', { type: 'ThingHappened' }), 'type');
    });

    it('a reference to an event that does not exist', async () => {
      const entry = fixtureEntry('bad-ref', {
        type: 'EventRetracted',
        retracts: 'no-such-key',
        reason: 'test',
      });
      await rejects(entry, 'retracts');
    });

    it('a reference written as an id in upper case: refused, not read as a key', async () => {
      const id = deriveEventId(FIXTURE_SOURCE, 'steun-voort').toUpperCase();
      const entry = fixtureEntry('upper-ref', {
        type: 'EventRetracted',
        retracts: id,
        reason: 'x',
      });
      const error = await rejects(entry, 'retracts');
      expect(error.message).toContain(`retracts: ids are lower case: write '${id.toLowerCase()}'`);
    });

    it.each([
      ['a NUL in a title', { title: 'Steun\u0000voort' }, 'title', 'U+0000'],
      ['a carriage return in a summary', { summary: 'een\r\nregel' }, 'summary', 'U+000D'],
      ['a lone surrogate in a summary', { summary: 'half \uD83D paar' }, 'summary', 'U+D83D'],
      [
        'a right-to-left override in an actor name',
        { actors: [{ id: 'nl', name: 'Neder\u202Eland', role: 'announcer' }] },
        'actors.0.name',
        'U+202E',
      ],
      [
        'an absurd amount',
        {
          money: [
            {
              currency: 'EUR',
              amount: { kind: 'exact', value: 1.7e308 },
              approximate: true,
              wording: 'circa €400 mln',
            },
          ],
        },
        'money.0.amount.value',
        '1e18',
      ],
    ])('%s: names the field', async (_label, overrides, field, words) => {
      const error = await rejects(fixtureEntry('bad-text', overrides), field);
      expect(error.message).toContain(words);
    });

    it('a key used twice', async () => {
      await rejects(fixtureEntry('steun-voort', { subject: 'elders' }), 'key');
    });

    it('a file that is not YAML, or names no known source', async () => {
      const broken = join(eventsDir, 'recorded', '2-broken.yaml');
      writeFileSync(broken, 'source: [unclosed\nevents: 1\n');
      const unknown = writeRecorded(
        join(eventsDir, 'recorded'),
        '3-unknown.yaml',
        [fixtureEntry('x')],
        'no-such-source',
      );
      const error = await importError(
        importFiles(store, [good, broken, unknown], await loadSources(eventsDir)),
      );
      expect(error.message).toContain(`${broken}: (file):`);
      expect(error.message).toContain(`${unknown}: source: no source document 'no-such-source'`);
      expect(await store.head()).toBe(0);
    });
  });

  describe('loadSources', () => {
    it('gives each source its metadata and verbatim text', async () => {
      const sources = await loadSources(eventsDir);
      expect([...sources.keys()]).toEqual([FIXTURE_SOURCE]);
      expect(sources.get(FIXTURE_SOURCE)?.text).toBe(FIXTURE_TEXT);
    });

    it('refuses a text that does not match its checksum', async () => {
      writeFileSync(join(eventsDir, 'sources', `${FIXTURE_SOURCE}.txt`), `${FIXTURE_TEXT}!`);
      const error = await importError(loadSources(eventsDir));
      expect(error.message).toContain(`${FIXTURE_SOURCE}.yaml: sha256:`);
    });
  });
});

describe("the repository's seed data", () => {
  it('imports completely once and appends nothing the second time', async () => {
    const dir = createEventsDir();
    const store = createSqliteEventStore({
      path: join(dir, 'seed.db'),
      clock: createTestClock().clock,
    });
    try {
      const first = await importSeed(store, REPO_EVENTS);
      expect(first.appended).toBe(first.events);
      expect(first.events).toBeGreaterThan(0);
      const second = await importSeed(store, REPO_EVENTS);
      expect(second).toMatchObject({ appended: 0, head: first.head });
      expect(await store.verify()).toEqual({ ok: true, checked: first.head });
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
