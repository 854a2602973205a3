import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { SourceDocument } from '@kroniek/events';
import { sha256Hex } from '../sha256.js';
import type { SourceWithText } from '@kroniek/events';
import { sourceOfDocument } from '../sources/records.js';
import type { ImportProblem } from './problems.js';
import { fieldProblems, throwProblems } from './problems.js';

/**
 * Loads every source document under `<eventsDir>/sources`: the metadata file `<id>.yaml`,
 * checked against `SourceDocument`, and its verbatim text, checked against its SHA-256. These
 * are what seeding registers in the log (see sources/seed.ts).
 * Throws a `ValidationError` naming each file and field at fault.
 */
export async function loadSources(eventsDir: string): Promise<Map<string, SourceWithText>> {
  const dir = join(eventsDir, 'sources');
  const names = (await readdir(dir))
    .filter((n) => n.endsWith('.yaml') || n.endsWith('.yml'))
    .sort();
  const sources = new Map<string, SourceWithText>();
  const problems: ImportProblem[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const loaded = await loadSource(file);
    if ('problems' in loaded) problems.push(...loaded.problems);
    else sources.set(loaded.source.id, loaded.source);
  }
  throwProblems(problems, 'invalid source documents');
  return sources;
}

/**
 * Loads one source document: the metadata file `<id>.yaml` (checked against `SourceDocument`,
 * its id against the file name) and its verbatim text beside it, checked against its SHA-256.
 */
export async function loadSource(
  file: string,
): Promise<{ source: SourceWithText } | { problems: ImportProblem[] }> {
  let raw: unknown;
  try {
    raw = parse(await readFile(file, 'utf8'));
  } catch (error) {
    return { problems: [{ file, field: '(file)', message: (error as Error).message }] };
  }
  const parsed = SourceDocument.safeParse(raw);
  if (!parsed.success) return { problems: fieldProblems(file, undefined, parsed.error) };
  const meta = parsed.data;
  const stem = basename(file).replace(/\.ya?ml$/, '');
  if (meta.id !== stem) {
    return {
      problems: [
        { file, field: 'id', message: `'${meta.id}' does not match the file name '${stem}'` },
      ],
    };
  }
  let text: string;
  try {
    text = await readFile(join(dirname(file), meta.textFile), 'utf8');
  } catch (error) {
    return { problems: [{ file, field: 'textFile', message: (error as Error).message }] };
  }
  if (sha256Hex(text) !== meta.sha256) {
    return {
      problems: [
        { file, field: 'sha256', message: `does not match the text of '${meta.textFile}'` },
      ],
    };
  }
  return { source: sourceOfDocument(meta, text) };
}
