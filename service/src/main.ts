import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { ValidationError } from './errors.js';
import { createReadModelFeed, foldPagesOf, storeBodyLoader } from './feed.js';
import { dayOf } from './http/day.js';
import { createJsonLogger } from './http/logging.js';
import type { Logger } from './http/logging.js';
import { DEFAULT_WRITE_RATE_LIMIT } from './http/rateLimit.js';
import { liveLimitsFromEnv } from './liveConnections.js';
import type { LiveLimits } from './liveConnections.js';
import type { RateLimitOptions } from './http/rateLimit.js';
import { resolveToken } from './http/token.js';
import { importSeed } from './importer.js';
import { loadSources } from './importerSources.js';
import { createReadModel } from './projections/readModel.js';
import type { ReadModel } from './projections/readModel.js';
import { createSnapshotWriter, openFromSnapshot, snapshotPathOf } from './projections/snapshot.js';
import type { SnapshotWriter } from './projections/snapshot.js';
import { openStore, storeSpecFromConfig } from './store/open.js';
import type { StoreSpec } from './store/open.js';
import { createSqliteEventStore } from './store/sqlite.js';
import type { SqliteEventStore } from './store/sqlite.js';

/** The repository root (service/src/main.ts is two levels down). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface StartServerOptions {
  /** The SQLite store file; its folder is created when missing. */
  dbPath: string;
  /** 0 picks a free port; default $PORT, else 3000. */
  port?: number;
  /** The folder with `sources/` and `recorded/` (the seed data). */
  eventsDir: string;
  /** The built dashboard, served at `/` when it holds an index.html; default <repo>/dashboard/dist. */
  dashboardDir?: string;
  /** The write token; default $KRONIEK_TOKEN, else one read from or generated beside the store. */
  token?: string;
  /** A logger, or a sink for its JSON lines. */
  log?: Logger | ((line: string) => void);
  clock?: () => Date;
  hostname?: string;
  /** Which store to serve from; default the SQLite file at `dbPath`. */
  store?: StoreSpec;
  /** Require the write token for `/api` reads too; default $KRONIEK_PRIVATE_READS, else false. */
  privateReads?: boolean;
  /** Writes per client address; default $KRONIEK_WRITE_RATE/$KRONIEK_WRITE_BURST, else 20/s burst 100. */
  writeRateLimit?: RateLimitOptions | false;
  /**
   * Keep a snapshot of the read model beside a SQLite store (`<db>.readmodel`) so a start-up
   * folds only the log's tail; default $KRONIEK_SNAPSHOT, else true. See docs/REPLAY.md.
   */
  snapshot?: boolean;
  /** On SIGTERM/SIGINT close the server (saving the snapshot) and exit; for `kroniek serve`. */
  handleSignals?: boolean;
  /** Caps of `/api/live`; default $KRONIEK_LIVE_MAX_PER_CLIENT/$KRONIEK_LIVE_MAX_TOTAL, else 100/1000. */
  live?: Partial<LiveLimits>;
}

/** A snapshot is written once the model moved this many positions past the last one ... */
const SNAPSHOT_EVERY = 10_000;
/** ... checked this often (ms), and at close whatever the move; the first one shortly after start. */
const SNAPSHOT_CHECK_MS = 10 * 60_000;
const SNAPSHOT_AFTER_START_MS = 1_000;

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * The composition root: opens the store, imports the seed (idempotent), builds the read model from
 * the log and keeps it live, and serves the API (and the dashboard when it is built).
 */
