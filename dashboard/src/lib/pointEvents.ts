import type { ChartLine, ChartPoint, ChartSeries, TimelineItem } from './types.js';

/** One event behind a chart point, with the words its own source used. */
export interface PointEvent {
  id: string;
  title: string;
  wording: string;
}

/** The events of a point as far as they are known; `more` counts those the answer did not list. */
export interface PointEvents {
  events: PointEvent[];
  more: number;
}

/** The ids of the events in a point (the service lists at most 20 of them). */
export function pointIds(p: ChartPoint): string[] {
  return p.eventIds && p.eventIds.length > 0 ? p.eventIds : [p.eventId];
}

/** True when a point adds up several events, whose titles the point alone does not carry. */
export function isShared(p: ChartPoint): boolean {
  return (p.events ?? 1) > 1;
}

/** What an event's source said about the amount a line adds up: its money in the line's currency, or its quantity of the line's unit and item. */
function ownWording(item: TimelineItem, line: ChartLine): string {
  const words = line.currency
    ? (item.money ?? []).filter((m) => m.currency === line.currency).map((m) => m.wording)
    : (item.quantities ?? [])
        .filter((q) => q.unit === line.unit && q.item === line.item)
        .map((q) => q.wording);
  return words.join('; ');
}

/**
 * Every event of a point, each with its own title and wording, read from `known` (timeline items
 * by id). A point of one event needs nothing more than itself. While the items of a shared
 * point are not known, it stays one entry: the first event's title, "and N more", and the
 * point's combined wording.
 */
export function pointEvents(
  line: ChartLine,
  p: ChartPoint,
  known: ReadonlyMap<string, TimelineItem>,
): PointEvents {
  const ids = pointIds(p);
  const total = p.events ?? ids.length;
  if (total <= 1)
    return { events: [{ id: p.eventId, title: p.title, wording: p.wording }], more: 0 };
  const items = ids.map((id) => known.get(id));
  if (items.some((i) => i === undefined)) {
    const others = total - 1;
    return {
      events: [
        {
          id: p.eventId,
          title: `${p.title} and ${others} more ${others === 1 ? 'event' : 'events'}`,
          wording: p.wording,
        },
      ],
      more: 0,
    };
  }
  return {
    events: (items as TimelineItem[]).map((i) => ({
      id: i.id,
      title: i.title,
      wording: ownWording(i, line) || p.wording,
    })),
    more: total - ids.length,
  };
}

type Lines = Extract<ChartSeries, { lines: ChartLine[] }>;

/** The occurred ranges of the shared points whose events are not all in `known`, distinct. */
export function unknownRanges(
  series: readonly (ChartSeries | null)[],
  known: ReadonlyMap<string, TimelineItem>,
): { from: string | null; to: string | null }[] {
  const out = new Map<string, { from: string | null; to: string | null }>();
  for (const s of series) {
    if (!s || !('lines' in s)) continue;
    for (const l of (s as Lines).lines) {
      for (const p of l.points) {
        if (!isShared(p) || pointIds(p).every((id) => known.has(id))) continue;
        const { earliest, latest } = p.occurredBounds;
        out.set(`${earliest}|${latest}`, { from: earliest, to: latest });
      }
    }
  }
  return [...out.values()];
}
