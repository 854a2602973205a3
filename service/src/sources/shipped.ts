import type { EventStore } from '../store/eventStore.js';
import { loadSources } from '../import/sources.js';
import { createSourceCatalog } from './catalog.js';
import type { SourceCatalog } from './catalog.js';
import { registerSources } from './seed.js';

export interface ShippedSourcesOptions {
  /**
   * false: register nothing; the shipped files stand in for the sources the log lacks (the
   * log's own registrations win). `kroniek import` and `importSeed` without sources do so: the
   * service registers the shipped sources when it starts.
   */
  register?: boolean;
}

/**
 * The catalog of the sources in the log, after registering the ones shipped in
 * `<eventsDir>/sources` (idempotent: bytes already registered append nothing). Quotations are
 * checked against the texts the log holds, not against the files.
 */
export async function shippedSourceCatalog(
  store: Pick<EventStore, 'append' | 'readStream' | 'readAll' | 'head'>,
  eventsDir: string,
  options: ShippedSourcesOptions = {},
): Promise<SourceCatalog> {
  const files = await loadSources(eventsDir);
  if (options.register === false) {
    // The files stand in for what the log does not hold yet; the log's registrations win.
    const catalog = createSourceCatalog({ store, given: files.values() });
    await catalog.catchUp();
    return catalog;
  }
  const catalog = createSourceCatalog({ store });
  await catalog.catchUp();
  await registerSources(store, catalog, files.values());
  return catalog;
}
