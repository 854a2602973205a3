import type { Translate } from '../i18n/translate.js';
import { formatBounds } from './dates.js';
import type { DateLang } from './dates.js';
import { kindStyle, MARKED_KINDS } from './kinds.js';
import type { TimelineItem } from './types.js';

/** Adoptions and signings that happened on one day, drawn as one marker on a time axis. */
export interface DayMarker {
  day: string;
  /** the date as precisely as the source gives it: "5 June 2025", "on or before 23 June 2025" */
  when: string;
  label: string;
  color: string;
  events: { id: string; type: string; title: string }[];
}

const MARKED: ReadonlySet<string> = new Set(MARKED_KINDS);

/**
 * Groups the events of the marked kinds (adoptions and signings: MARKED_KINDS) by date, so
 * several on one day share a marker: "2 adoptions, 1 signing". A marker stands at the earliest
 * bound (the latest when the start is open) and keeps the date's own precision in `when`. Events
 * 'later' than the replay day are left out.
 */
export function dayMarkers(
  items: readonly TimelineItem[],
  t: Translate,
  lang: DateLang = 'en',
): DayMarker[] {
  const byDate = new Map<string, { day: string; when: string; list: TimelineItem[] }>();
  for (const i of items) {
    const day = i.occurredBounds.earliest ?? i.occurredBounds.latest;
    if (!MARKED.has(i.type) || i.status !== 'happened' || i.retracted || !day) continue;
    const when = formatBounds(i.occurredBounds, lang);
    const group = byDate.get(when) ?? { day, when, list: [] };
    group.list.push(i);
    byDate.set(when, group);
  }
  return [...byDate.values()]
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
    .map(({ day, when, list }) => {
      // Counted per marked kind, in the order of MARKED_KINDS: "2 adoptions, 1 signing".
      const present = MARKED_KINDS.map((k) => ({
        k,
        n: list.filter((i) => i.type === k).length,
      })).filter((p) => p.n > 0);
      const parts = present.map(({ k, n }) =>
        t(`chartMarks.marker.${k}`, { values: { count: n } }),
      );
      const only = list.length === 1 ? list[0] : undefined;
      return {
        day,
        when,
        label: only
          ? t('chartMarks.markerOne', {
              values: { kind: t(`kinds.${only.type}`), title: shorten(only.title, 40) },
            })
          : parts.join(', '),
        // The first kind present: a day with adoptions and signings takes the adoptions' colour.
        color: kindStyle(present[0]!.k).color,
        events: list.map((i) => ({ id: i.id, type: i.type, title: i.title })),
      };
    });
}

function shorten(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`;
}
