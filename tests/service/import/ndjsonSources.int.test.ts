import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryToEvent, sha256Hex } from '@kroniek/events';
import type { KroniekEvent, SourceWithText } from '@kroniek/events';
import { createSqliteEventStore, ValidationError } from '@kroniek/service';
import type { SqliteEventStore } from '@kroniek/service';
import { loadSources } from '../../../service/src/import/importer.js';
import { importNdjson } from '../../../service/src/import/ndjson.js';
import { createSourceCatalog } from '../../../service/src/sources/catalog.js';
import { registrationOf } from '../../../service/src/sources/records.js';
import { createEventsDir, FIXTURE_SOURCE, fixtureEntry } from '../../support/importFixtures.js';
import { createTestClock } from '../../support/storeContract.js';

/** The fixture source's entry `key` as an event quoting that source. */
function eventOf(source: SourceWithText, key: string, overrides: Record<string, unknown> = {}) {
  const parsed = entryToEvent(source.id, { ...fixtureEntry(key, overrides), key }, source.text);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

describe.each([false, true])(
  'an NDJSON file that registers a source, then quotes it (checks on a worker thread: %s)',
  (worker) => {
    let dir: string;
    let eventsDir: string;
    let source: SourceWithText;
    let store: SqliteEventStore;

    beforeEach(async () => {
      dir = mkdtempSync(join(tmpdir(), 'kroniek-ndjson-sources-'));
      eventsDir = createEventsDir();
      source = (await loadSources(eventsDir)).get(FIXTURE_SOURCE)!;
      store = createSqliteEventStore({
        path: join(dir, 'store.db'),
        clock: createTestClock().clock,
      });
    });
    afterEach(async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(eventsDir, { recursive: true, force: true });
    });

    const file = (lines: unknown[]) => {
      const path = join(dir, 'import.ndjson');
      writeFileSync(path, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
      return path;
    };
    /** The import, knowing no source beforehand: the file's own registration is all there is. */
    const imp = (path: string) => importNdjson(store, [path], new Map(), { worker });

    it('checks the quoting lines against the text the file registered, and stores both', async () => {
      const events = [eventOf(source, 'steun-voort'), eventOf(source, 'drones', droneQuote)];
      const path = file([registrationOf(source), ...events]);
      const report = await imp(path);
      expect(report).toMatchObject({ events: 1 + events.length, appended: 1 + events.length });
      const catalog = createSourceCatalog({ store });
      await catalog.catchUp();
      expect(catalog.sources.get(source.id)?.text).toBe(source.text);
      for (const e of events) expect((await store.getById(e.id))?.data).toEqual(e);
    });

    it('refuses a quotation that is not in the registered text, naming line and field; nothing stored', async () => {
      const good = eventOf(source, 'steun-voort');
      const bad = structuredClone(eventOf(source, 'drones', droneQuote)) as KroniekEvent;
      bad.source.quotation = bad.source.quotation.replace('€400', '€500');
      const path = file([registrationOf(source), good, bad]);
      const error = await imp(path).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ValidationError);
      const issues = (error as ValidationError).issues;
      expect(issues.map((i) => i.path)).toEqual([`${path}:3.source.quotation`]);
      expect(issues[0]!.message).toContain(`of '${source.id}'`);
      expect(await store.head()).toBe(0);
    });

    it('refuses a line quoting a source registered only after it', async () => {
      const path = file([eventOf(source, 'steun-voort'), registrationOf(source)]);
      const error = (await imp(path).catch((e: unknown) => e)) as ValidationError;
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.issues.map((i) => i.path)).toEqual([`${path}:1.source.documentId`]);
      expect(await store.head()).toBe(0);
    });

    it('refuses a registration of an id the sources hold with another text, naming the line', async () => {
      const other = `${source.text}Een zin die de brief niet heeft.\n`;
      const changed = { ...source, text: other, textSha256: sha256Hex(other) };
      const path = file([registrationOf({ ...changed, originalSha256: sha256Hex(other) })]);
      const error = (await importNdjson(store, [path], new Map([[source.id, source]]), {
        worker,
      }).catch((e: unknown) => e)) as ValidationError;
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.issues.map((i) => i.path)).toEqual([`${path}:1.documentId`]);
      expect(await store.head()).toBe(0);
    });
  },
);

const droneQuote = {
  type: 'SupportCommitted',
  source: { section: 'UDCG', quotation: 'Nederland draagt circa €400 mln bij aan drones.' },
};
