import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveEventId } from '@kroniek/events';
import { kroniek } from '../support/cli.js';
import {
  createEventsDir,
  FIXTURE_SOURCE,
  fixtureEntry,
  writeRecorded,
} from '../support/importFixtures.js';

interface Row {
  position: number;
  type: string;
  data: string;
}
/** What the SQLite file holds, straight from the file (none when it was never created). */
function rows(db: string): Row[] {
  if (!existsSync(db)) return [];
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare('SELECT position, type, data FROM events ORDER BY position').all() as Row[];
  } finally {
    conn.close();
  }
}

// Each case starts real processes, which is slow on a busy machine.
describe(
  'kroniek import of a recorded file whose source the log does not hold',
  { timeout: 90_000 },
  () => {
    let eventsDir: string;
    let work: string;
    let sourceText: string;
    const entries = () => [
      fixtureEntry('steun-voort'),
      fixtureEntry('drones', {
        type: 'SupportCommitted',
        source: { section: 'UDCG', quotation: 'Nederland draagt circa €400 mln bij aan drones.' },
      }),
    ];

    beforeAll(() => {
      eventsDir = createEventsDir();
      work = mkdtempSync(join(tmpdir(), 'kroniek-import-sources-'));
      sourceText = readFileSync(join(eventsDir, 'sources', `${FIXTURE_SOURCE}.txt`), 'utf8');
    });
    afterAll(() => {
      rmSync(eventsDir, { recursive: true, force: true });
      rmSync(work, { recursive: true, force: true });
    });

    it('registers the source from events/sources first, then appends the events; once', async () => {
      const file = writeRecorded(join(eventsDir, 'recorded'), 'good.yaml', entries());
      const db = join(work, 'shipped.db');
      const run = await kroniek(['import', file, '--db', db, '--events-dir', eventsDir]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain('1 source(s) registered');
      const stored = rows(db);
      expect(stored.map((r) => r.type)).toEqual([
        'SourceRegistered',
        ...entries().map((e) => e.type as string),
      ]);
      const registered = JSON.parse(stored[0]!.data) as { documentId: string; text: string };
      expect(registered).toMatchObject({ documentId: FIXTURE_SOURCE, text: sourceText });
      expect(stored.slice(1).map((r) => (JSON.parse(r.data) as { id: string }).id)).toEqual(
        entries().map((e) => deriveEventId(FIXTURE_SOURCE, e.key as string)),
      );

      const again = await kroniek(['import', file, '--db', db, '--events-dir', eventsDir]);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stderr).toContain('0 source(s) registered');
      expect(rows(db)).toHaveLength(stored.length);
    });

    it('takes the source files beside the imported file', async () => {
      const beside = mkdtempSync(join(work, 'beside-'));
      for (const ext of ['yaml', 'txt'])
        copyFileSync(
          join(eventsDir, 'sources', `${FIXTURE_SOURCE}.${ext}`),
          join(beside, `${FIXTURE_SOURCE}.${ext}`),
        );
      const file = writeRecorded(beside, 'recorded.yaml', entries());
      // an events directory that holds no source at all
      const empty = mkdtempSync(join(work, 'events-'));
      mkdirSync(join(empty, 'sources'));
      const db = join(work, 'beside.db');
      const run = await kroniek(['import', file, '--db', db, '--events-dir', empty]);
      expect(run.code, run.stderr).toBe(0);
      expect(rows(db).map((r) => r.type)[0]).toBe('SourceRegistered');
      expect(rows(db)).toHaveLength(1 + entries().length);
    });

    it('refuses a source that is neither in the log nor on disk, naming it; nothing stored', async () => {
      const missing = 'geen-bron-2025-06';
      const file = writeRecorded(work, 'orphan.yaml', entries(), missing);
      const db = join(work, 'orphan.db');
      const run = await kroniek(['import', file, '--db', db, '--events-dir', eventsDir]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`'${missing}'`);
      expect(rows(db)).toEqual([]);
    });

    it('registers nothing when an event of the file is refused', async () => {
      const file = writeRecorded(join(eventsDir, 'recorded'), 'bad.yaml', [
        ...entries(),
        fixtureEntry('bad-quote', {
          source: { section: 'UDCG', quotation: 'Nederland draagt circa €500 mln bij aan drones.' },
        }),
      ]);
      const db = join(work, 'bad.db');
      const run = await kroniek(['import', file, '--db', db, '--events-dir', eventsDir]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("event 'bad-quote'");
      expect(rows(db)).toEqual([]);
    });
  },
);
