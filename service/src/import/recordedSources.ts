import { access, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { SourceWithText } from '@kroniek/events';
import type { EventStore } from '../store/eventStore.js';
import { createSourceCatalog } from '../sources/catalog.js';
import type { SourceCatalog } from '../sources/catalog.js';
import { registerSources } from '../sources/seed.js';
import { importFiles } from './importer.js';
import type { ImportReport } from './importer.js';
import type { ImportProblem } from './problems.js';
import { throwProblems } from './problems.js';
import { loadSource } from './sources.js';

export interface RecordedImportReport extends ImportReport {
  /** sources registered by this import (named by a file, not in the log before) */
  sourcesRegistered: number;
}

/**
 * Where the source `id` named by the recorded file `file` may lie, in the order tried: the
 * events directory's `sources/`, beside the file, and the `sources/` beside the file's folder
 * (the layout of an events directory).
 */
export function sourceFileCandidates(file: string, id: string, eventsDir: string): string[] {
  const here = dirname(resolve(file));
  const paths = [
    join(resolve(eventsDir), 'sources', `${id}.yaml`),
    join(here, `${id}.yaml`),
    join(here, '..', 'sources', `${id}.yaml`),
  ].filter((p) => p !== resolve(file));
  return [...new Set(paths)];
}

/**
 * `kroniek import` of recorded-event YAML files: a source a file names that the log does not
 * hold is taken from its files on disk (see {@link sourceFileCandidates}) and registered
 * (`SourceRegistered`) before the events, in the same run, once every event has been checked
 * against its text. A source neither in the log nor on disk is a problem naming it; nothing is
 * stored then.
 */
export async function importRecordedFiles(
  store: EventStore,
  files: string[],
  eventsDir: string,
): Promise<RecordedImportReport> {
  const catalog = createSourceCatalog({ store });
  await catalog.catchUp();
  const found = await sourcesOnDisk(files, catalog, eventsDir);
  let sourcesRegistered = 0;
  const report = await importFiles(store, files, new Map([...catalog.sources, ...found]), {
    beforeAppend: async () => {
      sourcesRegistered = await registerSources(store, catalog, found.values());
    },
  });
  return { ...report, sourcesRegistered };
}

/** The sources the files name that the catalog lacks, loaded and checked from disk. */
async function sourcesOnDisk(
  files: string[],
  catalog: SourceCatalog,
  eventsDir: string,
): Promise<Map<string, SourceWithText>> {
  const found = new Map<string, SourceWithText>();
  const problems: ImportProblem[] = [];
  for (const file of files) {
    const id = await namedSource(file);
    if (id === undefined || catalog.sources.has(id) || found.has(id)) continue;
    for (const candidate of sourceFileCandidates(file, id, eventsDir)) {
      if (!(await exists(candidate))) continue;
      const loaded = await loadSource(candidate);
      if ('problems' in loaded) problems.push(...loaded.problems);
      else {
        const twin = catalog.byOriginal(loaded.source.originalSha256);
        if (twin) {
          const message = `its bytes are registered already, as source '${twin.id}'`;
          problems.push({ file: candidate, field: 'id', message });
        } else found.set(id, loaded.source);
      }
      break;
    }
  }
  // A source found nowhere is named by the check of the file itself.
  throwProblems(problems, 'nothing imported');
  return found;
}

/** The source id a recorded file names, if it can be read (its own check reports why not). */
async function namedSource(file: string): Promise<string | undefined> {
  try {
    const raw = parse(await readFile(file, 'utf8')) as { source?: unknown } | null;
    return typeof raw?.source === 'string' ? raw.source : undefined;
  } catch {
    return undefined;
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
