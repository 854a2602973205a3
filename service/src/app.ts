import type { SourceWithText } from '@kroniek/events';
import { Hono } from 'hono';
import { createReadModelFeed } from './feed.js';
import type { ReadModelFeed } from './feed.js';
import type { ChainGuard } from './integrity/chainGuard.js';
import { requireBearer } from './http/auth.js';
import { createClientAddress } from './http/clientAddress.js';
import { requestBodyLimit } from './http/bodyLimit.js';
import { dashboardRoutes } from './http/dashboard.js';
import { dayOf } from './http/day.js';
import type { RouteDeps } from './http/deps.js';
import { logETag } from './http/etag.js';
import { requestLogger } from './http/logging.js';
import { createReadiness } from './http/readiness.js';
import type { Readiness } from './http/readiness.js';
import { storageFullReadiness } from './http/storageFull.js';
import type { Logger } from './http/logging.js';
import { createErrorHandler, notFoundHandler } from './http/problem.js';
import { DEFAULT_WRITE_RATE_LIMIT, writeRateLimit } from './http/rateLimit.js';
import type { RateLimitOptions } from './http/rateLimit.js';
import { requireTokenForReads, securityHeaders } from './http/security.js';
import type { ReadModel } from './readmodel/readModel.js';
import { apiDocsRoutes } from './routes/apiDocs.js';
import { draftRoutes } from './routes/drafts.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/exports.js';
import { healthRoutes } from './routes/health.js';
import { createLiveConnections, DEFAULT_LIVE_LIMITS } from './liveConnections.js';
import type { LiveLimits } from './liveConnections.js';
import { createPacer } from './livePacer.js';
import { liveRoutes } from './routes/live.js';
import { logRoutes } from './routes/log.js';
import { openApiRoutes } from './routes/openapi.js';
import { sourceRoutes } from './routes/sources.js';
import { createSourceCatalog } from './sources/catalog.js';
import type { SourceCatalog } from './sources/catalog.js';
import { subjectRoutes } from './routes/subjects.js';
import { timelineRoutes } from './routes/timeline.js';
import { actorRoutes, changeRoutes, chartRoutes, replayDayRoutes } from './routes/views.js';
import { commitmentRoutes } from './routes/commitments.js';
import type { EventStore } from './store/eventStore.js';

export interface AppOptions {
  store: EventStore;
  readModel: ReadModel;
  /** Source documents with their text, by id or as a list (beside those in the log). */
  sources: ReadonlyMap<string, SourceWithText> | Iterable<SourceWithText>;
  /** The sources in the log, caught up already; default a catalog of `store` over `sources`. */
  sourceCatalog?: SourceCatalog;
  clock: () => Date;
  /** The bearer token writes need. */
  token: string;
  log: Logger;
  /** Today's day for relative views and ETags; defaults to the clock's day in Amsterdam. */
  today?: () => string;
  /** Keeps the read model up to date; defaults to a feed over `store`. */
  feed?: ReadModelFeed;
  /** A built dashboard to serve at `/` (with SPA fallback to index.html). */
  dashboardDir?: string;
  /** Interval of SSE keep-alive comments (default 15 s). */
  liveHeartbeatMs?: number;
  /** Caps and bounds of the live stream (`/api/live`); see DEFAULT_LIVE_LIMITS. */
  live?: Partial<LiveLimits>;
  /** Require the bearer token for `/api` reads too (default false: reads are public). */
  privateReads?: boolean;
  /** Writes per token (default 20/s, bursts of 100); false turns the limits off. */
  writeRateLimit?: RateLimitOptions | false;
  /** Writes without a valid token, per client address (default 1/s, bursts of 10; never looser). */
  anonymousWriteRateLimit?: RateLimitOptions;
  /** Proxies (addresses or CIDR subnets) whose `X-Forwarded-For` names the client; default none. */
  trustedProxies?: readonly string[];
  /** What holds readiness back (a full disk ...), reported by `/readyz`; default a new registry. */
  readiness?: Readiness;
  /** The log's integrity as the service checked it, for `/readyz` (see integrity/). */
  integrity?: ChainGuard;
}

