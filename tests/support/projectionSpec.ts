import { createReadModel } from '@kroniek/service';
import type { LogEntry, ReadModel } from '@kroniek/service';
import type { KroniekEvent } from '@kroniek/events';

/** The day the read model's injected clock says it is, unless a spec says otherwise. */
export const TODAY = '2026-03-01';
/** recordedAt of log position p is RECORDED_BASE + p minutes. */
const RECORDED_BASE = Date.UTC(2025, 6, 1, 9, 0, 0);

/** The log entry at `position`, stored `position` minutes after 2025-07-01T09:00Z. */
export function entryAt(position: number, event: KroniekEvent): EntryOf {
  return { position, recordedAt: new Date(RECORDED_BASE + position * 60_000).toISOString(), event };
}

/** A log entry of an event on a subject (not a source record). */
export type EntryOf = LogEntry & { event: KroniekEvent };

type Input = KroniekEvent | LogEntry;
const isEntry = (x: Input): x is LogEntry => 'position' in x && 'event' in x;

/**
 * given(events).when(events).then(model): the log so far, what happens next, and a check on
 * the read model folded from both. Plain events get the next log position; a LogEntry is
 * applied as it is, so a spec can apply the same entry twice.
 */
export function given(...history: Input[]) {
  let whenInputs: Input[] = [];
  let today = TODAY;
  const spec = {
    when(...inputs: Input[]) {
      whenInputs = inputs;
      return spec;
    },
    on(day: string) {
      today = day;
      return spec;
    },
    then(check: (model: ReadModel) => void): void {
      const model = createReadModel({ today: () => today });
      let next = 1;
      for (const input of [...history, ...whenInputs]) {
        const entry = isEntry(input) ? input : entryAt(next, input);
        next = Math.max(next, entry.position + 1);
        model.apply(entry);
      }
      check(model);
    },
  };
  return spec;
}
