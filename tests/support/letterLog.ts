import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { KroniekEvent } from '@kroniek/events';
import { loadSources, planImport } from '../../service/src/import/importer.js';

/** The workspace's events/ directory: sources and the recorded data files. */
export const EVENTS_DIR = fileURLToPath(new URL('../../events', import.meta.url));

/** Every recorded event of the seed data, validated by the importer, in log order. */
export async function loadRecordedEvents(): Promise<KroniekEvent[]> {
  const sources = await loadSources(EVENTS_DIR);
  const dir = join(EVENTS_DIR, 'recorded');
  const files = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  const planned = await planImport(
    files.map((f) => join(dir, f)),
    sources,
  );
  return planned.map((p) => p.event);
}
