import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveEventId, sha256Hex } from '@kroniek/events';
import { createSqliteEventStore, ValidationError } from '@kroniek/service';
import type { SqliteEventStore } from '@kroniek/service';
import { importSeed } from '../../../service/src/import/importer.js';
import {
  createEventsDir,
  FIXTURE_SOURCE,
  fixtureEntry,
  writeRecorded,
} from '../../support/importFixtures.js';
import { createTestClock } from '../../support/storeContract.js';
import { stringify } from 'yaml';

// A second document (a press release) corroborates an entry of the letter's file, naming it as
// `<documentId>#<key>`.

const RELEASE = 'test-release-2025-06';
const RELEASE_TEXT = 'NATO Defence Ministers adopted new capability targets on 5 June 2025.\n';

function addRelease(dir: string): void {
  writeFileSync(join(dir, 'sources', `${RELEASE}.txt`), RELEASE_TEXT);
  const meta = {
    id: RELEASE,
    title: 'Testpersbericht',
    kind: 'press-release',
    language: 'en',
    author: { name: 'NATO', role: 'press office' },
    published: { date: { precision: 'day', date: '2025-06-05' }, rule: 'test fixture' },
    cites: [],
    textFile: `${RELEASE}.txt`,
    sha256: sha256Hex(RELEASE_TEXT),
  };
  writeFileSync(join(dir, 'sources', `${RELEASE}.yaml`), stringify(meta));
}

const adopted = fixtureEntry('ct-vastgesteld', {
  type: 'DocumentAdopted',
  subject: 'nato-dmm-2025-06',
  title: 'Nieuwe capaciteitsdoelen vastgesteld',
  document: { name: 'capaciteitsdoelen' },
  source: { section: 'DMM', quotation: 'De ministers stelden nieuwe capaciteitsdoelen vast.' },
});

const corroboration = (corroborates: string) => ({
  key: 'targets-adopted',
  type: 'EventCorroborated',
  corroborates,
  subject: 'nato-dmm-2025-06',
  title: 'NATO adopted new capability targets',
  category: 'ukraine-support',
  occurred: { precision: 'day', date: '2025-06-05' },
  knownAt: { date: { precision: 'day', date: '2025-06-05' }, basis: 'source-publication' },
  source: { section: 'Release', quotation: 'adopted new capability targets on 5 June 2025' },
  actors: [],
});

describe('importing a corroboration from another document', () => {
  let dir: string;
  let store: SqliteEventStore;
  beforeEach(() => {
    dir = createEventsDir();
    addRelease(dir);
    store = createSqliteEventStore({ path: join(dir, 'store.db'), clock: createTestClock().clock });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('resolves <documentId>#<key> to the entry of the other file', async () => {
    writeRecorded(join(dir, 'recorded'), 'a-letter.yaml', [adopted]);
    writeRecorded(
      join(dir, 'recorded'),
      'b-release.yaml',
      [corroboration(`${FIXTURE_SOURCE}#ct-vastgesteld`)],
      RELEASE,
    );
    const report = await importSeed(store, dir);
    expect(report.appended).toBe(2);
    const stored = await store.getById(deriveEventId(RELEASE, 'targets-adopted'));
    expect((stored?.data as { corroborates: string }).corroborates).toBe(
      deriveEventId(FIXTURE_SOURCE, 'ct-vastgesteld'),
    );
  });

  it('refuses one that names an amendment, naming the file, key and field, and stores nothing', async () => {
    writeRecorded(join(dir, 'recorded'), 'a-letter.yaml', [
      adopted,
      fixtureEntry('ct-gecorrigeerd', {
        type: 'EventCorrected',
        subject: 'nato-dmm-2025-06',
        title: 'Datum gecorrigeerd',
        corrects: 'ct-vastgesteld',
        changes: { occurred: { precision: 'month', month: '2025-06' } },
        reason: 'test',
      }),
    ]);
    writeRecorded(
      join(dir, 'recorded'),
      'b-release.yaml',
      [corroboration(`${FIXTURE_SOURCE}#ct-gecorrigeerd`)],
      RELEASE,
    );
    const error = await importSeed(store, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const issue = (error as ValidationError).issues.find((i) => i.path.includes('corroborates'));
    expect(issue?.path).toContain('targets-adopted');
    expect(issue?.message).toContain('EventCorrected');
    expect(await store.head()).toBe(0);
  });
});
