import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { ValidationError } from './errors.js';
import { createReadModelFeed, foldPagesOf, storeBodyLoader, workerFoldOf } from './feed.js';
import { dayOf } from './http/day.js';
import { defined } from './http/queries.js';
import { createJsonLogger } from './http/logging.js';
import type { Logger } from './http/logging.js';
import { DEFAULT_WRITE_RATE_LIMIT } from './http/rateLimit.js';
import { liveLimitsFromEnv } from './liveConnections.js';
import type { LiveLimits } from './liveConnections.js';
import type { RateLimitOptions } from './http/rateLimit.js';
import { isAddressOrSubnet } from './http/clientAddress.js';
import { ensurePortFree, listenFailure } from './http/listen.js';
import { resolveToken } from './http/token.js';
import { anchorPathOf, createAnchorWriter } from './integrity/anchor.js';
import { startBackgroundVerify } from './integrity/backgroundVerify.js';
import type { BackgroundVerify } from './integrity/backgroundVerify.js';
import { createChainGuard } from './integrity/chainGuard.js';
import { keyPathOf, loadOrCreateSnapshotKey } from './integrity/keyFile.js';
import { refuseWritesWhenBroken, stopFeedAtUnparsableRow } from './integrity/serving.js';
import { checkHeadAnchor, chainStoreOf, reportBreak } from './integrity/startup.js';
import { foldVerified } from './integrity/verifiedFold.js';
import { importSeed } from './import/importer.js';
import { loadSources } from './import/sources.js';
import { createSourceCatalog } from './sources/catalog.js';
import { registerSources } from './sources/seed.js';
import { createReadModel } from './readmodel/readModel.js';
import type { ReadModel } from './readmodel/readModel.js';
import { createSnapshotWriter, openFromSnapshot, snapshotPathOf } from './readmodel/snapshot.js';
import type { SnapshotWriter } from './readmodel/snapshot.js';
import { openStore, storeSpecFromConfig } from './store/open.js';
import type { StoreSpec } from './store/open.js';

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
  /** Writes per token; default $KRONIEK_WRITE_RATE/$KRONIEK_WRITE_BURST, else 20/s burst 100. */
  writeRateLimit?: RateLimitOptions | false;
  /** Proxies whose X-Forwarded-For names the client; default $KRONIEK_TRUST_PROXY, else none. */
  trustedProxies?: readonly string[];
  /**
   * Keep a snapshot of the read model beside a SQLite store (`<db>.readmodel`) so a start-up
   * folds only the log's tail; default $KRONIEK_SNAPSHOT, else true. See docs/REPLAY.md.
   */
  snapshot?: boolean;
  /** On SIGTERM/SIGINT close the server (saving the snapshot) and exit; for `kroniek serve`. */
  handleSignals?: boolean;
  /** Plain lines for the person who started it (the URL, where the token is); none by default. */
  print?: (line: string) => void;
  /** Caps of `/api/live`; default $KRONIEK_LIVE_MAX_PER_CLIENT/$KRONIEK_LIVE_MAX_TOTAL, else 100/1000. */
  live?: Partial<LiveLimits>;
  /**
   * From how many unverified positions the start-up walks the chain in a worker while it folds
   * (integrity/verifiedFold.ts); default 50,000. Tests set it low.
   */
  concurrentChainCheckFrom?: number;
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
  const port = options.port ?? 3000;
  const hostname = options.hostname ?? '127.0.0.1';
  // Before the store is opened and the log folded, so a taken port fails at once.
  await ensurePortFree(port, hostname);
  // A caller's own dbPath wins over KRONIEK_DB; only an EventStoreDB choice from the environment stays.
  const spec: StoreSpec =
    given.store ??
    (options.store?.kind === 'eventstoredb'
      ? options.store
      : { kind: 'sqlite', path: options.dbPath });
  mkdirSync(dirname(options.dbPath), { recursive: true });
  // Tamper evidence of a SQLite file (integrity/): a head anchor beside it, kept at each commit.
  const guard = createChainGuard();
  const file = spec.kind === 'sqlite' && spec.path !== ':memory:' ? spec.path : null;
  const anchor = file
    ? createAnchorWriter({
        path: anchorPathOf(file),
        dbPath: file,
        onError: (error) => log.error('head anchor not written', { error: String(error) }),
      })
    : null;
  let background: BackgroundVerify | null = null;
  const store = await openStore(spec, {
    clock,
    sqlite: {
      onCommitted: (commit) => {
        guard.committed(commit);
        anchor?.record(commit.to);
      },
      onListenerError: (error) => log.error('subscriber failed', { error: String(error) }),
      // A server's appends must not wait for the fsyncs of a WAL checkpoint.
      checkpointInBackground: true,
      onCheckpointError: (error) => log.error('checkpoint failed', { error: String(error) }),
    },
  });
  try {
    const chain = chainStoreOf(store);
    // Before anything is written: a store shorter than its anchor, or rewritten, is refused.
    if (chain && file) await checkHeadAnchor(anchorPathOf(file), chain);
    // The shipped sources' files, checked before anything else; registered in the log below.
    const sourceFiles = await loadSources(options.eventsDir);
    const sourceCatalog = createSourceCatalog({ store });
    await sourceCatalog.catchUp();
    // With SQLite the read model keeps compact columns and reads the bodies a response shows
    // from the file; other stores answer asynchronously, so the model holds bodies itself.
    const loadEntries = storeBodyLoader(store);
    const createModel = () => createReadModel({ today, ...(loadEntries ? { loadEntries } : {}) });
    // A snapshot of the folded model (SQLite files only) lets the start-up fold only the tail.
    const snapshotPath = chain && file && options.snapshot !== false ? snapshotPathOf(file) : null;
    // Authenticated with a key beside the store: a forged snapshot is never restored.
    const snapshotKey = file && snapshotPath ? loadOrCreateSnapshotKey(keyPathOf(file)) : null;
    const opened =
      chain && snapshotPath && snapshotKey
        ? openFromSnapshot(snapshotPath, createModel, chain.hashAt, { key: snapshotKey })
        : null;
    if (opened?.rejected)
      (log.warn ?? log.error).call(log, 'read-model snapshot ignored', {
        path: snapshotPath,
        reason: opened.rejected,
      });
    else if (opened && opened.position > 0)
      log.info('read-model snapshot restored', {
        path: snapshotPath,
        position: opened.position,
        ms: Math.round(opened.ms),
      });
    const foldPages = foldPagesOf(store);
    // A long fold (a cold start) reads and parses the log in worker threads as well.
    const workerFold = workerFoldOf(store, {
      onFallback: (error) => log.error('fold worker failed', { error: String(error) }),
    });
    // The model never folds a row at or after a break of the chain, live or not.
    const feedFor = (model: ReadModel) =>
      stopFeedAtUnparsableRow(
        createReadModelFeed(store, model, 1000, {
          ...(foldPages ? { foldPages } : {}),
          ...(workerFold ? { workerFold } : {}),
          foldLimit: () => guard.foldLimit(),
        }),
        model,
        guard,
        log,
      );
    // The model at the head, with the chain verified from the last point known good to it.
    const folded = await foldVerified({
      chain: chain && file ? { store: chain, file } : null,
      knownGood: opened?.verified,
      guard,
      log,
      model: opened?.model ?? createModel(),
      createModel,
      feedFor,
      ...(options.concurrentChainCheckFrom !== undefined
        ? { concurrentFrom: options.concurrentChainCheckFrom }
        : {}),
    });
    const { model: readModel, feed, tail } = folded;
    if (tail?.result.ok && tail.result.head.position > 0) anchor?.record(tail.result.head);
    // The seed once the log is known intact (loading many documents takes a second or more).
    const seeded =
      guard.status().state === 'broken'
        ? null
        : {
            sources: await registerSources(store, sourceCatalog, sourceFiles.values()),
            ...(await importSeed(store, options.eventsDir, sourceCatalog.sources)),
          };
    await feed.catchUp();
    feed.start();
    const snapshots: SnapshotWriter | null =
      chain && snapshotPath && snapshotKey
        ? createSnapshotWriter({
            path: snapshotPath,
            model: readModel,
            hashAt: chain.hashAt,
            from: folded.refolded ? 0 : (opened?.position ?? 0),
            key: snapshotKey,
            verified: () => guard.knownGood(),
            onSaved: (info) =>
              log.info('read-model snapshot saved', {
                path: snapshotPath,
                ...info,
                ms: Math.round(info.ms),
              }),
            onError: (error) =>
              log.error('read-model snapshot not saved', {
                path: snapshotPath,
                error: String(error),
              }),
          })
        : null;
    // Made here, written only once the server listens (a run that does not start keeps none).
    const writeToken = resolveToken({ configured: options.token, dbPath: options.dbPath, log });
    const token = writeToken.token;
    const dashboardDir =
      options.dashboardDir && existsSync(join(options.dashboardDir, 'index.html'))
        ? options.dashboardDir
        : undefined;
    const app = createApp({
      store: refuseWritesWhenBroken(store, guard),
      readModel,
      feed,
      sources: [],
      sourceCatalog,
      clock,
      today,
      token,
      log,
      ...(dashboardDir ? { dashboardDir } : {}),
      ...(options.privateReads !== undefined ? { privateReads: options.privateReads } : {}),
      ...(options.writeRateLimit !== undefined ? { writeRateLimit: options.writeRateLimit } : {}),
      ...(options.trustedProxies ? { trustedProxies: options.trustedProxies } : {}),
      ...(file ? { integrity: guard } : {}),
      ...(options.live ? { live: options.live } : {}),
    });
    const server = serve({ fetch: app.fetch, port, hostname });
    await new Promise<void>((ok, fail) => {
      server.once('listening', ok);
      server.once('error', (error) => fail(listenFailure(error, port, hostname)));
    });
    try {
      writeToken.keep();
    } catch (error) {
      await new Promise((ok) => server.close(ok));
      throw error;
    }
    const listeningPort = (server.address() as AddressInfo).port;
    const url = `http://${hostname}:${listeningPort}`;
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
    // The whole chain, and every row's JSON, in a worker while serving.
    if (file && tail?.result.ok) {
      guard.fullVerification('running');
      background = startBackgroundVerify({
        path: file,
        onDone: (result, ms) => {
          if (!result.ok) return reportBreak(guard, log, result.brokenAt, result.reason);
          guard.verified(result.head);
          guard.fullVerification('done');
          log.info('hash chain verified', { events: result.checked, ms: Math.round(ms) });
        },
        onError: (error) => {
          guard.fullVerification('failed');
          log.error('hash chain verification did not run', { error: String(error) });
        },
      });
    }
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
        await background?.stop();
        await snapshots?.save(1);
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
        await anchor?.flush();
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
    options.print?.(`kroniek is ready at ${url}`);
    options.print?.(
      {
        generated: `write token (shown only this once; kept in ${writeToken.keptIn}): ${token}`,
        stored: `write token: kept in ${writeToken.keptIn}`,
        configured: 'write token: the one set in KRONIEK_TOKEN',
      }[writeToken.origin],
    );
    // Last, after the signal handlers: whoever waits for this line may send a SIGTERM at once.
    log.info('kroniek is listening', {
      url,
      db: options.dbPath,
      tokenKeptIn: writeToken.keptIn,
      position: readModel.position(),
      seeded,
      dashboard: dashboardDir ?? null,
    });
    return { url, port: listeningPort, token, close };
  } catch (error) {
    await background?.stop();
    await anchor?.flush();
    await store.close();
    throw error;
  }
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

