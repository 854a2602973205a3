import type { TimelineItem } from '../readmodel/readModel.js';

/** One JSON timeline item per line. */
export function timelineNdjson(items: TimelineItem[]): string {
  return items.map((i) => JSON.stringify(i) + '\n').join('');
}
