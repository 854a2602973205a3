import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { ENTRY_RULE } from './entryRules.js';

/** What `z.uuid()` accepts (RFC 9562 versions 1–8, nil and max), in lower case only. */
const LOWER_UUID =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;

/**
 * An event id, or a reference to one: a UUID in lower case. Upper case is refused rather than
 * folded: two ids that differ only in case would be two events to a store but one to a reader,
 * and a schema that folds would store other text than it accepted. The case rule is an entry
 * rule (see `parseStoredEvent`): it was added after events were first stored.
 */
export const EventId = z
  .uuid()
  .check((ctx) => {
    const lower = ctx.value.toLowerCase();
    if (lower !== ctx.value && LOWER_UUID.test(lower)) {
      ctx.issues.push({
        code: 'custom',
        message: `ids are lower case: write '${lower}'`,
        input: ctx.value,
        params: ENTRY_RULE,
      });
    }
  })
  .meta({ pattern: LOWER_UUID.source });

/**
 * A stable UUID (RFC 9562 version 8, name-based on SHA-256) for a recorded statement,
 * so that importing the same file twice yields the same ids and appends nothing.
 */
export function deriveEventId(documentId: string, key: string): string {
  const h = sha256(utf8ToBytes(`kroniek:${documentId}#${key}`));
  h[6] = (h[6]! & 0x0f) | 0x80;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = bytesToHex(h.subarray(0, 16));
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** Hex SHA-256 of a UTF-8 string. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * The id of the event registering a source: derived from the SHA-256 of its original bytes, so
 * the same bytes registered twice give the same id (and the store appends nothing).
 */
export function sourceEventId(originalSha256: string): string {
  return deriveEventId('kroniek-source', originalSha256);
}
