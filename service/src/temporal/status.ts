import { dayBounds } from '@kroniek/events';
import type { KnownAt } from '@kroniek/events';
import { dayNumber, OPEN_BEFORE } from './days.js';

/*
 * The three-valued replay (docs/REPLAY.md, "How sure a replay is"). One rule on both axes: a
 * window [earliest, latest] against a day D is certain when latest ≤ D, possible when it
 * straddles D (earliest ≤ D < latest), and not yet when earliest > D. An open start is
 * earliest = -∞ (possible on every day before its latest bound); an open end on `occurred`
 * is latest = +∞ (possible from its start on, never certain). Statuses are small integers in
 * the engine (0 certain, 1 possible, 2 not yet) and words in the API.
 */

export const CERTAIN = 0;
export const POSSIBLE = 1;
export const NOT_YET = 2;

/** The status of a window against a day, as a code (CERTAIN, POSSIBLE, NOT_YET). */
export function windowStatus(earliest: number, latest: number, day: number): number {
  if (latest <= day) return CERTAIN;
  return earliest <= day ? POSSIBLE : NOT_YET;
}

export const OCCURRED_STATUSES = ['happened', 'possibly-happened', 'later'] as const;
export type OccurredStatus = (typeof OCCURRED_STATUSES)[number];
export const KNOWN_STATUSES = ['known', 'possibly-known', 'not-yet-known'] as const;
export type KnownStatus = (typeof KNOWN_STATUSES)[number];

/**
 * The earliest day on the knownAt axis: the earliest bound of knownAt, or -∞ when the start
 * is open ("known by 23 June"). With knownOnDay (the latest bound, the day by which it was
 * certainly public) it is the fact's publication window. A knownAt with only a start reads
 * as public from that start (a source is public from the day it appears): both are that day.
 */
export function knownFromDay(k: KnownAt): number {
  const b = dayBounds(k.date);
  return b.earliest === null ? OPEN_BEFORE : dayNumber(b.earliest);
}