export async function startServer(given: StartServerOptions): Promise<RunningServer> {
  const options = { ...optionsFromEnv(), ...defined(given) };
  const clock = options.clock ?? (() => new Date());
  const log =
    typeof options.log === 'function'
      ? createJsonLogger({ clock, write: options.log })
      : (options.log ?? createJsonLogger({ clock }));
  const today = () => dayOf(clock());
  // A caller's own dbPath wins over KRONIEK_DB; only an EventStoreDB choice from the environment stays.
  const spec: StoreSpec =
    given.store ??
    (options.store?.kind === 'eventstoredb'
      ? options.store
      : { kind: 'sqlite', path: options.dbPath });
  mkdirSync(dirname(options.dbPath), { recursive: true });
  const store =
    spec.kind === 'sqlite'
      ? createSqliteEventStore({
          path: spec.path,
          clock,
          onListenerError: (error) => log.error('subscriber failed', { error: String(error) }),
          // A server's appends must not wait for the fsyncs of a WAL checkpoint.
          checkpointInBackground: true,
          onCheckpointError: (error) => log.error('checkpoint failed', { error: String(error) }),
        })
      : await openStore(spec, { clock });
  try {
    const sources = await loadSources(options.eventsDir);
    // The sources once: loading them is a second or more with many documents.
    const seeded = await importSeed(store, options.eventsDir, sources);
    // With SQLite the read model keeps compact columns and reads the bodies a response shows
    // from the file; other stores answer asynchronously, so the model holds bodies itself.
    const loadEntries = storeBodyLoader(store);
    const createModel = () => createReadModel({ today, ...(loadEntries ? { loadEntries } : {}) });
    // A snapshot of the folded model (SQLite files only) lets the start-up fold only the tail.
    let readModel: ReadModel;
    let snapshots: SnapshotWriter | null = null;
    const sqlite = spec.kind === 'sqlite' ? (store as SqliteEventStore) : null;
    if (
      sqlite &&
      spec.kind === 'sqlite' &&
      options.snapshot !== false &&
      spec.path !== ':memory:'
    ) {
      const path = snapshotPathOf(spec.path);
      const hashAt = (position: number) => sqlite.hashAt(position);
      const opened = openFromSnapshot(path, createModel, hashAt);
      if (opened.rejected)
        log.info('read-model snapshot ignored', { path, reason: opened.rejected });
      else if (opened.position > 0)
        log.info('read-model snapshot restored', {
          path,
          position: opened.position,
          ms: Math.round(opened.ms),
        });
      readModel = opened.model;
      snapshots = createSnapshotWriter({
        path,
        model: readModel,
        hashAt,
        from: opened.position,
        onSaved: (info) =>
          log.info('read-model snapshot saved', { path, ...info, ms: Math.round(info.ms) }),
        onError: (error) =>
          log.error('read-model snapshot not saved', { path, error: String(error) }),
      });
    } else readModel = createModel();
    const foldPages = foldPagesOf(store);
    const feed = createReadModelFeed(store, readModel, 1000, foldPages ? { foldPages } : {});
    await feed.catchUp();
    feed.start();
    const token = resolveToken({ configured: options.token, dbPath: options.dbPath, log });
    const dashboardDir =
      options.dashboardDir && existsSync(join(options.dashboardDir, 'index.html'))
        ? options.dashboardDir
        : undefined;
    const app = createApp({
      store,
      readModel,
      feed,
      sources,
      clock,
      today,
      token,
      log,
      ...(dashboardDir ? { dashboardDir } : {}),
      ...(options.privateReads !== undefined ? { privateReads: options.privateReads } : {}),
      ...(options.writeRateLimit !== undefined ? { writeRateLimit: options.writeRateLimit } : {}),
      ...(options.live ? { live: options.live } : {}),
    });
    const server = serve({
      fetch: app.fetch,
      port: options.port ?? 3000,
      hostname: options.hostname ?? '127.0.0.1',
    });
    await new Promise<void>((ok, fail) => {
      server.once('listening', ok);
      server.once('error', fail);
    });
    const port = (server.address() as AddressInfo).port;
    const url = `http://${options.hostname ?? '127.0.0.1'}:${port}`;
    // After start-up (not before "ready"), then now and then; the serialising blocks briefly.
    const timers = snapshots
      ? [
          // A cold start (no snapshot used) saves whatever it folded; a warm one only a long tail.
          setTimeout(
            () => void snapshots.save(snapshots.position() === 0 ? 1 : SNAPSHOT_EVERY),
            SNAPSHOT_AFTER_START_MS,
          ),
          setInterval(() => void snapshots.save(SNAPSHOT_EVERY), SNAPSHOT_CHECK_MS),
        ]
      : [];
    for (const t of timers) t.unref();
    let closing: Promise<void> | null = null;
    const close = () =>
      (closing ??= (async () => {
        for (const t of timers) clearTimeout(t);
        feed.stop();
        await new Promise<void>((ok) => {
          server.close(() => ok());
          // SSE connections stay open until closed.
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        });
        await snapshots?.save(1);
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
        await store.close();
      })());
    function onSignal(signal: NodeJS.Signals) {
      log.info('kroniek is stopping', { signal });
      void close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    }
    if (options.handleSignals) {
      process.once('SIGTERM', onSignal);
      process.once('SIGINT', onSignal);
    }
    // Last, after the signal handlers: whoever waits for this line may send a SIGTERM at once.
    log.info('kroniek is listening', {
      url,
      db: options.dbPath,
      position: readModel.position(),
      seeded,
      dashboard: dashboardDir ?? null,
    });
    return { url, port, token, close };
  } catch (error) {
    await store.close();
    throw error;
  }
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const number = (name: string, raw: string, min: number): number => {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < min) {
    throw new ValidationError(`invalid ${name} '${raw}'`, [
      { path: name, message: `expected a number of at least ${min}` },
    ]);
  }
  return n;
};

