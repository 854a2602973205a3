import type { SourceWithText } from '@kroniek/events';
import type { ReadModelFeed } from '../feed.js';
import type { ChainGuard } from '../integrity/chainGuard.js';
import type { ReadModel } from '../readmodel/readModel.js';
import type { EventStore } from '../store/eventStore.js';
import type { Logger } from './logging.js';
import type { SourceCatalog } from '../sources/catalog.js';

/** What the route modules need; built once by createApp. */
export interface RouteDeps {
  store: EventStore;
  readModel: ReadModel;
  feed: ReadModelFeed;
  /** the sources by id (metadata + text): the log's, live */
  sources: ReadonlyMap<string, SourceWithText>;
  /** the sources in the log, and how to catch up with it */
  sourceCatalog: SourceCatalog;
  clock: () => Date;
  /** Today's day, YYYY-MM-DD, from the injected clock. */
  today: () => string;
  log: Logger;
  /** What the service knows of its log's hash chain (absent: no checks, e.g. EventStoreDB). */
  integrity?: ChainGuard;
}
