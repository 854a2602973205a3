import type { z } from 'zod';
import { MAX_AMOUNT } from './amounts.js';
import { LogEvent } from './kinds.js';
import { upcast } from './upcast.js';

/**
 * True for an issue of a rule added for new input after events were first stored: the text
 * rules (control characters, unpaired surrogates, bidirectional overrides in names), lower-case
 * ids and the bound on amounts.
 */
function isEntryRule(issue: z.core.$ZodIssue): boolean {
  if (issue.code === 'custom') return issue.params?.entryRule === true;
  return issue.code === 'too_big' && issue.maximum === MAX_AMOUNT;
}

/**
 * Reads a stored event (any kind the log holds, source records included): lifted to the current schema version and validated, except for the rules
 * that only new input must meet (see {@link isEntryRule}): an event accepted before such a rule
 * existed stays readable as it was stored. Anything else that does not validate throws.
 */
export function parseStoredEvent(raw: unknown): LogEvent {
  const data = upcast(raw);
  const result = LogEvent.safeParse(data);
  if (result.success) return result.data;
  if (result.error.issues.every(isEntryRule)) return data as LogEvent;
  throw result.error;
}
