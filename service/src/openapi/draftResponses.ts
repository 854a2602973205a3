import { ActorRole, EVENT_TYPES, FuzzyDate, KnownAt } from '@kroniek/events';
import { z } from 'zod';
import { AppendResult } from './responses.js';

// The drafts API (routes/drafts.ts): what a draft carries, with the span each value was read from.

const Span = z.object({
  start: z.number().int().min(0).describe('offset in the source text'),
  end: z.number().int().min(0),
  text: z.string().describe('the text at those offsets'),
});
const Rule = z.object({ id: z.string(), version: z.number().int() });
const read = { span: Span, rule: Rule };

export const Draft = z.object({
  kind: z.enum(
    EVENT_TYPES.filter(
      (t) => t !== 'EventCorrected' && t !== 'EventRetracted' && t !== 'EventCorroborated',
    ),
  ),
  title: z.string(),
  occurred: FuzzyDate,
  occurredSpan: Span.optional().describe(
    'absent: no date worded, an open window before the document',
  ),
  due: z.object({ value: FuzzyDate, span: Span }).optional(),
  knownAt: KnownAt,
  amounts: z.array(
    z.object({
      currency: z.string().nullable().describe('null when the words state no currency'),
      low: z.number(),
      high: z.number(),
      exact: z.boolean(),
      approximate: z.boolean(),
      note: z.string().optional(),
      currencySpan: Span.optional(),
      ...read,
    }),
  ),
  quantities: z.array(
    z.object({ value: z.number(), unit: z.enum(['items', 'percent']), item: z.string(), ...read }),
  ),
  actors: z.array(z.object({ id: z.string(), role: ActorRole, ...read })),
  quotation: Span,
  section: z.string(),
  cue: Span.describe('the words the rule fired on'),
  rule: Rule,
  confidence: z.number(),
  language: z.enum(['nl', 'en', 'sv']),
  corroborates: z
    .object({
      eventId: z.uuid(),
      title: z.string(),
      score: z.number(),
      reasons: z.array(z.string()),
    })
    .optional()
    .describe('a recorded event this draft most likely reports again: a proposed corroboration'),
  event: z
    .record(z.string(), z.unknown())
    .describe(
      'the event the draft proposes (an EventCorroborated when it reports a recorded fact again, else a new fact; every field of its kind, an id, the drafted half of `provenance`): edit it and post it to accept',
    ),
  fact: z
    .record(z.string(), z.unknown())
    .describe('the draft as a new fact, to accept instead of a proposed corroboration'),
});

export const DraftList = z.object({
  documentId: z.string(),
  language: z.enum(['nl', 'en', 'sv']),
  drafter: z.string().describe('the drafter version'),
  drafts: z.array(Draft),
});

export const AcceptDraftResult = AppendResult.extend({
  edited: z.array(z.string()).describe('the fields the reviewer changed'),
});
