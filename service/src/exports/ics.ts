import { dayBounds } from '@kroniek/events';
import { ICalCalendar } from 'ical-generator';
import type { DayRange, SubjectSummary, TimelineItem } from '../projections/readModel.js';

const MS_PER_DAY = 86_400_000;

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * All-day dates for a day range: a day is one all-day event, a month or season a span (DTEND is
 * exclusive, so the day after the last). An open bound has no place in a calendar: no date is
 * invented for it, and the entry is left out.
 */
function allDaySpan(bounds: DayRange): { start: Date; end: Date } | null {
  if (!bounds.earliest || !bounds.latest) return null;
  return {
    start: utcDay(bounds.earliest),
    end: new Date(utcDay(bounds.latest).getTime() + MS_PER_DAY),
  };
}

const isSingleDay = (b: DayRange) => b.earliest !== null && b.earliest === b.latest;

export interface CalendarInput {
  items: TimelineItem[];
  /** Parliamentary commitments with a due date. */
  commitments: SubjectSummary[];
  /** DTSTAMP for entries that have no recordedAt of their own (the deadlines). */
  stamp: Date;
}

/** An iCalendar feed of the timeline's events and the deadlines of parliamentary commitments. */
export function timelineCalendar({ items, commitments, stamp }: CalendarInput): string {
  const cal = new ICalCalendar({
    name: 'kroniek',
    prodId: { company: 'kroniek', product: 'kroniek', language: 'NL' },
  });
  for (const item of items) {
    const span = allDaySpan(item.occurredBounds);
    if (!span) continue;
    const label =
      isSingleDay(item.occurredBounds) && !item.occurred.wording ? '' : ` (${item.occurredLabel})`;
    cal.createEvent({
      id: `${item.id}@kroniek`,
      allDay: true,
      ...span,
      stamp: new Date(item.recordedAt),
      summary: `${item.title}${label}`,
      description: [
        item.summary,
        `“${item.source.quotation}” (${item.source.documentId}, ${item.source.location.section})`,
        item.status === 'later' ? 'Still to come as of the calendar’s day.' : undefined,
      ]
        .filter(Boolean)
        .join('\n\n'),
      categories: [{ name: item.type }, { name: item.category }],
    });
  }
  for (const c of commitments) {
    if (!c.due) continue;
    const span = allDaySpan(dayBounds(c.due));
    if (!span) continue;
    cal.createEvent({
      id: `${c.id}-due@kroniek`,
      allDay: true,
      ...span,
      stamp,
      summary: `Deadline: ${c.title}${c.dueLabel ? ` (${c.dueLabel})` : ''}`,
      description: `Parliamentary commitment, status: ${c.status}.`,
      categories: [
        { name: 'ParliamentaryCommitmentDeadline' },
        ...c.categories.map((name) => ({ name })),
      ],
    });
  }
  return cal.toString();
}
