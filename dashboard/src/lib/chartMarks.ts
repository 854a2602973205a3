import { addDays, formatBounds } from './dates.js';
import type { DateLang } from './dates.js';
import type { ChartLine, ChartPoint, ChartSeries } from './types.js';

// What the charts draw besides sums (issue 14): the time span that fits the data, the money a
// statement mentions (a marker with its wording, never summed), targets, and quantities over
// time per unit.

type Lines = Extract<ChartSeries, { lines: ChartLine[] }>;

/** Days of padding on each side of the data on a time axis. */
export const AXIS_PAD_DAYS = 14;

/**
 * The time axis of a chart: from a little before the first day of the data to a little after
 * its last, never running on to the replay day (today) when the data ends long before it.
 * `days` are the days drawn (points and markers); without any, around the replay day.
 */
export function axisRange(
  days: readonly string[],
  replayDay: string,
): { min: string; max: string } {
  const sorted = days.filter(Boolean).sort();
  const first = sorted[0] ?? replayDay;
  const last = sorted[sorted.length - 1] ?? replayDay;
  return { min: addDays(first, -AXIS_PAD_DAYS), max: addDays(last, AXIS_PAD_DAYS) };
}

/** The days a series places points on. */
export function seriesDays(s: Lines | null): string[] {
  return s ? s.lines.flatMap((l) => l.points.map((p) => p.day)) : [];
}

/**
 * A point's date for a reader: the service's label (English, as precise as the source: "June
 * 2025", "autumn 2025") in English, the point's bounds written in the reader's language otherwise.
 */
export function pointWhen(p: ChartPoint, lang: DateLang): string {
  return lang === 'en' ? p.occurredLabel : formatBounds(p.occurredBounds, lang);
}

/** An amount a statement or a target mentions: drawn as a marker with its wording, never summed. */
export interface MentionMark {
  key: string;
  day: string;
  when: string;
  eventId: string;
  title: string;
  wording: string;
  group: string;
  currency: string;
  low: number;
  high: number;
}

/** One mark per point of the mentions series (money-mentions), in day order. */
export function mentionMarks(s: Lines | null, lang: DateLang = 'en'): MentionMark[] {
  if (!s) return [];
  return s.lines
    .flatMap((l) =>
      l.points.map((p: ChartPoint) => ({
        key: `${l.key}|${p.day}|${p.eventId}`,
        day: p.day,
        when: pointWhen(p, lang),
        eventId: p.eventId,
        title: p.title,
        wording: p.wording,
        group: l.group,
        currency: l.currency ?? '',
        low: p.low,
        high: p.high,
      })),
    )
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** A target (a share or a proposed goal): its own value, never a running total. */
export interface TargetRow {
  key: string;
  group: string;
  item: string;
  unit: string;
  day: string;
  when: string;
  title: string;
  wording: string;
  value: number;
}

export function targetRows(s: Lines | null, lang: DateLang = 'en'): TargetRow[] {
  if (!s) return [];
  return s.lines.flatMap((l) =>
    l.points.map((p) => ({
      key: `${l.key}|${p.day}`,
      group: l.group,
      item: l.item ?? '',
      unit: l.unit ?? '',
      day: p.day,
      when: pointWhen(p, lang),
      title: p.title,
      wording: p.wording,
      value: p.high,
    })),
  );
}

/**
 * A quantity line over time: what surely happened by each day (`points`, the line) and what
 * possibly happened (`possible`, the top of the band above it), held to `endDay`.
 */
export interface QuantitySteps {
  key: string;
  label: string;
  unit: string;
  points: { x: string; y: number }[];
  possible: { x: string; y: number }[];
}

/** Quantity lines per unit, each a stepped running total over time (a unit never shares an axis with another). */
export function quantitySteps(s: Lines | null, endDay: string): Map<string, QuantitySteps[]> {
  const out = new Map<string, QuantitySteps[]>();
  for (const l of s?.lines ?? []) {
    const points = l.points.map((p) => ({ x: p.day, y: p.certainHigh }));
    const possible = l.points.map((p) => ({ x: p.day, y: p.cumulativeHigh }));
    const last = possible[possible.length - 1];
    if (last && endDay > last.x) {
      points.push({ x: endDay, y: l.certainHigh });
      possible.push({ x: endDay, y: last.y });
    }
    const unit = l.unit ?? '';
    out.set(unit, [
      ...(out.get(unit) ?? []),
      { key: l.key, label: l.item ?? l.group, unit, points, possible },
    ]);
  }
  return out;
}
