import { deriveEventId, KroniekEvent, SCHEMA_VERSION } from '@kroniek/events';
import type { EventOf, EventType, FuzzyDate, KnownAt } from '@kroniek/events';

/** The test document every made-up event cites. */
export const TEST_DOC = 'test-doc';

/** A stable event id for a test key. */
export const idOf = (key: string): string => deriveEventId(TEST_DOC, key);

export const day = (date: string): FuzzyDate => ({ precision: 'day', date });

/** knownAt on a day, on the grounds that the source was published then. */
export const knownOn = (date: string): KnownAt => ({
  date: day(date),
  basis: 'source-publication',
});

type Specific<T extends EventType> = Omit<EventOf<T>, keyof EventOf<'AnnouncementMade'>>;
type Common = Partial<Omit<EventOf<'AnnouncementMade'>, 'type' | 'id' | 'schemaVersion'>>;

/**
 * A valid event of `type`, parsed through the real schema so a test cannot build an event
 * kroniek would refuse. `key` names it (its id is derived from it); dates default to 4 June 2025.
 */
export function makeEvent<T extends EventType>(
  type: T,
  key: string,
  fields: Common & Specific<T> & { quote?: string },
): EventOf<T> {
  const { quote, ...rest } = fields;
  const quotation = quote ?? `quotation of ${key}`;
  return KroniekEvent.parse({
    id: idOf(key),
    schemaVersion: SCHEMA_VERSION,
    type,
    subject: key,
    title: `Title of ${key}`,
    category: 'test',
    occurred: day('2025-06-04'),
    knownAt: knownOn('2025-06-05'),
    source: {
      documentId: TEST_DOC,
      location: { section: 'Test', start: 0, end: quotation.length },
      quotation,
    },
    actors: [],
    ...rest,
  }) as EventOf<T>;
}
