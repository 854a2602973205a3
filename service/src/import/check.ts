import { isSourceRecord, LogEvent, upcast } from '@kroniek/events';
import type { KroniekEvent, SourceWithText } from '@kroniek/events';
import { SOURCE_STREAM } from '../sources/records.js';
import type { ImportProblem } from './problems.js';
import { fieldProblems } from './problems.js';

/**
 * What the check of one NDJSON line found: the accepted event, or why not. The event crosses
 * from the worker thread to the appending one as its JSON text (the store takes the text as it
 * is, see `appendCountedJson`) plus the few fields the appending thread needs for what depends
 * on order (ids seen twice, references, streams), so that thread never parses the line.
 */
export type LineCheck = AcceptedLine | { problems: ImportProblem[] };

/** An accepted line: the event's JSON text and, taken from the same value, what ordering needs. */
export interface AcceptedLine {
  json: string;
  id: string;
  /** the subject: the event's stream */
  subject: string;
  type: string;
  /** `[field, target id]` of each reference the event makes (`corrects`, `retracts`, `fulfils`) */
  refs?: [string, string][];
  /**
   * A source registration of an id the sources given do not hold: its text, for the lines after
   * it that quote it (the appending thread, which sees the lines in order, keeps it).
   */
  registers?: { documentId: string; text: string };
  /**
   * The document quoted, when the sources given do not hold it: the quotation is checked in
   * order, against a registration earlier in the import (see `quotationProblem`).
   */
  quotes?: string;
}

/** Why `quotation` is not `text` at its offsets, or null when it is. */
export function quotationProblem(
  at: string,
  documentId: string,
  text: string,
  location: { start: number; end: number },
  quotation: string,
): ImportProblem | null {
  if (text.slice(location.start, location.end) === quotation) return null;
  const message = `not found at ${location.start}..${location.end} of '${documentId}'`;
  return { file: at, field: 'source.quotation', message };
}

const REFERENCES = ['corrects', 'retracts', 'fulfils', 'corroborates'] as const;

/**
 * Parses and checks one line: the event schemas, then the quotation against its source text
 * at the offsets. `json` is the line itself when the line is the event as written (so its key
 * order, which the store's fast canonical path depends on, is kept), else the accepted data
 * re-serialised; both parse back to exactly what the schemas accepted, as the schemas are
 * strict objects without defaults or transforms, and id, subject, type and references are read
 * from that same value.
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
  const parsed = LogEvent.safeParse(data);
  if (!parsed.success) return { problems: fieldProblems(at, undefined, parsed.error) };
  const json = !exported && data === raw ? text : JSON.stringify(data);
  // A source record (a line of an export) carries its own text: nothing to quote.
  if (isSourceRecord(parsed.data)) {
    const record = parsed.data;
    const { id, type } = record;
    if (record.type !== 'SourceRegistered') return { json, id, subject: SOURCE_STREAM, type };
    const held = sources.get(record.documentId);
    if (held && held.textSha256 !== record.textSha256) {
      const message = `'${record.documentId}' is held with another text; a source's text is never replaced`;
      return { problems: [{ file: at, field: 'documentId', message }] };
    }
    return {
      json,
      id,
      subject: SOURCE_STREAM,
      type,
      ...(held ? {} : { registers: { documentId: record.documentId, text: record.text } }),
    };
  }
  const { documentId, location, quotation } = parsed.data.source;
  const source = sources.get(documentId);
  if (source) {
    const problem = quotationProblem(at, documentId, source.text, location, quotation);
    if (problem) return { problems: [problem] };
  }
  const event = data as Record<string, unknown> & Pick<KroniekEvent, 'id' | 'subject' | 'type'>;
  const accepted: AcceptedLine = { json, id: event.id, subject: event.subject, type: event.type };
  // Not among the sources given: the import may register it on an earlier line.
  if (!source) accepted.quotes = documentId;
  for (const field of REFERENCES) {
    const target = event[field];
    if (typeof target === 'string') (accepted.refs ??= []).push([field, target]);
  }
  return accepted;
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

/** The non-blank lines of a piece of text, checked: `checks[i]` is line `lines[i]`'s. */
export interface PieceCheck {
  lines: number[];
  checks: LineCheck[];
}

/**
 * Checks a piece of one file that holds whole lines, the first being line `firstLine` (a
 * trailing newline ends the last line; blank lines are skipped). Both threads of the import
 * use it: the worker for most pieces, the appending thread for a piece it takes on while it
 * would otherwise wait (see pipeline.ts).
 */
export function checkPiece(
  file: string,
  firstLine: number,
  text: string,
  sources: ReadonlyMap<string, SourceWithText>,
): PieceCheck {
  const out: PieceCheck = { lines: [], checks: [] };
  const split = text.split('\n');
  for (let i = 0; i < split.length; i++) {
    const line = split[i]!;
    if (line.trim() === '') continue;
    out.lines.push(firstLine + i);
    out.checks.push(checkLine(line, `${file}:${firstLine + i}`, sources));
  }
  return out;
}
