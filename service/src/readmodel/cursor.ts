import { ValidationError } from '../errors.js';

/** A place in timeline order: the sort tuple of the last item of a page. */
export interface CursorKey {
  key: number;
  latest: number;
  position: number;
}

/**
 * Cursors name the last item's place in the order (not an offset), so a page stays
 * stable when events are added before it.
 */
export function encodeCursor(c: CursorKey): string {
  return Buffer.from(`v1:${c.key}:${c.latest}:${c.position}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey {
  const [version, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  const [key, latest, position] = rest.map(Number);
  if (
    version !== 'v1' ||
    rest.length !== 3 ||
    [key, latest, position].some((n) => !Number.isInteger(n))
  ) {
    throw new ValidationError('invalid cursor', [
      { path: 'cursor', message: 'not a cursor returned by this API' },
    ]);
  }
  return { key: key!, latest: latest!, position: position! };
}

/** Compares a cursor with a place in the order (negative when the cursor comes first). */
export function compareCursor(c: CursorKey, key: number, latest: number, position: number): number {
  return c.key - key || c.latest - latest || c.position - position;
}
