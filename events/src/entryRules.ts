/**
 * Marks a zod issue of a rule that new input must meet but that events stored before the rule
 * existed need not (see `parseStoredEvent`): the events of a log are immutable, and what was
 * accepted once must stay readable.
 */
export const ENTRY_RULE = { entryRule: true } as const;
