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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const REFERENCE_FIELDS = ['corrects', 'retracts', 'fulfils'] as const;

/**
 * Turns a data-file entry into a full event and validates it. References to other
 * entries (`corrects`, `retracts`, `fulfils`) may be written as their key.
 */
export function entryToEvent(documentId: string, entry: RecordedEntry) {
  const { key, ...rest } = entry;
  const refs: Record<string, string> = {};
  for (const field of REFERENCE_FIELDS) {
    const value = rest[field];
    if (typeof value === 'string' && !UUID.test(value)) refs[field] = deriveEventId(documentId, value);
  }
  return KroniekEvent.safeParse({
    ...rest,
    ...refs,
    id: deriveEventId(documentId, key),
    schemaVersion: SCHEMA_VERSION,
  });
}
