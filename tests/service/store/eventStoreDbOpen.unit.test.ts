import { describe, expect, it } from 'vitest';
import {
  StoreUnavailableError,
  ValidationError,
  openStore,
  parseStoreSpec,
  storeSpecFromConfig,
} from '@kroniek/service';
import { createTestClock } from '../../support/storeContract.js';

describe('a store spec', () => {
  it('names a SQLite file with or without the sqlite: prefix', () => {
    expect(parseStoreSpec('sqlite:data/kroniek.db')).toEqual({
      kind: 'sqlite',
      path: 'data/kroniek.db',
    });
    expect(parseStoreSpec('/var/lib/kroniek.db')).toEqual({
      kind: 'sqlite',
      path: '/var/lib/kroniek.db',
    });
  });

  it('names EventStoreDB by its connection string, kept whole', () => {
    expect(parseStoreSpec('esdb://127.0.0.1:2113?tls=false')).toEqual({
      kind: 'eventstoredb',
      url: 'esdb://127.0.0.1:2113?tls=false',
    });
    expect(parseStoreSpec('esdb+discover://cluster.internal:2113')).toMatchObject({
      kind: 'eventstoredb',
    });
  });

  it('refuses an empty spec and other schemes', () => {
    expect(() => parseStoreSpec('')).toThrow(ValidationError);
    expect(() => parseStoreSpec('postgres://db/kroniek')).toThrow(ValidationError);
  });
});

describe('the store from configuration', () => {
  it('is the SQLite file by default', () => {
    expect(storeSpecFromConfig({ sqlitePath: 'k.db' })).toEqual({ kind: 'sqlite', path: 'k.db' });
  });

  it('is EventStoreDB with KRONIEK_STORE=eventstoredb and EVENTSTORE_URL', () => {
    const spec = storeSpecFromConfig({
      store: 'eventstoredb',
      eventStoreUrl: 'esdb://db:2113',
      sqlitePath: 'k.db',
    });
    expect(spec).toEqual({ kind: 'eventstoredb', url: 'esdb://db:2113' });
  });

  it('says what is missing or unknown', () => {
    expect(() => storeSpecFromConfig({ store: 'eventstoredb', sqlitePath: 'k.db' })).toThrow(
      /needs EVENTSTORE_URL/,
    );
    expect(() => storeSpecFromConfig({ store: 'mongo', sqlitePath: 'k.db' })).toThrow(
      /unknown KRONIEK_STORE/,
    );
  });
});

describe('opening a store', () => {
  it('opens a throwaway SQLite store', async () => {
    const store = await openStore(
      { kind: 'sqlite', path: ':memory:' },
      { clock: createTestClock().clock },
    );
    expect(await store.head()).toBe(0);
    await store.close();
  });

  it('fails fast with StoreUnavailableError for an EventStoreDB on a closed port', async () => {
    const spec = parseStoreSpec('esdb://127.0.0.1:1?tls=false');
    await expect(
      openStore(spec, { clock: createTestClock().clock, connectTimeoutMs: 2_000 }),
    ).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
