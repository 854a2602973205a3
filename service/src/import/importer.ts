import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import canonicalize from 'canonicalize';
import { parse } from 'yaml';
import {
  corroborationTargetProblem,
  entryToEvent,
  parseStoredEvent,
  RecordedFile,
  subjectEventOf,
} from '@kroniek/events';
import type { KroniekEvent, SourceWithText } from '@kroniek/events';
import type { EventStore, NewEvent, StreamBatch } from '../store/eventStore.js';
import type { ImportProblem } from './problems.js';
import { fieldProblems, throwProblems } from './problems.js';
import { shippedSourceCatalog } from '../sources/shipped.js';
import { acceptDraftedEntry } from '../draft/yamlProvenance.js';

export { loadSources } from './sources.js';
export { formatProblem } from './problems.js';
export type { ImportProblem } from './problems.js';

/** One validated event, where it came from, and how it goes to the store. */
export interface PlannedEvent {
  file: string;
  key: string;
  event: KroniekEvent;
}

export interface ImportFilesOptions {
  /** Runs once every check has passed, before the first append (e.g. registers the sources). */
  beforeAppend?: () => Promise<unknown>;
  /** The clock that dates the acceptance of drafted entries; default the wall clock. */
  clock?: () => Date;
}

export interface ImportReport {
  files: number;
  /** Events in the files. */
  events: number;
  /** Events written by this import; the rest were stored already. */
  appended: number;
  head: number;
}

const REFERENCES = ['corrects', 'retracts', 'fulfils', 'corroborates'] as const;

/** Store metadata: only what follows from the file's content, so a re-import is a no-op. */
const metadataOf = (p: PlannedEvent) => ({
  importedFrom: { document: p.event.source.documentId, key: p.key },
});

/**
 * Reads and validates recorded-event files against their sources. Nothing is written:
 * every problem in every file is collected and thrown as one `ValidationError` whose lines
 * name the file, the event key and the field.
 */
export async function planImport(
  files: string[],
  sources: ReadonlyMap<string, SourceWithText>,
  /** when this import accepts drafted entries (`kroniek draft --yaml`, reviewed) */
  acceptedAt: string = new Date().toISOString(),
): Promise<PlannedEvent[]> {
  const planned: PlannedEvent[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    for (const item of await planFile(file, sources, problems, acceptedAt)) {
      const earlier = seen.get(item.event.id);
      if (earlier !== undefined) {
        problems.push({ file, key: item.key, field: 'key', message: `already used in ${earlier}` });
        continue;
      }
      seen.set(item.event.id, file);
      planned.push(item);
    }
  }
  throwProblems(problems, 'nothing imported');
  return planned;
}

async function planFile(
  file: string,
  sources: ReadonlyMap<string, SourceWithText>,
  problems: ImportProblem[],
  acceptedAt: string,
) {
  let raw: unknown;
  try {
    raw = parse(await readFile(file, 'utf8'));
  } catch (error) {
    problems.push({ file, field: '(file)', message: (error as Error).message });
    return [];
  }
  const parsed = RecordedFile.safeParse(raw);
  if (!parsed.success) {
    problems.push(...fieldProblems(file, undefined, parsed.error));
    return [];
  }
  const source = sources.get(parsed.data.source);
  if (!source) {
    const message = `no source document '${parsed.data.source}' (neither in the log nor among the source files)`;
    problems.push({ file, field: 'source', message });
    return [];
  }
  const out: PlannedEvent[] = [];
  for (const drafted of parsed.data.events) {
    const accepted = acceptDraftedEntry(drafted, acceptedAt);
    if ('error' in accepted) {
      problems.push({ file, key: drafted.key, field: 'provenance', message: accepted.error });
      continue;
    }
    const entry = accepted.entry;
    const result = entryToEvent(source.id, entry, source.text);
    if (!result.success) {
      problems.push(...fieldProblems(file, entry.key, result.error));
      continue;
    }
    const event = result.data;
    const { documentId, location, quotation } = event.source;
    if (documentId !== source.id) {
      problems.push({
        file,
        key: entry.key,
        field: 'source.documentId',
        message: `must be '${source.id}'`,
      });
    } else if (source.text.slice(location.start, location.end) !== quotation) {
      const message = `not found at ${location.start}..${location.end} of '${source.id}'`;
      problems.push({ file, key: entry.key, field: 'source.quotation', message });
    } else {
      out.push({ file, key: entry.key, event });
    }
  }
  return out;
}

/**
 * Validates `files` completely, then appends what is not stored yet. Each event goes to the
 * stream of its subject; runs of the same subject form one batch, so the log keeps the
 * files' order. Ids are derived from (document, key), so importing twice appends nothing.
 * An event stored earlier with other content is a problem too, reported before any write.
 */
