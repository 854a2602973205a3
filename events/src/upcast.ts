import { SCHEMA_VERSION } from './kinds.js';

type Upcaster = (event: Record<string, unknown>) => Record<string, unknown>;

/**
 * Steps that lift a stored event from version n to n+1, keyed by n. Stored events are
 * never rewritten: an old shape is lifted each time it is read.
 */
const UPCASTERS: Record<number, Upcaster> = {
  // Version 0 is an event written before schemaVersion existed; its shape is version 1's.
  0: (e) => ({ ...e, schemaVersion: 1 }),
};

/** Lifts a stored event's JSON to the current schema version. */
export function upcast(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let event = raw as Record<string, unknown>;
  let version = typeof event.schemaVersion === 'number' ? event.schemaVersion : 0;
  while (version < SCHEMA_VERSION) {
    const step = UPCASTERS[version];
    if (!step) break;
    event = step(event);
    version += 1;
  }
  return event;
}
