/** What bench/ and tests/ use of the service, as the package `@kroniek/service`. */
export * from './errors.js';
export type * from './store/eventStore.js';
export * from './store/sqlite.js';
export * from './store/sqliteBackup.js';
export { chainHash, GENESIS_HASH } from './store/chain.js';
export * from './readmodel/readModel.js';
export * from './store/eventStoreDb.js';
export {
  DEFAULT_LOG_STREAM,
  StoreCorruptError,
  StoreUnavailableError,
  fromAppendExpected,
  fromCurrentRevision,
  fromRecorded,
  logExpectedRevision,
  mapClientError,
  recomputeHash,
  redactUrl,
  toConcurrencyError,
  toEventData,
} from './store/eventStoreDbMapping.js';
export * from './store/copy.js';
export * from './store/open.js';
export * from './app.js';
export * from './feed.js';
export * from './http/logging.js';
export { dayOf } from './http/day.js';
export { startServer, optionsFromEnv } from './main.js';
export type { StartServerOptions, RunningServer } from './main.js';
export { importNdjson } from './import/ndjson.js';
export type { NdjsonImportOptions } from './import/ndjson.js';
export { loadSources } from './import/sources.js';
