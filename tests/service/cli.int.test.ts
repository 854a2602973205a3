import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveEventId } from '@kroniek/events';
import {
  createEventsDir,
  FIXTURE_SOURCE,
  fixtureEntry,
  writeRecorded,
} from '../support/importFixtures.js';
import { kroniek } from '../support/cli.js';

// Each case starts real processes, which is slow on a busy machine.
describe('the kroniek CLI', { timeout: 90_000 }, () => {
  let eventsDir: string;
  let good: string;
  let bad: string;
  const dbAt = (name: string) => join(eventsDir, name);

  beforeAll(() => {
    eventsDir = createEventsDir();
    const recorded = join(eventsDir, 'recorded');
    good = writeRecorded(recorded, 'good.yaml', [
      fixtureEntry('steun-voort'),
      fixtureEntry('ct-vastgesteld', {
        type: 'DocumentAdopted',
        subject: 'nato-dmm-2025-06',
        document: { name: 'capaciteitsdoelen' },
        source: {
          section: 'DMM',
          quotation: 'De ministers stelden nieuwe capaciteitsdoelen vast.',
        },
      }),
      fixtureEntry('drones', {
        type: 'SupportCommitted',
        source: { section: 'UDCG', quotation: 'Nederland draagt circa €400 mln bij aan drones.' },
      }),
    ]);
    bad = writeRecorded(recorded, 'bad.yaml', [
      fixtureEntry('bad-date', {
        subject: 'elders',
        occurred: { precision: 'day', date: '2025-06-31' },
      }),
    ]);
  });
  afterAll(() => rmSync(eventsDir, { recursive: true, force: true }));

  it('import appends the events once; a second import appends nothing', async () => {
    const db = ['--db', dbAt('twice.db'), '--events-dir', eventsDir];
    const first = await kroniek(['import', good, ...db]);
    expect(first).toMatchObject({ code: 0 });
    // the fixture source is registered first (position 1), then the events
    expect(first.stderr).toContain(
      '1 source(s) registered, 3 event(s) appended, 0 already stored; head 4',
    );
    const second = await kroniek(['import', good, ...db]);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(
      '0 source(s) registered, 0 event(s) appended, 3 already stored; head 4',
    );
  });

  it('import with a bad file exits 1, names file, event and field, and appends nothing', async () => {
    const db = ['--db', dbAt('bad.db'), '--events-dir', eventsDir];
    const run = await kroniek(['import', good, bad, ...db]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${bad}: event 'bad-date': occurred.date:`);
    const exported = await kroniek(['export', ...db]);
    expect(exported).toMatchObject({ code: 0, stdout: '' });
  });

  it('export writes the whole log as NDJSON in position order', async () => {
    const db = ['--db', dbAt('export.db'), '--events-dir', eventsDir];
    expect((await kroniek(['import', good, ...db])).code).toBe(0);
    const run = await kroniek(['export', ...db]);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { position: number; id: string; stream: string; type: string });
    expect(lines.map((e) => e.position)).toEqual([1, 2, 3, 4]);
    // the source the file names, registered by the import before its events
    expect(lines[0]).toMatchObject({ type: 'SourceRegistered', stream: 'kroniek:sources' });
    lines.shift();
    expect(lines.map((e) => e.id)).toEqual(
      ['steun-voort', 'ct-vastgesteld', 'drones'].map((k) => deriveEventId(FIXTURE_SOURCE, k)),
    );
    expect(lines.map((e) => e.stream)).toEqual([
      'udcg-2025-06',
      'nato-dmm-2025-06',
      'udcg-2025-06',
    ]);
  });

  it('verify exits 0 on an intact log and 1 at the tampered position; KRONIEK_DB picks the file', async () => {
    const env = { KRONIEK_DB: dbAt('verify.db') };
    expect((await kroniek(['import', good, '--events-dir', eventsDir], env)).code).toBe(0);
    const intact = await kroniek(['verify'], env);
    expect(intact).toMatchObject({ code: 0 });
    expect(intact.stdout).toContain('ok: 4 event(s)');

    const raw = new Database(dbAt('verify.db'));
    raw.exec('DROP TRIGGER events_no_update');
    // position 4: the drones event (the source's registration is position 1)
    raw.prepare("UPDATE events SET data = replace(data, 'circa', 'ruim') WHERE position = 4").run();
    raw.close();
    const broken = await kroniek(['verify'], env);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('BROKEN at position 4');
  });

  it('exits 2 on an unknown verb or a missing file list', async () => {
    expect((await kroniek(['frobnicate'])).code).toBe(2);
    const run = await kroniek(['import', '--db', dbAt('none.db')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('import needs at least one file');
  });
});