export async function importFiles(
  store: EventStore,
  files: string[],
  sources: ReadonlyMap<string, SourceWithText>,
  options: ImportFilesOptions = {},
): Promise<ImportReport> {
  const clock = options.clock ?? (() => new Date());
  const planned = await planImport(files, sources, clock().toISOString());
  await keepImportAcceptance(store, planned);
  await checkAgainstStore(store, planned);
  await options.beforeAppend?.();
  const batches: StreamBatch[] = [];
  for (const p of planned) {
    const event: NewEvent = {
      id: p.event.id,
      type: p.event.type,
      data: p.event,
      metadata: metadataOf(p),
    };
    const last = batches.at(-1);
    if (last?.stream === p.event.subject) last.events.push(event);
    else batches.push({ stream: p.event.subject, events: [event], expectedRevision: 'any' });
  }
  const results = store.appendMany
    ? await store.appendMany(batches)
    : await sequentially(batches, (b) => store.append(b.stream, b.events, b));
  return {
    files: files.length,
    events: planned.length,
    appended: results.reduce((n, r) => n + r.appended.length, 0),
    head: await store.head(),
  };
}

/**
 * Imports the seed data: every `<eventsDir>/recorded/*.yaml`, in file-name order, checked
 * against the sources in the log (those under `<eventsDir>/sources` registered first). What
 * `serve` runs at start.
 */
export async function importSeed(
  store: EventStore,
  eventsDir: string,
  /** the sources in the log when the caller has them already (the server does) */
  loaded?: ReadonlyMap<string, SourceWithText>,
): Promise<ImportReport> {
  // The log's sources, and the shipped files for those it does not hold yet.
  const sources =
    loaded ?? (await shippedSourceCatalog(store, eventsDir, { register: false })).sources;
  const dir = join(eventsDir, 'recorded');
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  return importFiles(
    store,
    names.map((n) => join(dir, n)),
    sources,
  );
}

/**
 * A drafted entry accepted by an earlier import of the same file keeps that acceptance's time, so
 * importing again appends nothing (what was edited is compared as any other content).
 */
async function keepImportAcceptance(store: EventStore, planned: PlannedEvent[]): Promise<void> {
  for (const p of planned) {
    const accepted = p.event.provenance?.accepted;
    if (accepted?.via !== 'import') continue;
    const stored = await store.getById(p.event.id);
    const before = (stored?.data as { provenance?: { accepted?: { at?: unknown; via?: unknown } } })
      ?.provenance?.accepted;
    if (before?.via === 'import' && typeof before.at === 'string') accepted.at = before.at;
  }
}

/** Stored twins must be identical; references must point at a known event. */
async function checkAgainstStore(store: EventStore, planned: PlannedEvent[]): Promise<void> {
  const problems: ImportProblem[] = [];
  const ids = new Set(planned.map((p) => p.event.id));
  for (const p of planned) {
    const stored = await store.getById(p.event.id);
    if (stored) {
      const same =
        stored.stream === p.event.subject &&
        stored.type === p.event.type &&
        canonicalize(stored.data) === canonicalize(p.event) &&
        canonicalize(stored.metadata) === canonicalize(metadataOf(p));
      if (!same) {
        const message =
          'already stored with other content; record an EventCorrected instead of editing';
        problems.push({ file: p.file, key: p.key, field: '(event)', message });
      }
    }
    for (const field of REFERENCES) {
      const target = (p.event as Record<string, unknown>)[field];
      if (typeof target === 'string' && !ids.has(target) && !(await store.getById(target))) {
        problems.push({
          file: p.file,
          key: p.key,
          field,
          message: `refers to no known event (${target})`,
        });
      }
    }
    const corroborated = await corroborationProblem(store, planned, p.event);
    if (corroborated) {
      problems.push({ file: p.file, key: p.key, field: 'corroborates', message: corroborated });
    }
  }
  throwProblems(problems, 'nothing imported');
}

/**
 * Why a planned corroboration names no fact it may corroborate (an amendment, another
 * corroboration, a fact retracted in the files or the store), or null. An unknown id is reported
 * by the reference check already.
 */
async function corroborationProblem(
  store: EventStore,
  planned: PlannedEvent[],
  event: KroniekEvent,
): Promise<string | null> {
  if (event.type !== 'EventCorroborated') return null;
  const id = event.corroborates;
  const stored = await store.getById(id);
  const target =
    planned.find((q) => q.event.id === id)?.event ??
    (stored ? subjectEventOf(parseStoredEvent(stored.data)) : undefined);
  if (!target) return null;
  const retracted =
    planned.some((q) => q.event.type === 'EventRetracted' && q.event.retracts === id) ||
    (stored !== null &&
      (await store.readStream(stored.stream)).some(
        (e) => e.type === 'EventRetracted' && (e.data as { retracts?: unknown }).retracts === id,
      ));
  return corroborationTargetProblem(id, target, retracted);
}

async function sequentially<T, R>(items: T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (const item of items) out.push(await run(item));
  return out;
}
