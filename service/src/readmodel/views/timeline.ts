import { ValidationError } from '../../errors.js';
import { partitionPoint } from '../../temporal/sorted.js';
import { compareCursor, decodeCursor, encodeCursor } from '../cursor.js';
import { toTimelineItem } from '../items.js';
import type { LogIndex } from '../engine/logIndex.js';
import type { TimelinePage } from '../readModelTypes.js';
import type { Resolver } from '../resolve.js';
import { listedByScan } from '../engine/selection.js';
import type { Selection } from '../engine/selection.js';

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

/** The sorted entries a page shows: from the cursor, at most `size`, and whether more follow. */
function pageEntries(
  index: LogIndex,
  sel: Selection,
  cursor: string | undefined,
  size: number,
): { entries: number[]; more: boolean } {
  const c = index.getColumns();
  const cur = cursor === undefined ? undefined : decodeCursor(cursor);
  const after = (i: number) => compareCursor(cur!, c.key[i]!, c.latest[i]!, c.position[i]!) >= 0;
  const idx = sel.idx;
  if (idx) {
    const start = cur ? partitionPoint(0, idx.length, (j) => after(idx[j]!)) : 0;
    const end = Math.min(start + size, idx.length);
    return { entries: Array.from(idx.subarray(start, end)), more: end < idx.length };
  }
  // No materialised listing: walk the sorted columns from the cursor, testing each entry.
  const entries: number[] = [];
  const stop = sel.filter.includeLater ? c.n : sel.cut;
  for (let i = cur ? partitionPoint(0, c.n, after) : 0; i < stop; i++) {
    if (!listedByScan(c, sel, i)) continue;
    if (entries.length === size) return { entries, more: true };
    entries.push(i);
  }
  return { entries, more: false };
}

/**
 * One page of a selection: a binary search for the cursor, then at most `limit` items are
 * materialised (their bodies loaded in one call). Cost: O(log n + limit), or O(log n + the
 * entries skipped) when the listing is counted rather than materialised.
 */
export function timelinePage(
  index: LogIndex,
  sel: Selection,
  resolve: Resolver,
  cursor?: string,
  limit?: number,
): TimelinePage {
  const c = index.getColumns();
  const size = parseLimit(limit);
  const { entries, more } = pageEntries(index, sel, cursor, size);
  const facts = index.facts(entries.map((i) => c.fact[i]!));
  const items = facts.map((f) => toTimelineItem(resolve(f), sel.ctx.asOf));
  const last = entries[entries.length - 1];
  const nextCursor =
    more && last !== undefined
      ? encodeCursor({ key: c.key[last]!, latest: c.latest[last]!, position: c.position[last]! })
      : null;
  return {
    items,
    nextCursor,
    total: sel.total,
    counts: { happened: sel.happened, later: sel.later, byType: sel.byType },
  };
}
