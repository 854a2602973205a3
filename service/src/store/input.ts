import { EventId as EventIdSchema } from '@kroniek/events';
import canonicalize from 'canonicalize';
import { z } from 'zod';
import type { ExpectedRevision, FieldIssue } from '../errors.js';
import { ValidationError } from '../errors.js';
import type { NewEvent, NewEventJson, ReadAllOptions } from './eventStore.js';

export type { NewEventJson, StreamBatchJson } from './eventStore.js';
import { isCanonicalJsonObjectText, isCanonicalJsonText } from './canonicalText.js';

/** A new event checked at the store's door, its data and metadata as canonical JSON text. */
export interface PreparedEvent {
  id: string;
  type: string;
  data: string;
  metadata: string;
}

export interface CheckedBatch {
  stream: string;
  events: PreparedEvent[];
  expected: ExpectedRevision;
}

/** Stream names beginning with `$` are reserved, as in EventStoreDB. */
const StreamName = z.string().min(1).max(500).regex(/^[^$]/, "stream names may not start with '$'");

const Expected = z.union([
  z.enum(['any', 'no_stream', 'stream_exists']),
  z.number().int().nonnegative(),
]);

// Ids are UUIDs so that every adapter, EventStoreDB included, can keep them as they are, and in
// lower case only: ids that differ only in case would be two events here but one to a reader.
const NewEventShape = z.object({
  id: EventIdSchema,
  type: z.string().min(1).max(200),
  data: z.unknown(),
  metadata: z.record(z.string(), z.unknown()).optional(),
});

const ReadAll = z.object({
  after: z.number().int().nonnegative().optional(),
  limit: z.number().int().min(1).max(10_000).optional(),
});

/** The checks of a batch that do not depend on how its events come: stream, expectation, list. */
function checkBatchHead(
  stream: string,
  events: unknown,
  expectedRevision: ExpectedRevision | undefined,
  prefix: string,
  issues: FieldIssue[],
): ExpectedRevision | null {
  const name = StreamName.safeParse(stream);
  if (!name.success) issues.push(...toIssues(name.error, `${prefix}stream`));
  const expected = Expected.safeParse(expectedRevision ?? 'any');
  if (!expected.success) issues.push(...toIssues(expected.error, `${prefix}expectedRevision`));
  if (!Array.isArray(events)) {
    issues.push({ path: `${prefix}events`, message: 'expected an array of events' });
  }
  return expected.success ? expected.data : null;
}

/** The checked batch, or every issue found in it as one ValidationError. */
function checkedBatch(
  stream: string,
  events: PreparedEvent[],
  expected: ExpectedRevision | null,
  issues: FieldIssue[],
): CheckedBatch {
  if (issues.length > 0 || expected === null) {
    throw new ValidationError(`invalid append to stream '${String(stream)}'`, issues);
  }
  return { stream, events, expected };
}

/** Checks one stream's batch and brings data and metadata to canonical (RFC 8785) JSON. */
export function checkBatch(
  stream: string,
  events: NewEvent[],
  expectedRevision: ExpectedRevision | undefined,
  prefix = '',
): CheckedBatch {
  const issues: FieldIssue[] = [];
  const expected = checkBatchHead(stream, events, expectedRevision, prefix, issues);
  const prepared: PreparedEvent[] = [];
  (Array.isArray(events) ? events : []).forEach((event, i) => {
    const at = `${prefix}events.${i}`;
    const shape = NewEventShape.safeParse(event);
    if (!shape.success) {
      issues.push(...toIssues(shape.error, at));
      return;
    }
    const data = toCanonical(shape.data.data);
    const metadata = toCanonical(shape.data.metadata ?? {});
    if (typeof data !== 'string') issues.push({ path: `${at}.data`, message: data.error });
    if (typeof metadata !== 'string')
      issues.push({ path: `${at}.metadata`, message: metadata.error });
    if (typeof data === 'string' && typeof metadata === 'string') {
      prepared.push({ id: shape.data.id, type: shape.data.type, data, metadata });
    }
  });
  return checkedBatch(stream, prepared, expected, issues);
}

const EventId = NewEventShape.shape.id;
const EventType = NewEventShape.shape.type;
/**
 * A subset of what `EventId` accepts (RFC 9562 versions 1–8, the variant bits, lower case), tested
 * first so that the usual id costs one regular expression; anything else goes through zod itself.
 */