/** KRONIEK_WRITE_RATE (writes/s per client, 0 = no limit) and KRONIEK_WRITE_BURST. */
function writeRateLimitFromEnv(env: NodeJS.ProcessEnv): RateLimitOptions | false | undefined {
  const { KRONIEK_WRITE_RATE: rate, KRONIEK_WRITE_BURST: burst } = env;
  if (rate === undefined && burst === undefined) return undefined;
  const perSecond =
    rate === undefined ? DEFAULT_WRITE_RATE_LIMIT.perSecond : number('KRONIEK_WRITE_RATE', rate, 0);
  if (perSecond === 0) return false;
  return {
    perSecond,
    burst:
      burst === undefined
        ? DEFAULT_WRITE_RATE_LIMIT.burst
        : number('KRONIEK_WRITE_BURST', burst, 1),
  };
}

function flagFromEnv(name: string, raw: string | undefined): boolean | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const v = raw.trim().toLowerCase();
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw new ValidationError(`invalid ${name} '${raw}'`, [
    { path: name, message: 'expected true or false' },
  ]);
}

/**
 * Options from the environment: PORT, KRONIEK_DB, KRONIEK_TOKEN, KRONIEK_STORE with EVENTSTORE_URL,
 * HOST, KRONIEK_PRIVATE_READS, KRONIEK_WRITE_RATE and KRONIEK_WRITE_BURST. With EventStoreDB the
 * token file still lives beside KRONIEK_DB. KRONIEK_LIVE_*: see liveLimitsFromEnv.
 */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): StartServerOptions {
  const dbPath = resolve(env.KRONIEK_DB ?? join(REPO_ROOT, 'data/kroniek.db'));
  const store = storeSpecFromConfig({
    store: env.KRONIEK_STORE,
    eventStoreUrl: env.EVENTSTORE_URL,
    sqlitePath: dbPath,
  });
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ValidationError(`invalid PORT '${env.PORT}'`, [
      { path: 'PORT', message: 'expected a port number 0-65535' },
    ]);
  }
  const privateReads = flagFromEnv('KRONIEK_PRIVATE_READS', env.KRONIEK_PRIVATE_READS);
  const snapshot = flagFromEnv('KRONIEK_SNAPSHOT', env.KRONIEK_SNAPSHOT);
  const writeRateLimit = writeRateLimitFromEnv(env);
  const live = liveLimitsFromEnv(env);
  return {
    dbPath,
    store,
    port,
    ...(privateReads !== undefined ? { privateReads } : {}),
    ...(snapshot !== undefined ? { snapshot } : {}),
    ...(writeRateLimit !== undefined ? { writeRateLimit } : {}),
    ...(live ? { live } : {}),
    eventsDir: join(REPO_ROOT, 'events'),
    dashboardDir: join(REPO_ROOT, 'dashboard/dist'),
    ...(env.KRONIEK_TOKEN ? { token: env.KRONIEK_TOKEN } : {}),
    ...(env.HOST ? { hostname: env.HOST } : {}),
  };
}
