import { sha256Hex } from '../sha256.js';

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
  return linkHash(link, link.recordedAt, link.previousHash);
}

function linkHash(
  fields: Pick<ChainLink, 'position' | 'stream' | 'revision' | 'id' | 'type' | 'data' | 'metadata'>,
  recordedAt: string,
  previousHash: string,
): string {
  const serialised = JSON.stringify([
    fields.position,
    fields.stream,
    fields.revision,
    fields.id,
    fields.type,
    fields.data,
    fields.metadata,
    recordedAt,
    previousHash,
  ]);
  return sha256Hex(serialised);
}

/**
 * A stored row as the chain covers it, as a tuple in the order of its hash's input: position,
 * stream, revision, id, type, data, metadata, recorded_at, and last the row's stored hash.
 * Stores read it positionally (no object per row), so a walk of a long log stays cheap.
 */
export type ChainRow = [
  position: number,
  stream: string,
  revision: number,
  id: string,
  type: string,
  data: string,
  metadata: string,
  recordedAt: string,
  hash: string,
];

/** The events table's columns of a ChainRow, in its order. */
export const CHAIN_ROW_COLUMNS =
  'position, stream, revision, id, type, data, metadata, recorded_at, hash';

/**
 * Whether a row's stored hash follows from its fields and `previousHash`: the chain's hash
 * input is the row's tuple with the previous hash in the stored hash's place. The tuple is
 * lent for the moment and given back as it came.
 */
function rowHashHolds(row: ChainRow, previousHash: string): boolean {
  const stored = row[8];
  row[8] = previousHash;
  const hash = sha256Hex(JSON.stringify(row));
  row[8] = stored;
  return hash === stored;
}

/** A point of the chain: a position and the hash stored there (0 and GENESIS_HASH: the start). */
export interface ChainPoint {
  position: number;
  hash: string;
}

/** The outcome of walking the chain; `checked` is the last position found intact. */
export type ChainCheck =
  | { ok: true; checked: number; head: ChainPoint & { recordedAt: string | null } }
  | { ok: false; checked: number; brokenAt: number; reason: string };

export interface ChainWalkOptions {
  /** Also parse each row's data and metadata as JSON, naming the first row that does not. */
  parseJson?: boolean;
  /** Rows per page (1,000). */
  pageSize?: number;
  /** Awaited between pages, e.g. to let other work of the event loop run. */
  between?: () => Promise<void>;
}

/**
 * Recomputes the hash chain from a point known to be good (`from`, e.g. the genesis) to the end
 * of the log, page by page, and reports the first position that is missing, whose stored hash
 * does not follow from the row and the hash before it, or (with `parseJson`) whose data or
 * metadata does not parse.
 */
export async function walkChain(
  readPage: (after: number, limit: number) => readonly ChainRow[],
  from: ChainPoint,
  options: ChainWalkOptions = {},
): Promise<ChainCheck> {
  const pageSize = options.pageSize ?? 1000;
  let previous = from.hash;
  let checked = from.position;
  let recordedAt: string | null = null;
  for (;;) {
    const rows = readPage(checked, pageSize);
    for (const row of rows) {
      const expected = checked + 1;
      if (row[0] !== expected)
        return {
          ok: false,
          checked,
          brokenAt: expected,
          reason: `position ${expected} is missing`,
        };
      if (!rowHashHolds(row, previous)) {
        const reason = 'stored hash does not match the event and the hash before it';
        return { ok: false, checked, brokenAt: expected, reason };
      }
      if (options.parseJson) {
        const bad = unparsable(row);
        if (bad) return { ok: false, checked, brokenAt: expected, reason: bad };
      }
      previous = row[8];
      recordedAt = row[7];
      checked = expected;
    }
    if (rows.length < pageSize)
      return { ok: true, checked, head: { position: checked, hash: previous, recordedAt } };
    await options.between?.();
  }
}

function unparsable(row: ChainRow): string | null {
  for (const [column, text] of [
    ['data', row[5]],
    ['metadata', row[6]],
  ] as const) {
    try {
      JSON.parse(text);
    } catch (error) {
      return `the event's ${column} does not parse as JSON (${(error as Error).message})`;
    }
  }
  return null;
}