const PLAIN_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * `checkBatch` for events whose data and metadata are JSON text: the same checks of stream,
 * expected revision, id and type, and the same canonical text is stored. Text that already is
 * canonical is recognised in one pass and kept as it is (no parse, no serialisation); any other
 * text is parsed and brought to canonical form exactly as `checkBatch` does with a value.
 */
export function checkJsonBatch(
  stream: string,
  events: NewEventJson[],
  expectedRevision: ExpectedRevision | undefined,
  prefix = '',
): CheckedBatch {
  const issues: FieldIssue[] = [];
  const expected = checkBatchHead(stream, events, expectedRevision, prefix, issues);
  const prepared: PreparedEvent[] = [];
  const list: unknown[] = Array.isArray(events) ? events : [];
  for (let i = 0; i < list.length; i++) {
    const event = list[i] as Partial<Record<keyof NewEventJson, unknown>> | null;
    if (typeof event !== 'object' || event === null) {
      issues.push({ path: `${prefix}events.${i}`, message: 'expected an event object' });
      continue;
    }
    const before = issues.length;
    const { id, type } = event;
    if (typeof id !== 'string' || !PLAIN_UUID.test(id)) {
      const checked = EventId.safeParse(id);
      if (!checked.success) issues.push(...toIssues(checked.error, `${prefix}events.${i}.id`));
    }
    if (typeof type !== 'string' || type.length < 1 || type.length > 200) {
      const checked = EventType.safeParse(type);
      if (!checked.success) issues.push(...toIssues(checked.error, `${prefix}events.${i}.type`));
    }
    const data = canonicalFromText(event.data, false);
    if (typeof data !== 'string')
      issues.push({ path: `${prefix}events.${i}.data`, message: data.error });
    const metadata = canonicalFromText(event.metadata, true);
    if (typeof metadata !== 'string')
      issues.push({ path: `${prefix}events.${i}.metadata`, message: metadata.error });
    if (issues.length === before) {
      prepared.push({
        id: id as string,
        type: type as string,
        data: data as string,
        metadata: metadata as string,
      });
    }
  }
  return checkedBatch(stream, prepared, expected, issues);
}

/** The canonical form of JSON text: the text itself when it is canonical already. */
function canonicalFromText(text: unknown, object: boolean): string | { error: string } {
  if (typeof text !== 'string') return { error: 'expected JSON text' };
  if (object ? isCanonicalJsonObjectText(text) : isCanonicalJsonText(text)) return text;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `not valid JSON: ${(error as Error).message}` };
  }
  if (object && (typeof value !== 'object' || value === null || Array.isArray(value))) {
    return { error: 'expected a JSON object' };
  }
  return toCanonical(value);
}

/** Checks read options and fills in the defaults. */
export function checkReadAll(options: ReadAllOptions | undefined, pageSize: number) {
  const parsed = ReadAll.safeParse(options ?? {});
  if (!parsed.success)
    throw new ValidationError('invalid read options', toIssues(parsed.error, ''));
  return { after: parsed.data.after ?? 0, limit: parsed.data.limit ?? pageSize };
}

function toCanonical(value: unknown): string | { error: string } {
  if (value === undefined) return { error: 'required JSON value' };
  // Plain data whose keys are already in canonical order serialises natively, several times
  // faster; anything else (unsorted keys, toJSON, NaN, lone surrogates ...) takes the library.
  if (isSortedPlainJson(value)) return JSON.stringify(value);
  try {
    const text = canonicalize(value);
    return text === undefined ? { error: 'not representable as JSON' } : text;
  } catch (error) {
    return { error: `not representable as JSON: ${(error as Error).message}` };
  }
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * True when `JSON.stringify(value)` is already its RFC 8785 form: only plain objects, arrays,
 * strings without lone surrogates, finite numbers, booleans and null, and every object's keys in
 * UTF-16 code-unit order (the order JSON.stringify writes them in is the order `for...in` sees).
 */
function isSortedPlainJson(value: unknown, depth = 0): boolean {
  if (value === null || typeof value === 'boolean') return true;
  // Any surrogate (a pair too) goes the slow way, which rejects the lone ones.
  if (typeof value === 'string') return !SURROGATE.test(value);
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || depth > 64) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value) || !isSortedPlainJson(value[i], depth + 1)) return false;
    }
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  let previous: string | undefined;
  for (const key in value) {
    if (previous !== undefined && !(previous < key)) return false;
    previous = key;
    if (!isSortedPlainJson((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

function toIssues(error: z.ZodError, prefix: string): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter((p) => p !== '').join('.'),
    message: issue.message,
  }));
}
