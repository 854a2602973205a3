import { EventCorroborated, SCHEMA_VERSION, Slug } from '@kroniek/events';
import { z } from 'zod';
import { ExpectedRevisionInput } from '../routes/writeSupport.js';
import { FactEvent } from './responses.js';

// What a client posts to append: an Event without the members the service fills in. The route
// itself takes any object and checks it with the event schemas (routes/subjects.ts); this is the
// shape it accepts, for the document.

const filled = {
  id: z.uuid().optional().describe('a UUID; one is made when absent (give one to retry safely)'),
  schemaVersion: z
    .literal(SCHEMA_VERSION)
    .optional()
    .describe('the current version; set when absent'),
  subject: Slug.optional().describe(
    'must equal the subject of the path; taken from it when absent',
  ),
  expectedRevision: ExpectedRevisionInput.optional().describe(
    "single events only (a batch gives it beside `events`): the stream's revision expected, 'any', 'no_stream' (or -1) or 'stream_exists'",
  ),
};

type Options = Parameters<typeof z.discriminatedUnion>[1];

/**
 * An event as posted to a subject: one of the fact kinds, or a corroboration of a fact
 * (corrections and retractions have their own routes).
 */
export const NewEvent = z.discriminatedUnion(
  'type',
  [...FactEvent.options, EventCorroborated].map((kind) =>
    kind.extend(filled),
  ) as unknown as Options,
);

/** The body of an append: one event, or a batch of up to 200 written atomically. */
export const AppendRequest = z.union([
  NewEvent,
  z.strictObject({
    events: z.array(NewEvent).min(1).max(200),
    expectedRevision: ExpectedRevisionInput.optional().describe(
      "the stream's revision expected before the batch",
    ),
  }),
]);
