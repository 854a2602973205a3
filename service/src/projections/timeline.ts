import { ValidationError } from '../errors.js';
import { partitionPoint } from '../temporal/sorted.js';
import { compareCursor, decodeCursor, encodeCursor } from './cursor.js';
import { toTimelineItem } from './items.js';
import type { LogIndex } from './logIndex.js';
import type { TimelinePage } from './readModelTypes.js';
import type { Selection } from './selection.js';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

function parseLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new ValidationError(`limit must be an integer from 1 to ${MAX_LIMIT}`, [
      { path: 'limit', message: `'${limit}' is out of range` },
    ]);
  }
  return limit;
}

/**
 * One page of a (memoised) selection: a binary search for the cursor, then at most
 * `limit` items are materialised. Cost: O(log n + limit).
 */
export function timelinePage(
  index: LogIndex,
  sel: Selection,
  cursor?: string,
  limit?: number,
): TimelinePage {
  const c = index.getColumns();
  const size = parseLimit(limit);
  const idx = sel.idx;
  let start = 0;
  if (cursor !== undefined) {
    const cur = decodeCursor(cursor);
    start = partitionPoint(0, idx.length, (j) => {
      const i = idx[j]!;
      return compareCursor(cur, c.key[i]!, c.latest[i]!, c.position[i]!) >= 0;
    });
  }
  const end = Math.min(start + size, idx.length);
  const items = [];
  for (let j = start; j < end; j++) {
    const i = idx[j]!;
    items.push(toTimelineItem(sel.resolve(index.facts[c.fact[i]!]!), sel.ctx.asOf));
  }
  const last = idx[end - 1];
  const nextCursor =
    end < idx.length && last !== undefined
      ? encodeCursor({ key: c.key[last]!, latest: c.latest[last]!, position: c.position[last]! })
      : null;
  return {
    items,
    nextCursor,
    total: idx.length,
    counts: { happened: sel.happened, later: sel.later, byType: sel.byType },
  };
}