/** Room for a batch of 200 events with long quotations. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

function sourceMap(sources: AppOptions['sources']): ReadonlyMap<string, SourceWithText> {
  if (sources instanceof Map) return sources as ReadonlyMap<string, SourceWithText>;
  return new Map([...(sources as Iterable<SourceWithText>)].map((s) => [s.id, s]));
}

/**
 * The HTTP API. Reads first bring the read model up to the log's head, so every response reflects
 * the whole log and its ETag (log position + day + query) is exact; writes answer only after the
 * read model has applied them.
 */
export function createApp(options: AppOptions): Hono {
  const { store, readModel, clock, log } = options;
  const today = options.today ?? (() => dayOf(clock()));
  const feed = options.feed ?? createReadModelFeed(store, readModel);
  const sourceCatalog =
    options.sourceCatalog ??
    createSourceCatalog({ store, given: sourceMap(options.sources).values() });
  const deps: RouteDeps = {
    store,
    readModel,
    feed,
    sources: sourceCatalog.sources,
    sourceCatalog,
    clock,
    today,
    log,
    ...(options.integrity ? { integrity: options.integrity } : {}),
  };
  const auth = requireBearer(options.token);

  const rateLimit = options.writeRateLimit ?? DEFAULT_WRITE_RATE_LIMIT;
  const readiness = options.readiness ?? createReadiness();

  const api = new Hono();
  const clientAddress = createClientAddress(options.trustedProxies);
  if (rateLimit)
    api.use(
      '*',
      writeRateLimit({
        ...rateLimit,
        clock,
        token: options.token,
        clientAddress,
        ...(options.anonymousWriteRateLimit ? { anonymous: options.anonymousWriteRateLimit } : {}),
      }),
    );
  if (options.privateReads) api.use('*', requireTokenForReads(auth));
  api.use('*', requestBodyLimit(MAX_BODY_BYTES));
  api.use('*', storageFullReadiness({ store, readiness, log }));
  // A catalog made here reads the log's sources before the first request is answered.
  let sourcesRead: Promise<void> | null = options.sourceCatalog ? Promise.resolve() : null;
  api.use('*', async (c, next) => {
    await (sourcesRead ??= sourceCatalog.catchUp());
    if (c.req.method === 'GET' || c.req.method === 'HEAD') await feed.catchUp();
    await next();
  });
  const etag = logETag(() => `${readModel.position()}.${today()}`);
  api.use('*', async (c, next) => (c.req.path.endsWith('/live') ? next() : etag(c, next)));

  api.route('/timeline', timelineRoutes(deps));
  api.route('/', exportRoutes(deps));
  api.route('/events', eventRoutes(deps, auth));
  api.route('/subjects', subjectRoutes(deps, auth));
  api.route('/actors', actorRoutes(deps));
  api.route('/charts', chartRoutes(deps));
  api.route('/commitments', commitmentRoutes(deps));
  api.route('/changes', changeRoutes(deps));
  api.route('/replay/days', replayDayRoutes(deps));
  api.route('/log', logRoutes(deps));
  api.route('/sources', sourceRoutes(deps, auth));
  api.route('/sources', draftRoutes(deps, auth));
  const liveLimits = { ...DEFAULT_LIVE_LIMITS, ...options.live };
  api.route(
    '/live',
    liveRoutes(deps, {
      limits: liveLimits,
      connections: createLiveConnections(liveLimits),
      pacer: createPacer(),
      clientAddress,
      ...(options.liveHeartbeatMs ? { heartbeatMs: options.liveHeartbeatMs } : {}),
    }),
  );
  api.route('/openapi.json', openApiRoutes());
  api.route('/docs', apiDocsRoutes());

  const app = new Hono();
  app.use('*', requestLogger(log));
  app.use('*', securityHeaders());
  app.route('/', healthRoutes(deps, readiness));
  app.route('/api', api);
  if (options.dashboardDir) app.route('/', dashboardRoutes(options.dashboardDir));
  app.onError(createErrorHandler(log));
  app.notFound(notFoundHandler);
  return app;
}
