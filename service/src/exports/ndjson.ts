import type { TimelineItem } from '../projections/readModel.js';

/** One JSON timeline item per line. */
export function timelineNdjson(items: TimelineItem[]): string {
  return items.map((i) => JSON.stringify(i) + '\n').join('');
}
