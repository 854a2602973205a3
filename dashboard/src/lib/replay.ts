import { addDays, daysBetween, isIsoDay } from './dates.js';

/** The days the replay control can move between. */
export interface ReplayDomain {
  min: string;
  max: string;
}

function firstDay(x: string): string | null {
  if (isIsoDay(x.slice(0, 10))) return x.slice(0, 10);
  if (/^\d{4}-\d{2}$/.test(x)) return `${x}-01`;
  return null;
}

function lastDay(x: string): string | null {
  if (isIsoDay(x.slice(0, 10))) return x.slice(0, 10);
  if (/^\d{4}-\d{2}$/.test(x)) return addDays(`${addMonth(x)}-01`, -1);
  return null;
}

function addMonth(ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * From the first day the record mentions to the last day it mentions (upcoming events
 * included), so the slider spans the record's dates, not the years up to today. `xs` are days
 * or months; without any, the last year up to today.
 */
export function replayDomain(xs: readonly string[], today: string): ReplayDomain {
  const firsts = xs
    .map(firstDay)
    .filter((d): d is string => d !== null)
    .sort();
  const lasts = xs
    .map(lastDay)
    .filter((d): d is string => d !== null)
    .sort();
  const min = firsts[0] ?? addDays(today, -365);
  const max = lasts[lasts.length - 1] ?? today;
  return { min: min < max ? min : addDays(max, -1), max };
}

/** Keeps a day inside the domain. */
export function clampDay(day: string, d: ReplayDomain): string {
  if (day < d.min) return d.min;
  if (day > d.max) return d.max;
  return day;
}

/** The next day "play" moves to: the whole domain is played in about `steps` steps. */
export function nextPlayDay(current: string, d: ReplayDomain, steps = 40): string | null {
  if (current >= d.max) return null;
  const stride = Math.max(1, Math.ceil(daysBetween(d.min, d.max) / steps));
  return clampDay(addDays(current, stride), d);
}

/**
 * The next day "play" moves to: the next day on which some event's status can change (a bound
 * of its occurred or knownAt window, `days` ascending), so no meeting is skipped; null at the
 * end. Without such days it strides through the domain in about `steps` steps.
 */
export function nextBoundaryDay(
  current: string,
  days: readonly string[],
  d: ReplayDomain,
  steps = 40,
): string | null {
  if (days.length === 0) return nextPlayDay(current, d, steps);
  const next = days.find((x) => x > current && x >= d.min);
  return next === undefined || next > d.max ? null : next;
}
