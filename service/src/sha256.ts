import * as crypto from 'node:crypto';

/**
 * Hex SHA-256 of a string's UTF-8 bytes, by Node's OpenSSL (several times faster than the
 * portable one the vocabulary ships for any runtime; the same digest). `crypto.hash` (Node
 * 20.12+) is the one-shot form, without the Hash object that `createHash` builds per call.
 */
export const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');
