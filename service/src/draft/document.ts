import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { entryToEvent, FuzzyDate, RecordedFile, SourceDocument } from '@kroniek/events';
import type { KroniekEvent } from '@kroniek/events';
import type { DraftSource } from './sourceLookup.js';
import type { Language } from './types.js';

/** A document to draft from: its text, id, own date, and the events already recorded from it. */
export interface DraftInput {
  documentId: string;
  text: string;
  published: FuzzyDate;
  language?: Language;
  /** Whether `documentId` is a registered source (its drafts can be imported). */
  registered: boolean;
  record: KroniekEvent[];
}

export class DraftInputError extends Error {}

/**
 * A header block (`key: value` lines ended by a line `---`) as the development corpus has:
 * its fields and where the body starts.
 */
export function splitHeader(raw: string): { fields: Record<string, string>; body: string } {
  const m = /^((?:[a-z][a-z_-]*:[^\n]*\n)+)---\r?\n/.exec(raw);
  if (!m) return { fields: {}, body: raw };
  const fields: Record<string, string> = {};
  for (const line of m[1]!.split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) fields[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return { fields, body: raw.slice(m[0].length) };
}

/**
 * Reads FILE for `kroniek draft`: a registered source (events/sources/<id>.yaml beside its text)
 * gives its id, date and language; a corpus file its header's; `--date`, `--language` and
 * `--document-id` override either.
 */
export function readDraftInput(
  file: string,
  eventsDir: string,
  overrides: { date?: string; language?: string; documentId?: string },
): DraftInput {
  const raw = readFileSync(file, 'utf8');
  const documentId =
    overrides.documentId ??
    basename(file)
      .replace(/\.[^.]*$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const metaFile = join(eventsDir, 'sources', `${documentId}.yaml`);
  let text = raw;
  let published: FuzzyDate | undefined;
  let language: string | undefined;
  let registered = false;
  if (existsSync(metaFile)) {
    const meta = SourceDocument.parse(parse(readFileSync(metaFile, 'utf8')));
    const registeredText = readFileSync(join(eventsDir, 'sources', meta.textFile), 'utf8');
    registered = registeredText === raw;
    published = meta.published.date;
    language = meta.language;
  } else {
    const { fields, body } = splitHeader(raw);
    text = body;
    const day = /^\d{4}-\d{2}-\d{2}\b/.exec(fields.date ?? '');
    if (day) published = { precision: 'day', date: day[0] };
    language = fields.language;
  }
  if (overrides.date !== undefined) {
    const d = FuzzyDate.safeParse({ precision: 'day', date: overrides.date });
    if (!d.success)
      throw new DraftInputError(`--date must be a day YYYY-MM-DD, not '${overrides.date}'`);
    published = d.data;
  }
  if (!published)
    throw new DraftInputError(
      `${file}: no date of its own is known; give it with --date YYYY-MM-DD`,
    );
  language = overrides.language ?? language;
  if (language !== undefined && !['nl', 'en', 'sv'].includes(language))
    throw new DraftInputError(`--language must be nl, en or sv, not '${language}'`);
  const record = registered ? recordedEventsOf(eventsDir, documentId, text) : [];
  return {
    documentId,
    text,
    published,
    ...(language ? { language: language as Language } : {}),
    registered,
    record,
  };
}

/** The events recorded from a document in events/recorded/<id>.yaml, if any. */
export function recordedEventsOf(
  eventsDir: string,
  documentId: string,
  text: string,
): KroniekEvent[] {
  const record: KroniekEvent[] = [];
  const recordedFile = join(eventsDir, 'recorded', `${documentId}.yaml`);
  if (!existsSync(recordedFile)) return record;
  const rf = RecordedFile.parse(parse(readFileSync(recordedFile, 'utf8')));
  for (const entry of rf.events) {
    const r = entryToEvent(documentId, entry, text);
    if (r.success) record.push(r.data);
  }
  return record;
}

/** A held source as drafting input: its own id, date and language; `--date` and `--language` still override. */
export function sourceDraftInput(
  source: DraftSource,
  eventsDir: string,
  overrides: { date?: string; language?: string },
): DraftInput {
  const { metadata, text } = source;
  let published: FuzzyDate = metadata.published.date;
  if (overrides.date !== undefined) {
    const d = FuzzyDate.safeParse({ precision: 'day', date: overrides.date });
    if (!d.success)
      throw new DraftInputError(`--date must be a day YYYY-MM-DD, not '${overrides.date}'`);
    published = d.data;
  }
  const language = overrides.language ?? metadata.language;
  if (!['nl', 'en', 'sv'].includes(language))
    throw new DraftInputError(`--language must be nl, en or sv, not '${language}'`);
  return {
    documentId: metadata.id,
    text,
    published,
    language: language as Language,
    registered: true,
    record: recordedEventsOf(eventsDir, metadata.id, text),
  };
}
