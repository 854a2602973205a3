import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryToEvent } from '@kroniek/events';
import { createApp, createReadModel, createSqliteEventStore, silentLogger } from '@kroniek/service';
import type { EventStore, SqliteEventStore } from '@kroniek/service';
import { SOURCE_STREAM } from '../../../service/src/sources/records.js';
import { kroniek } from '../../support/cli.js';
import { fixtureEntry } from '../../support/importFixtures.js';
import { PLAIN_TEXT } from '../../support/sourceFiles.js';

const TOKEN = 'catalog-reads-token-0123456789abcdef0123456789';
const NOW = new Date('2025-07-01T10:00:00.000Z');

/** How often the app read the source stream, and how many events it read through the port. */
interface Reads {
  sourceStream: number;
  events: number;
}

/** The store as the app sees it, counting what is read through the port. */
function counting(store: SqliteEventStore, reads: Reads): EventStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (key === 'readStream')
        return async (stream: string) => {
          if (stream === SOURCE_STREAM) reads.sourceStream += 1;
          const out = await store.readStream(stream);
          reads.events += out.length;
          return out;
        };
      if (key === 'readAll')
        return async (...args: Parameters<EventStore['readAll']>) => {
          const out = await store.readAll(...args);
          reads.events += out.length;
          return out;
        };
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}

describe('GET /api/sources answers from the catalog, caught up on the log position', () => {
  let dir: string;
  let db: string;
  let store: SqliteEventStore;
  let app: ReturnType<typeof createApp>;
  const reads: Reads = { sourceStream: 0, events: 0 };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kroniek-catalog-reads-'));
    db = join(dir, 'kroniek.db');
    store = createSqliteEventStore({ path: db, clock: () => NOW });
    app = createApp({
      store: counting(store, reads),
      readModel: createReadModel({ today: () => '2025-07-01' }),
      sources: [],
      clock: () => NOW,
      token: TOKEN,
      log: silentLogger,
      writeRateLimit: false,
    });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const ids = async (path = '/api/sources') => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    return ((await res.json()) as { sources: { id: string }[] }).sources.map((s) => s.id);
  };

  it('shows a source added through the API in the next GET', async () => {
    expect(await ids()).toEqual([]);
    const posted = await app.request('/api/sources', {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: PLAIN_TEXT, title: 'Brief via de API', date: '2025-06-05' }),
    });
    expect(posted.status).toBe(201);
    const { source } = (await posted.json()) as { source: { id: string } };
    expect(await ids()).toEqual([source.id]);
  });

  it('shows a source added by the CLI (another process) in the next GET', async () => {
    const before = await ids();
    const file = join(dir, 'cli.txt');
    writeFileSync(file, `${PLAIN_TEXT}\nEen zin die alleen de CLI-bron heeft.\n`);
    const run = await kroniek([
      'source',
      'add',
      file,
      '--db',
      db,
      '--title',
      'Brief via de CLI',
      '--date',
      '2025-06-06',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const after = await ids();
    expect(after).toHaveLength(before.length + 1);
    const added = after.find((id) => !before.includes(id))!;
    const detail = await app.request(`/api/sources/${added}`);
    expect(detail.status).toBe(200);
    expect(((await detail.json()) as { title: string }).title).toBe('Brief via de CLI');
  }, 60_000);

  it('two GETs with no append in between read nothing of the log the second time', async () => {
    await ids();
    const was = { ...reads };
    // Another URL than the first: the response cache (keyed by URL and log position) does not
    // answer it, the handler does.
    expect(await ids('/api/sources?again=1')).toEqual(await ids());
    expect(reads).toEqual(was);
  });

  it('after an append elsewhere in the log, a GET reads the tail, not the source stream again', async () => {
    const [id] = await ids();
    const { text } = (await (await app.request(`/api/sources/${id}`)).json()) as { text: string };
    const quotation = 'Nederland draagt circa €400 mln bij aan drones voor Oekraïne.';
    const entry = {
      key: 'drones',
      ...fixtureEntry('drones', { source: { section: 'Brief', quotation } }),
    };
    const fact = entryToEvent(id!, entry, text);
    if (!fact.success) throw fact.error;
    await store.append(fact.data.subject, [
      { id: fact.data.id, type: fact.data.type, data: fact.data, metadata: {} },
    ]);
    const was = { ...reads };
    const res = await app.request('/api/sources');
    const list = ((await res.json()) as { sources: { id: string; quotations: number }[] }).sources;
    expect(list.find((s) => s.id === id)?.quotations).toBe(1);
    expect(reads.sourceStream).toBe(was.sourceStream);
    // the read model's feed, the catalog and the citation index each read the one new event at
    // most; before, the catalog read the whole source stream again
    expect(reads.events - was.events).toBeLessThanOrEqual(3);
  });
});
