import { z } from 'zod';
import { Name } from './text.js';

/** A rule of the drafter, e.g. `cue.signed` version 1. */
const DraftRule = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z][a-z0-9.+-]{0,99}$/)
    .describe("the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future'"),
  version: z.number().int().positive(),
});

/**
 * How an event entered the record when a person did not write it from scratch: drafted by
 * kroniek's drafter (which rule, which drafter version, how confident), then accepted by a
 * reviewer (when, and which fields the reviewer changed). Absent on hand-recorded events.
 */
export const Provenance = z.strictObject({
  drafted: z.strictObject({
    rule: DraftRule,
    drafter: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/)
      .describe('the drafter version (service/src/draft/version.ts)'),
    confidence: z.number().min(0).max(1),
    cue: Name(300, false).describe('the words the rule fired on'),
  }),
  accepted: z.strictObject({
    at: z.iso.datetime({ offset: true }).describe('when the reviewer accepted it (server clock)'),
    edited: z
      .array(z.string().regex(/^[a-zA-Z.]{1,60}$/))
      .max(40)
      .describe('the fields the reviewer changed before accepting; empty when accepted as drafted'),
    via: z
      .literal('import')
      .optional()
      .describe(
        "'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API",
      ),
  }),
});
export type Provenance = z.infer<typeof Provenance>;
