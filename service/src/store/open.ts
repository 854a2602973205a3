import { assertNever } from '@kroniek/events';
import { ValidationError } from '../errors.js';
import type { EventStore } from './eventStore.js';
import { createSqliteEventStore } from './sqlite.js';
import type { SqliteEventStoreOptions } from './sqlite.js';

/** Which store to open: the embedded SQLite file (the default) or an EventStoreDB cluster. */
export type StoreSpec = { kind: 'sqlite'; path: string } | { kind: 'eventstoredb'; url: string };

export interface OpenStoreOptions {
  clock: () => Date;
  /** EventStoreDB only: the stream that holds the log (default `kroniek-log`). */
  logStream?: string;
  /** EventStoreDB only: deadline of the first call (default 5000 ms). */
  connectTimeoutMs?: number;
  /** SQLite only: the embedded file's hooks and tuning (see SqliteEventStoreOptions). */
  sqlite?: Omit<SqliteEventStoreOptions, 'path' | 'clock'>;
}

/** Settings as main.ts or the CLI read them from the environment; nothing here reads it. */
export interface StoreConfig {
  /** `KRONIEK_STORE`: `sqlite` (default) or `eventstoredb`. */
  store?: string;
  /** `EVENTSTORE_URL`, needed when `store` is `eventstoredb`. */
  eventStoreUrl?: string;
  /** Path of the SQLite file when `store` is `sqlite`. */
  sqlitePath: string;
}

const ESDB_SCHEMES = ['esdb://', 'esdb+discover://'];

/**
 * Parses a store spec as the CLI takes it: `sqlite:path/to.db`, a bare path, or an
 * EventStoreDB connection string (`esdb://host:2113?tls=false`, `esdb+discover://...`).
 */
export function parseStoreSpec(spec: string): StoreSpec {
  const text = spec.trim();
  if (ESDB_SCHEMES.some((scheme) => text.startsWith(scheme)))
    return { kind: 'eventstoredb', url: text };
  const path = text.startsWith('sqlite:') ? text.slice('sqlite:'.length) : text;
  if (path === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(path)) {
    throw new ValidationError(`unknown store '${spec}'`, [
      {
        path: 'store',
        message: "expected 'sqlite:<file>', a file path, or an esdb:// connection string",
      },
    ]);
  }
  return { kind: 'sqlite', path };
}

/** Chooses the store from configuration; the embedded SQLite file is the default. */
export function storeSpecFromConfig(config: StoreConfig): StoreSpec {
  const store = (config.store ?? 'sqlite').trim().toLowerCase();
  if (store === '' || store === 'sqlite') return { kind: 'sqlite', path: config.sqlitePath };
  if (store === 'eventstoredb' || store === 'esdb' || store === 'kurrentdb') {
    if (!config.eventStoreUrl) {
      throw new ValidationError('KRONIEK_STORE=eventstoredb needs EVENTSTORE_URL', [
        { path: 'EVENTSTORE_URL', message: 'required, e.g. esdb://localhost:2113?tls=false' },
      ]);
    }
    return parseEsdb(config.eventStoreUrl);
  }
  throw new ValidationError(`unknown KRONIEK_STORE '${config.store ?? ''}'`, [
    { path: 'KRONIEK_STORE', message: "expected 'sqlite' or 'eventstoredb'" },
  ]);
}

function parseEsdb(url: string): StoreSpec {
  const spec = parseStoreSpec(url);
  if (spec.kind !== 'eventstoredb') {
    throw new ValidationError(`EVENTSTORE_URL '${url}' is not an esdb:// connection string`, [
      {
        path: 'EVENTSTORE_URL',
        message: 'expected esdb://host:port?tls=... or esdb+discover://...',
      },
    ]);
  }
  return spec;
}

/** Opens the store a spec names. EventStoreDB fails fast (StoreUnavailableError) when unreachable. */
export async function openStore(spec: StoreSpec, options: OpenStoreOptions): Promise<EventStore> {
  switch (spec.kind) {
    case 'sqlite':
      return createSqliteEventStore({ ...options.sqlite, path: spec.path, clock: options.clock });
    case 'eventstoredb': {
      // The EventStoreDB client (gRPC, protobuf) loads only for a store that uses it.
      const { createEventStoreDb } = await import('./eventStoreDb.js');
      return createEventStoreDb({
        url: spec.url,
        clock: options.clock,
        logStream: options.logStream,
        connectTimeoutMs: options.connectTimeoutMs,
      });
    }
    default:
      return assertNever(spec);
  }
}