/** KRONIEK_WRITE_RATE (writes/s per token, 0 = no limit) and KRONIEK_WRITE_BURST. */
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

/** KRONIEK_TRUST_PROXY: proxy addresses or CIDR subnets, separated by commas or spaces. */
function trustedProxiesFromEnv(raw: string | undefined): string[] | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const entries = raw.split(/[\s,]+/).filter((e) => e !== '');
  const bad = entries.filter((e) => !isAddressOrSubnet(e));
  if (bad.length > 0)
    throw new ValidationError(`invalid KRONIEK_TRUST_PROXY '${raw}'`, [
      {
        path: 'KRONIEK_TRUST_PROXY',
        message: `expected IP addresses or CIDR subnets, not ${bad.map((b) => `'${b}'`).join(', ')}`,
      },
    ]);
  return entries;
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
 * HOST, KRONIEK_PRIVATE_READS, KRONIEK_WRITE_RATE, KRONIEK_WRITE_BURST and KRONIEK_TRUST_PROXY.
 * With EventStoreDB the token file still lives beside KRONIEK_DB. KRONIEK_LIVE_*: see
 * liveLimitsFromEnv.
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
  const trustedProxies = trustedProxiesFromEnv(env.KRONIEK_TRUST_PROXY);
  const live = liveLimitsFromEnv(env);
  return {
    dbPath,
    store,
    port,
    ...(privateReads !== undefined ? { privateReads } : {}),
    ...(snapshot !== undefined ? { snapshot } : {}),
    ...(writeRateLimit !== undefined ? { writeRateLimit } : {}),
    ...(trustedProxies ? { trustedProxies } : {}),
    ...(live ? { live } : {}),
    eventsDir: join(REPO_ROOT, 'events'),
    dashboardDir: join(REPO_ROOT, 'dashboard/dist'),
    ...(env.KRONIEK_TOKEN ? { token: env.KRONIEK_TOKEN } : {}),
    ...(env.HOST ? { hostname: env.HOST } : {}),
  };
}
