import * as crypto from 'node:crypto';

/** The `previous hash` of the first event in the log. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of one stored event that its hash covers, data and metadata as stored JSON text. */
export interface ChainLink {
  position: number;
  stream: string;
  revision: number;
  id: string;
  type: string;
  /** Canonical (RFC 8785) JSON text of the event data, exactly as stored. */
  data: string;
  /** Canonical (RFC 8785) JSON text of the metadata, exactly as stored. */
  metadata: string;
  recordedAt: string;
  previousHash: string;
}

/**
 * Hex SHA-256 of one link of the chain. The input is the JSON array of the fields in a
 * fixed order; data and metadata enter as their stored text, so that any changed byte,
 * even one that leaves the JSON meaning intact, breaks the chain.
 */
export function chainHash(link: ChainLink): string {
  const serialised = JSON.stringify([
    link.position,
    link.stream,
    link.revision,
    link.id,
    link.type,
    link.data,
    link.metadata,
    link.recordedAt,
    link.previousHash,
  ]);
  return sha256Hex(serialised);
}

/**
 * Hex SHA-256 of a string's UTF-8 bytes. `crypto.hash` (Node 20.12+) is the one-shot form,
 * without the Hash object that `createHash` builds per call; same digest either way.
 */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');
