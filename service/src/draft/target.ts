import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadSources } from '../import/sources.js';
import { DraftInputError } from './document.js';
import { sourceLookupOf } from './sourceLookup.js';
import type { DraftSource } from './sourceLookup.js';

/**
 * What `kroniek draft ARG` drafts: the file ARG when there is one, else the held source of that
 * id (today the sources under events/sources; when they live in the log, only the lookup changes).
 */
export async function draftTarget(arg: string, eventsDir: string): Promise<string | DraftSource> {
  const file = resolve(arg);
  if (existsSync(file)) return file;
  const source = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(arg)
    ? sourceLookupOf(await loadSources(eventsDir)).get(arg)
    : undefined;
  if (!source) throw new DraftInputError(`no file or source '${arg}'`);
  return source;
}
