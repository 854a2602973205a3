import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { KroniekEvent, SourceWithText } from '@kroniek/events';
import { IdempotencyError } from '../errors.js';
import type { ImportReport } from './importer.js';
import type { AcceptedLine } from './check.js';
import { quotationProblem } from './check.js';
import { checkPieces } from './pipeline.js';
import type { ImportProblem } from './problems.js';
import { throwProblems } from './problems.js';
import type { EventStore, NewEvent, StreamBatch, StreamBatchJson } from '../store/eventStore.js';

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

/** Store metadata of a bulk-imported event: only what follows from the content, so a re-import is a no-op. */
const METADATA = { origin: 'ndjson-import' } as const;
/** The same metadata as canonical JSON text. */
const METADATA_JSON = JSON.stringify(METADATA);

/**
 * Bulk import of NDJSON files: one event per line, either a KroniekEvent or a line of
 * `kroniek export` (whose `data` is the event). Every line is checked like any input: the event
 * schemas, the quotation against the source text at its offsets (a source the caller does not
 * hold may be registered by an earlier line of the import: its text is the one checked), references
 * to known events, no id twice. Files are streamed, so a million events never sit in memory at once.
 *
 * Events are written in chunks (one transaction each) as soon as a chunk is checked. The first
 * problem stops the writing before the chunk that holds it; reading goes on to report the other
 * problems, then one `ValidationError` lists them all. The chunks before it stay: they are valid,
 * and since the store is idempotent by id, a re-run after the fix appends only the rest.
 *
 * The decoding and the per-line checks of a large import run on a worker thread, a few pieces
 * ahead of the appends (see `pipeline.ts`); what is checked, the order and the problems
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
  /** the texts of the sources registered by lines of this import, by id */
  const registered = new Map<string, string>();
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
      const twin = written.find((w) => w.line.id === error.details.id);
      const at = twin ? `${twin.file}:${twin.lineNo}` : '(chunk)';
      const message = 'already stored with other content; record an EventCorrected instead';
      problems.push({ file: at, field: '(event)', message });
    }
  };

  const worker = options.worker ?? 'auto';
  const useWorker =
    worker === 'auto'
      ? availableParallelism() >= 2 && totalBytes(files) >= AUTO_WORKER_BYTES
      : worker;
  for await (const { file, lines, checks } of checkPieces(files, sources, useWorker)) {
    if (problems.length >= maxProblems) break;
    for (let i = 0; i < checks.length; i++) {
      const check = checks[i]!;
      if ('problems' in check) {
        problems.push(...check.problems);
        continue;
      }
      const lineNo = lines[i]!;
      if (seen.has(check.id)) {
        const at = `${file}:${lineNo}`;
        problems.push({ file: at, field: 'id', message: `${check.id} occurs twice in the import` });
        continue;
      }
      const unknown = check.refs?.filter(([, target]) => !seen.has(target));
      if (unknown && unknown.length > 0) {
        if (!(await referencesStored(store, unknown, `${file}:${lineNo}`, problems))) continue;
      }
      const at = `${file}:${lineNo}`;
      const quoted = check.quotes === undefined ? null : inFileQuotation(check, registered, at);
      if (quoted) {
        problems.push(quoted);
        continue;
      }
      if (check.registers) {
        const { documentId, text } = check.registers;
        const was = registered.get(documentId);
        if (was !== undefined && was !== text) {
          const message = `'${documentId}' is registered earlier in the import with another text`;
          problems.push({ file: at, field: 'documentId', message });
          continue;
        }
        registered.set(documentId, text);
      }
      seen.add(check.id);
      events += 1;
      chunk.push({ line: check, file, lineNo });
      if (chunk.length >= chunkSize) await flush();
    }
  }
  await flush();
  if (problems.length > 0) {
    const kept =
      appended > 0
        ? `${appended} event(s) before the first problem were appended`
        : 'nothing imported';
    throwProblems(problems, `import stopped, ${kept}`);
  }
  return { files: files.length, events, appended, head: await store.head() };
}

/**
 * One accepted line and where it is. `line.json` is the text the schemas accepted (the line
 * itself when it is the event as written): a line in canonical form (as the bench and
 * `kroniek export` write it) is stored as it is, anything else the store canonicalises.
 */
interface Checked {
  line: AcceptedLine;
  file: string;
  lineNo: number;
}

/**
 * A line quoting a source the sources given do not hold: the source must be registered by an
 * earlier line of the import, and the quotation be its text at the offsets.
 */
function inFileQuotation(
  line: AcceptedLine,
  registered: ReadonlyMap<string, string>,
  at: string,
): ImportProblem | null {
  const documentId = line.quotes!;
  const text = registered.get(documentId);
  if (text === undefined)
    return { file: at, field: 'source.documentId', message: `no source document '${documentId}'` };
  const { source } = JSON.parse(line.json) as Pick<KroniekEvent, 'source'>;
  return quotationProblem(at, documentId, text, source.location, source.quotation);
}

/** References to events before this import must name stored events. */
async function referencesStored(
  store: EventStore,
  references: (readonly [string, string])[],
  at: string,
  problems: ImportProblem[],
): Promise<boolean> {
  let ok = true;
  for (const [field, target] of references) {
    if (!(await store.getById(target))) {
      problems.push({ file: at, field, message: `refers to no known event (${target})` });
      ok = false;
    }
  }
  return ok;
}

/** Appends one chunk, runs of the same subject forming one stream batch; returns how many were new. */
async function appendChunk(store: EventStore, checked: Checked[]): Promise<number> {
  // A store that declares counted JSON appends (SQLite) takes each line's text as it is.
  if (store.appendCountedJson) {
    const texts: StreamBatchJson[] = [];
    let last: StreamBatchJson | undefined;
    for (const { line } of checked) {
      const item = { id: line.id, type: line.type, data: line.json, metadata: METADATA_JSON };
      if (last?.stream === line.subject) last.events.push(item);
      else texts.push((last = { stream: line.subject, events: [item], expectedRevision: 'any' }));
    }
    return (await store.appendCountedJson(texts)).appended;
  }
  // Any other store takes values: the text parses back to exactly what the schemas accepted.
  const batches: StreamBatch[] = [];
  for (const { line } of checked) {
    const data: unknown = JSON.parse(line.json);
    const item: NewEvent = { id: line.id, type: line.type, data, metadata: METADATA };
    const last = batches.at(-1);
    if (last?.stream === line.subject) last.events.push(item);
    else batches.push({ stream: line.subject, events: [item], expectedRevision: 'any' });
  }
  if (store.appendMany) {
    const results = await store.appendMany(batches);
    return results.reduce((n, r) => n + r.appended.length, 0);
  }
  let n = 0;
  for (const b of batches) n += (await store.append(b.stream, b.events, b)).appended.length;
  return n;
}

function totalBytes(files: string[]): number {
  return files.reduce((n, f) => n + statSync(f).size, 0);
}
