import type { ReadModel, TimelineItem, TimelineQuery } from '../readmodel/readModel.js';

/** Every item of a timeline query, following cursors; exports are the whole current view, not a page. */
export function allTimelineItems(
  readModel: ReadModel,
  q: Omit<TimelineQuery, 'cursor' | 'limit'>,
): TimelineItem[] {
  const items: TimelineItem[] = [];
  let cursor: string | undefined;
  do {
    const page = readModel.timeline({ ...q, limit: 500, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}
