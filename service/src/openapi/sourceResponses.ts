import { Slug, SourceMediaType, SourceMetadata } from '@kroniek/events';
import { z } from 'zod';

// The shapes of /api/sources (issue 13): a source as the record holds it, the list, one source
// with every quotation resting on it, and what intake answers.

const Count = z.number().int().min(0);
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** A source as the record holds it (SourceWithText): metadata, text and both hashes. */
export const SourceRecord = SourceMetadata.extend({
  id: Slug,
  mediaType: SourceMediaType,
  header: z.string().optional().describe('the header block of the file it came from, verbatim'),
  text: z.string().describe('the text quotations are checked against'),
  textSha256: Sha256.describe('SHA-256 of the text (UTF-8)'),
  originalSha256: Sha256.describe('SHA-256 of the original bytes'),
});

export const SourceSummary = SourceRecord.omit({ text: true, header: true }).extend({
  length: Count.describe('characters of the text'),
  quotations: Count.describe('quotations of events that rest on it'),
});
export const SourceList = z.object({ sources: z.array(SourceSummary) });

export const SourceCitation = z.object({
  eventId: z.uuid().describe('the event that quotes the text'),
  type: z.string(),
  title: z.string(),
  factId: z.uuid().describe('the fact it is about: itself, or the one it amends or corroborates'),
  section: z.string(),
  start: Count,
  end: Count,
  quotation: z.string(),
});

const Range = z.object({ start: Count, end: Count });

/** One source: the record, where it came from in the log, what quotes it and what nothing does. */
export const SourceWithText = SourceRecord.extend({
  length: Count,
  registeredBy: z.uuid().optional().describe('the SourceRegistered event'),
  registeredAt: z.string().optional().describe('when the log stored it'),
  corrections: z.array(z.object({ eventId: z.uuid(), recordedAt: z.string(), reason: z.string() })),
  citations: z.array(SourceCitation).describe('every quotation any event rests on, by place'),
  uncited: z.array(Range).describe('the stretches of text no event quotes (white space left out)'),
});

export const SourceCorrectionResult = z.object({
  id: z.uuid().describe('the SourceCorrected event'),
  source: SourceSummary.describe('the source with the correction applied'),
});

export const SourceAdded = z.object({
  created: z.boolean().describe('false: these bytes were registered already; nothing was stored'),
  source: SourceSummary,
});
