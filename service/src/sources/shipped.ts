import type { EventStore } from '../store/eventStore.js';
import { loadSources } from '../import/sources.js';
import { createSourceCatalog } from './catalog.js';
import type { SourceCatalog } from './catalog.js';
import { registerSources } from './seed.js';

export interface ShippedSourcesOptions {
  /** false: only read what the log holds, register nothing (a store that refuses writes) */
  register?: boolean;
}

/**
 * The catalog of the sources in the log, after registering the ones shipped in
 * `<eventsDir>/sources` (idempotent: bytes already registered append nothing). Quotations are
 * checked against the texts the log holds, not against the files.
 */
export async function shippedSourceCatalog(
  store: Pick<EventStore, 'append' | 'readStream'>,
  eventsDir: string,
  options: ShippedSourcesOptions = {},
): Promise<SourceCatalog> {
  const catalog = createSourceCatalog({ store });
  await catalog.catchUp();
  if (options.register !== false)
    await registerSources(store, catalog, (await loadSources(eventsDir)).values());
  return catalog;
}
