import { KroniekEvent, upcast } from '@kroniek/events';
import type { SourceWithText } from '@kroniek/events';
import type { ImportProblem } from './importerProblems.js';
import { fieldProblems } from './importerProblems.js';

/**
 * What the check of one NDJSON line found: the accepted event as JSON text, or why not.
 * Text rather than a value, because it crosses from the worker thread to the appending one,
 * where a JSON.parse is cheaper than the structured clone of a nested object.
 */
export type LineCheck = { json: string; data?: unknown } | { problems: ImportProblem[] };

/**
 * Parses and checks one line: the event schemas, then the quotation against its source text
 * at the offsets. `json` is the line itself when the line is the event as written (so its key
 * order, which the store's fast canonical path depends on, is kept), else the accepted data
 * re-serialised; both parse back to exactly what the schemas accepted, as the schemas are
 * strict objects without defaults or transforms. `data` is that value, for a caller on the same
 * thread (the worker leaves it out of its answer, see importerWorker.ts).
 */
export function checkLine(
  text: string,
  at: string,
  sources: ReadonlyMap<string, SourceWithText>,
): LineCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { problems: [{ file: at, field: '(line)', message: (error as Error).message }] };
  }
  const exported = isExportLine(raw);
  const data = upcast(isExportLine(raw) ? raw.data : raw);
  const parsed = KroniekEvent.safeParse(data);
  if (!parsed.success) return { problems: fieldProblems(at, undefined, parsed.error) };
  const { documentId, location, quotation } = parsed.data.source;
  const source = sources.get(documentId);
  if (!source) {
    const message = `no source document '${documentId}'`;
    return { problems: [{ file: at, field: 'source.documentId', message }] };
  }
  if (source.text.slice(location.start, location.end) !== quotation) {
    const message = `not found at ${location.start}..${location.end} of '${documentId}'`;
    return { problems: [{ file: at, field: 'source.quotation', message }] };
  }
  return { json: !exported && data === raw ? text : JSON.stringify(data), data };
}

/** A line of `kroniek export`: a stored event whose `data` is the event itself. */
function isExportLine(raw: unknown): raw is { data: unknown } {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    'data' in raw &&
    'position' in raw &&
    'recordedAt' in raw
  );
}

/** Checks consecutive lines of one file, the first being line `firstLine`; null for a blank line. */
export function checkLines(
  file: string,
  firstLine: number,
  lines: readonly string[],
  sources: ReadonlyMap<string, SourceWithText>,
): (LineCheck | null)[] {
  return lines.map((text, i) =>
    text.trim() === '' ? null : checkLine(text, `${file}:${firstLine + i}`, sources),
  );
}
