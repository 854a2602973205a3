import { z } from 'zod';
import { Slug } from './actors.js';
import { deriveEventId } from './ids.js';
import { KroniekEvent, SCHEMA_VERSION } from './kinds.js';

/**
 * One entry of a recorded-events data file: an event without `id` and `schemaVersion`,
 * with the `key` of the statement it records. The id is derived from (document, key).
 */
export const RecordedEntry = z.looseObject({ key: Slug });
export type RecordedEntry = z.infer<typeof RecordedEntry>;

/** A recorded-events data file: the events read from one source document. */
export const RecordedFile = z.strictObject({
  source: Slug,
  events: z.array(RecordedEntry).min(1),
});
export type RecordedFile = z.infer<typeof RecordedFile>;

// Any UUID-shaped reference, whatever its case, is an id (an upper-case one is then refused by the
// schema, naming the field), never a key to derive an id from.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REFERENCE_FIELDS = ['corrects', 'retracts', 'fulfils', 'corroborates'] as const;

/**
 * The id a reference field of an entry of `documentId` names: a UUID as it is, `<document>#<key>`
 * the entry `key` of another file (the file of source `document`), a plain key an entry of this
 * file.
 */
export function referenceId(documentId: string, value: string): string {
  if (UUID.test(value)) return value;
  const hash = value.indexOf('#');
  return hash === -1
    ? deriveEventId(documentId, value)
    : deriveEventId(value.slice(0, hash), value.slice(hash + 1));
}

/** Where a quotation stands in a source text: offsets and the exact characters there. */
export interface QuotationMatch {
  start: number;
  end: number;
  /** The text between `start` and `end`, line breaks and trailing spaces included. */
  quotation: string;
}

/**
 * Every place where `quotation` occurs in `text`, reading any run of whitespace (spaces,
 * line breaks, page breaks) on either side as one space. Source texts keep their hard line
 * breaks; this lets a data file write a quotation as the words a reader sees.
 */
export function locateQuotation(text: string, quotation: string): QuotationMatch[] {
  const needle = quotation.trim().replace(/\s+/g, ' ');
  if (needle === '') return [];
  const { collapsed, starts, ends } = collapseWhitespace(text);
  const found: QuotationMatch[] = [];
  for (let i = collapsed.indexOf(needle); i !== -1; i = collapsed.indexOf(needle, i + 1)) {
    const start = starts[i]!;
    const end = ends[i + needle.length - 1]!;
    found.push({ start, end, quotation: text.slice(start, end) });
  }
  return found;
}

/** The text with each whitespace run as one space, and where each character came from. */
function collapseWhitespace(text: string): { collapsed: string; starts: number[]; ends: number[] } {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/\s+|\S/g)) {
    const isSpace = /\s/.test(m[0]);
    parts.push(isSpace ? ' ' : m[0]);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { collapsed: parts.join(''), starts, ends };
}

/**
 * Fills in an entry's source from the source text. A source written as only
 * `{ section, quotation }` gets its `documentId`, its offsets and its exact quotation, which
 * must occur exactly once. A source that gives its offsets must quote the text there.
 */
function resolveSource(
  documentId: string,
  key: string,
  source: unknown,
  text: string,
): { source: unknown } | { error: string } {
  if (typeof source !== 'object' || source === null || Array.isArray(source)) return { source };
  const s = source as Record<string, unknown>;
  if (typeof s.quotation !== 'string') return { source };
  if (s.location !== undefined) {
    const loc = s.location as Record<string, unknown>;
    const at =
      typeof loc.start === 'number' && typeof loc.end === 'number'
        ? text.slice(loc.start, loc.end)
        : undefined;
    return at === s.quotation
      ? { source }
      : { error: `entry '${key}': the quotation does not stand at its stated location` };
  }
  const matches = locateQuotation(text, s.quotation);
  const match = matches[0];
  if (matches.length !== 1 || !match) {
    const times = matches.length === 0 ? 'not found' : `found ${matches.length} times`;
    return {
      error: `entry '${key}': quotation ${times} in '${documentId}', it must occur exactly once`,
    };
  }
  const { section, ...rest } = s;
  return {
    source: {
      ...rest,
      documentId,
      location: { section, start: match.start, end: match.end },
      quotation: match.quotation,
    },
  };
}

/**
 * Turns a data-file entry into a full event and validates it. References to other
 * entries (`corrects`, `retracts`, `fulfils`, `corroborates`) may be written as their key, or as
 * `<documentId>#<key>` for an entry of another source's file. Given the
 * source text, an entry's source may be written as `{ section, quotation }` only: its
 * document id, offsets and exact quotation are then taken from the text.
 */
export function entryToEvent(
  documentId: string,
  entry: RecordedEntry,
  sourceText?: string,
): z.ZodSafeParseResult<KroniekEvent> {
  const { key, ...rest } = entry;
  const refs: Record<string, string> = {};
  for (const field of REFERENCE_FIELDS) {
    const value = rest[field];
    if (typeof value === 'string') refs[field] = referenceId(documentId, value);
  }
  let source = rest.source;
  if (sourceText !== undefined) {
    const resolved = resolveSource(documentId, key, source, sourceText);
    if ('error' in resolved) {
      const issue = {
        code: 'custom' as const,
        path: ['source', 'quotation'],
        message: resolved.error,
      };
      // ZodError's type parameter only types `format()`; the issue list is the same for any T.
      return {
        success: false,
        error: new z.ZodError([{ ...issue, input: source }]) as z.ZodError<KroniekEvent>,
      };
    }
    source = resolved.source;
  }
  return KroniekEvent.safeParse({
    ...rest,
    ...refs,
    ...(source === undefined ? {} : { source }),
    id: deriveEventId(documentId, key),
    schemaVersion: SCHEMA_VERSION,
  });
}
