import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

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
