import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { EventStore } from '../../store/eventStore.js';
import { createSourceCatalog } from '../catalog.js';
import { MAX_SOURCE_BYTES, SourceIntakeError, sizeLabel } from './errors.js';
import { addSource } from './intake.js';
import type { AddedSource } from './intake.js';
import type { SourceFields } from './metadata.js';

/**
 * `kroniek source add FILE`: reads the file (refusing one over the limit before reading it)
 * and registers it in the store's log with the metadata given.
 */
export async function runSourceAdd(
  store: Pick<EventStore, 'append' | 'readStream' | 'readAll' | 'head'>,
  file: string,
  fields: SourceFields,
): Promise<AddedSource> {
  const size = (await stat(file)).size;
  if (size > MAX_SOURCE_BYTES)
    throw new SourceIntakeError(413, 'Source too large', {
      path: 'file',
      message: `${basename(file)} is ${sizeLabel(size)}; the limit is ${sizeLabel(MAX_SOURCE_BYTES)} (${MAX_SOURCE_BYTES} bytes)`,
    });
  const catalog = createSourceCatalog({ store });
  await catalog.catchUp();
  const bytes = new Uint8Array(await readFile(file));
  return addSource(store, catalog, { bytes, fileName: basename(file), fields, origin: 'cli' });
}
