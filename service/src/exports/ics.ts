import { dayBounds } from '@kroniek/events';
import { ICalCalendar } from 'ical-generator';
import type { DayRange, SubjectSummary, TimelineItem } from '../readmodel/readModel.js';

const MS_PER_DAY = 86_400_000;

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * All-day dates for a day range: a day is one all-day event, a month or season a span (DTEND is
 * exclusive, so the day after the last). A range open at one end has no span a calendar can show
 * without inventing a date: it is the one day it is bounded by, the last day it can have happened
 * on ("by 23 Jun 2025") or the first ("from …"), and says so. Open at both ends: left out.
 */
function allDaySpan(
  bounds: DayRange,
): { start: Date; end: Date; open: 'start' | 'end' | null } | null {
  const first = bounds.earliest ?? bounds.latest;
  const last = bounds.latest ?? bounds.earliest;
  if (!first || !last) return null;
  return {
    start: utcDay(first),
    end: new Date(utcDay(last).getTime() + MS_PER_DAY),
    open: bounds.earliest ? (bounds.latest ? null : 'end') : 'start',
  };
}

/** What a reader of the calendar must know about a day that stands for an open range. */
function openNote(open: 'start' | 'end' | null, label: string): string | undefined {
  if (open === 'start') return `Its start is open: it happened ${label}, shown on that last day.`;
  if (open === 'end') return `Its end is open: it happened ${label}, shown on that first day.`;
  return undefined;
}

/** The occurred status against the calendar's day (asOf), in words. */
function occurredWords(item: TimelineItem): string {
  switch (item.occurredStatus) {
    case 'happened':
      return 'Happened by the calendar’s day.';
    case 'possibly-happened':
      return `Possibly happened by the calendar’s day: its date (${item.occurredLabel}) straddles it.`;
    case 'later':
      return 'Still to come as of the calendar’s day.';
    default:
      return assertNever(item.occurredStatus);
  }
}

/** The knownAt status against the replay's knownBy, in words. */
function knownWords(item: TimelineItem): string {
  switch (item.knownStatus) {
    case 'known':
      return `Public: ${item.knownLabel}.`;
    case 'possibly-known':
      return `Possibly public by then: public ${item.knownLabel}.`;
    case 'not-yet-known':
      return `Not yet public then: public ${item.knownLabel}.`;
    default:
      return assertNever(item.knownStatus);
  }
}

function assertNever(x: never): never {
  throw new TypeError(`unexpected status ${String(x)}`);
}

const isSingleDay = (b: DayRange) => b.earliest !== null && b.earliest === b.latest;

export interface CalendarInput {
  items: TimelineItem[];
  /** Parliamentary commitments with a due date. */
  commitments: SubjectSummary[];
  /** DTSTAMP for entries that have no recordedAt of their own (the deadlines). */
  stamp: Date;
}

/**
 * An iCalendar feed of the timeline's events and the deadlines of parliamentary commitments.
 * Every event with a bound is in it; one known only to have happened by a day (an open start)
 * is an all-day entry on that day, its summary and description saying so.
 */
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
      start: span.start,
      end: span.end,
      stamp: new Date(item.recordedAt),
      summary: `${item.title}${label}`,
      description: [
        openNote(span.open, item.occurredLabel),
        item.summary,
        `“${item.source.quotation}” (${item.source.documentId}, ${item.source.location.section})`,
        occurredWords(item),
        knownWords(item),
      ]
        .filter(Boolean)
        .join('\n\n'),
      categories: [{ name: item.type }, { name: item.category }],
      // Both statuses of the replay, for a program reading the feed (issue 14).
      x: [
        { key: 'X-KRONIEK-OCCURRED-STATUS', value: item.occurredStatus },
        { key: 'X-KRONIEK-KNOWN-STATUS', value: item.knownStatus },
      ],
    });
  }
  for (const c of commitments) {
    if (!c.due) continue;
    const span = allDaySpan(dayBounds(c.due));
    if (!span) continue;
    cal.createEvent({
      id: `${c.id}-due@kroniek`,
      allDay: true,
      start: span.start,
      end: span.end,
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
