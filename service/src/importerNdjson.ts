import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { KroniekEvent, SourceWithText } from '@kroniek/events';
import { IdempotencyError } from './errors.js';
import type { ImportReport } from './importer.js';
import { checkPieces } from './importerPipeline.js';
import type { ImportProblem } from './importerProblems.js';
import { throwProblems } from './importerProblems.js';
import type { EventStore, NewEvent, StreamBatch } from './store/eventStore.js';

export interface NdjsonImportOptions {
  /** Events per write; each write is one transaction (default 1,000). */
  chunkSize?: number;
  /** Reading stops after this many problems (default 100). */
  maxProblems?: number;
  /**
   * Decode and check the lines (JSON.parse, schemas, quotation) on a worker thread while this
   * one appends: true, false, or 'auto' (default: when there are two cores or more and the files
   * hold at least a megabyte; below that, loading tsx and the schemas a second time costs more
   * than it saves).
   */
  worker?: boolean | 'auto';
}

const AUTO_WORKER_BYTES = 1 << 20;

/** A store that can append batches without handing every stored event back (the SQLite store). */
interface CountingStore {
  appendCounted(batches: StreamBatch[]): Promise<{ appended: number; lastPosition: number }>;
}

const REFERENCES = ['corrects', 'retracts', 'fulfils'] as const;

/** Store metadata of a bulk-imported event: only what follows from the content, so a re-import is a no-op. */
const METADATA = { origin: 'ndjson-import' } as const;

/**
 * Bulk import of NDJSON files: one event per line, either a KroniekEvent or a line of
 * `kroniek export` (whose `data` is the event). Every line is checked like any input: the event
 * schemas, the quotation against the source text at its offsets, references to known events, no id
 * twice. Files are streamed, so a million events never sit in memory at once.
 *
 * Events are written in chunks (one transaction each) as soon as a chunk is checked. The first
 * problem stops the writing before the chunk that holds it; reading goes on to report the other
 * problems, then one `ValidationError` lists them all. The chunks before it stay: they are valid,
 * and since the store is idempotent by id, a re-run after the fix appends only the rest.
 *
 * The decoding and the per-line checks of a large import run on a worker thread, a few pieces
 * ahead of the appends (see `importerPipeline.ts`); what is checked, the order and the problems
 * are the same.
 */
export async function importNdjson(
  store: EventStore,
  files: string[],
  sources: ReadonlyMap<string, SourceWithText>,
  options: NdjsonImportOptions = {},
): Promise<ImportReport> {
  const chunkSize = options.chunkSize ?? 1000;
  const maxProblems = options.maxProblems ?? 100;
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  let chunk: Checked[] = [];
  let events = 0;
  let appended = 0;

  const flush = async () => {
    if (chunk.length === 0 || problems.length > 0) return;
    const written = chunk;
    chunk = [];
    try {
      appended += await appendChunk(store, written);
    } catch (error) {
      if (!(error instanceof IdempotencyError)) throw error;
      const at = written.find((w) => w.event.id === error.details.id)?.at ?? '(chunk)';
      const message = 'already stored with other content; record an EventCorrected instead';
      problems.push({ file: at, field: '(event)', message });
    }
  };

  const worker = options.worker ?? 'auto';
  const useWorker =
    worker === 'auto'
      ? availableParallelism() >= 2 && totalBytes(files) >= AUTO_WORKER_BYTES
      : worker;
  for await (const lines of checkPieces(files, sources, useWorker)) {
    if (problems.length >= maxProblems) break;
    for (const { at, check } of lines) {
      if ('problems' in check) {
        problems.push(...check.problems);
        continue;
      }
      const data: unknown = 'data' in check ? check.data : JSON.parse(check.json);
      // The line was accepted by the event schemas; its JSON text parses back to the same value.
      const event = data as KroniekEvent;
      if (seen.has(event.id)) {
        problems.push({ file: at, field: 'id', message: `${event.id} occurs twice in the import` });
        continue;
      }
      const unknown = REFERENCES.map((f) => [f, (event as Record<string, unknown>)[f]] as const)
        .filter(([, target]) => typeof target === 'string' && !seen.has(target));
      if (unknown.length > 0 && !(await referencesStored(store, unknown, at, problems))) continue;
      seen.add(event.id);
      events += 1;
      chunk.push({ event, data, at });
      if (chunk.length >= chunkSize) await flush();
    }
  }
  await flush();
  if (problems.length > 0) {
    const kept = appended > 0 ? `${appended} event(s) before the first problem were appended` : 'nothing imported';
    throwProblems(problems, `import stopped, ${kept}`);
  }
  return { files: files.length, events, appended, head: await store.head() };
}

/**
 * One checked line. `data` is the line's own JSON value, which the schemas accepted: they are
 * strict objects without defaults or transforms, so it is the same data as `event`, and a line
 * written in canonical form (as the bench and `kroniek export` write it) keeps its key order,
 * which lets the store serialise it natively instead of re-sorting every key.
 */
interface Checked {
  event: KroniekEvent;
  data: unknown;
  at: string;
}

/** References to events before this import must name stored events. */
async function referencesStored(
  store: EventStore,
  references: (readonly [string, unknown])[],
  at: string,
  problems: ImportProblem[],
): Promise<boolean> {
  let ok = true;
  for (const [field, target] of references) {
    if (!(await store.getById(String(target)))) {
      problems.push({ file: at, field, message: `refers to no known event (${String(target)})` });
      ok = false;
    }
  }
  return ok;
}

/** Appends one chunk, runs of the same subject forming one stream batch; returns how many were new. */
async function appendChunk(store: EventStore, checked: Checked[]): Promise<number> {
  const batches: StreamBatch[] = [];
  for (const { event, data } of checked) {
    const item: NewEvent = { id: event.id, type: event.type, data, metadata: METADATA };
    const last = batches.at(-1);
    if (last?.stream === event.subject) last.events.push(item);
    else batches.push({ stream: event.subject, events: [item], expectedRevision: 'any' });
  }
  if (isCounting(store)) return (await store.appendCounted(batches)).appended;
  if (store.appendMany) {
    const results = await store.appendMany(batches);
    return results.reduce((n, r) => n + r.appended.length, 0);
  }
  let n = 0;
  for (const b of batches) n += (await store.append(b.stream, b.events, b)).appended.length;
  return n;
}

function isCounting(store: EventStore): store is EventStore & CountingStore {
  return typeof (store as Partial<CountingStore>).appendCounted === 'function';
}

function totalBytes(files: string[]): number {
  return files.reduce((n, f) => n + statSync(f).size, 0);
}
