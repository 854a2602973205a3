import { addDays } from './dates.js';
import type { ViewState } from './urlState.js';

/** Days the "What changed" view covers when the URL names no start: a month before its end. */
export const CHANGES_DEFAULT_DAYS = 30;

/** The range of the "What changed" view: as the URL says, else the month up to the replay day. */
export function changesRange(
  s: Pick<ViewState, 'asOf' | 'changesFrom' | 'changesTo'>,
  today: string,
): { from: string; to: string } {
  const to = s.changesTo ?? s.asOf ?? today;
  return { from: s.changesFrom ?? addDays(to, -CHANGES_DEFAULT_DAYS), to };
}
