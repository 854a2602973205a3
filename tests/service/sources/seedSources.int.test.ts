import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteEventStore, loadSources } from '@kroniek/service';
import type { SqliteEventStore } from '../../../service/src/store/sqlite.js';
import { createSourceCatalog } from '../../../service/src/sources/catalog.js';
import { SOURCE_STREAM } from '../../../service/src/sources/records.js';
import { registerSources } from '../../../service/src/sources/seed.js';
import { EVENTS_DIR } from '../../support/app.js';

let dir: string;
let store: SqliteEventStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kroniek-seed-sources-'));
  store = createSqliteEventStore({
    path: join(dir, 'k.db'),
    clock: () => new Date('2031-01-01T00:00:00.000Z'),
  });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const caughtUp = async () => {
  const catalog = createSourceCatalog({ store });
  await catalog.catchUp();
  return catalog;
};

describe('registering the shipped sources', () => {
  it('registers each once, with its text, and nothing the second time', async () => {
    const files = await loadSources(EVENTS_DIR);
    expect(await registerSources(store, await caughtUp(), files.values())).toBe(files.size);
    expect(await registerSources(store, await caughtUp(), files.values())).toBe(0);
    const catalog = await caughtUp();
    for (const [id, file] of files) {
      expect(catalog.sources.get(id)?.text).toBe(file.text);
      expect(catalog.sources.get(id)?.textSha256).toBe(file.textSha256);
    }
  });

  it('records a change of a metadata file as a SourceCorrected, once, never editing the text', async () => {
    const files = [...(await loadSources(EVENTS_DIR)).values()];
    const first = files[0]!;
    await registerSources(store, await caughtUp(), [{ ...first, publisher: 'Eerste uitgever' }]);
    const changed = { ...first, publisher: 'Tweede uitgever', text: first.text };
    expect(await registerSources(store, await caughtUp(), [changed])).toBe(1);
    expect(await registerSources(store, await caughtUp(), [changed])).toBe(0);
    const stream = await store.readStream(SOURCE_STREAM);
    expect(stream.map((e) => e.type)).toEqual(['SourceRegistered', 'SourceCorrected']);
    expect(stream[1]!.data).toMatchObject({ changes: { publisher: 'Tweede uitgever' } });
    const catalog = await caughtUp();
    expect(catalog.sources.get(first.id)).toMatchObject({
      publisher: 'Tweede uitgever',
      text: first.text,
    });
    expect(catalog.origin(first.id)?.corrections).toHaveLength(1);
  });
});
