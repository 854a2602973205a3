import { encodeCursor } from '../cursor.js';
import type { PageRequest } from '../door.js';
import type { Engine, Selection } from '../engine/engine.js';
import { toTimelineItem } from '../items.js';
import type { TimelinePage } from '../readModelTypes.js';
import type { Resolver } from '../resolve.js';
import { matchedFields } from '../engine/engine.js';

/**
 * One page of a listing: the engine finds the cursor by binary search and loads at most
 * `limit` bodies in one call. Cost: O(log n + limit), or O(log n + the entries skipped) when
 * the listing is counted rather than materialised.
 */
export function timelinePage(
  engine: Engine,
  sel: Selection,
  resolve: Resolver,
  page: PageRequest,
): TimelinePage {
  const { facts, more, last } = engine.page(sel, page.after, page.limit);
  return {
    items: facts.map((f) => {
      const r = resolve(f);
      const item = toTimelineItem(r, sel.ctx);
      const terms = sel.filter.terms;
      if (terms) item.match = { terms, fields: matchedFields(r.event, terms) };
      return item;
    }),
    nextCursor: more && last ? encodeCursor(last) : null,
    total: sel.total,
    counts: {
      happened: sel.happened,
      possiblyHappened: sel.possiblyHappened,
      later: sel.later,
      known: sel.known,
      possiblyKnown: sel.possiblyKnown,
      notYetKnown: sel.notYetKnown,
      byType: sel.byType,
    },
  };
}
