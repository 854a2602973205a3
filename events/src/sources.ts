import { z } from 'zod';
import { Slug } from './actors.js';
import { FuzzyDate } from './fuzzyDate.js';
import { Name, Text } from './text.js';

/** Where a fact comes from: a document, a place in it, and the exact words it rests on. */
export const SourceRef = z.strictObject({
  documentId: Slug,
  location: z.strictObject({
    section: Name(200, false).describe("the heading the quotation stands under, e.g. 'UDCG'"),
    start: z.number().int().nonnegative().describe('character offset of the quotation in the text'),
    end: z.number().int().positive(),
  }),
  quotation: Text({ max: 5000, quotation: true }).describe(
    'an exact substring of the document text',
  ),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** When a fact became public, and on what grounds. */
export const KnownAt = z.strictObject({
  date: FuzzyDate,
  basis: z
    .enum(['source-publication', 'public-at-occurrence', 'stated'])
    .describe(
      'source-publication: the date its source was published; public-at-occurrence: public the moment it happened (e.g. announced at a public meeting); stated: a date given elsewhere',
    ),
  note: Text({ min: 0, max: 1000 }).optional(),
});
export type KnownAt = z.infer<typeof KnownAt>;

/** A document cited by another, such as a Kamerstuk. */
export const Citation = z.strictObject({
  kind: z.enum(['kamerstuk', 'document', 'url']),
  reference: Text({ max: 300 }),
  quotation: Text({ max: 2000, quotation: true }),
});

/** A source document: its metadata and the rule for its publication date. */
export const SourceDocument = z.strictObject({
  id: Slug,
  title: Name(500, false),
  kind: z.enum(['letter-to-parliament', 'press-release', 'communique', 'report', 'other']),
  language: z.string().regex(/^[a-z]{2}$/),
  author: z.strictObject({ name: Name(500, false), role: Text({ max: 500 }) }),
  addressee: Name(500, false).optional(),
  published: z.strictObject({
    date: FuzzyDate,
    rule: Text({ max: 2000 }).describe('how the publication date was established'),
  }),
  cites: z.array(Citation),
  // Optional provenance (issue 13): who published it, where, under what licence, in what form.
  publisher: Name(500, false).optional(),
  location: z
    .strictObject({
      url: z.url().optional(),
      parliamentaryNumber: Text({ max: 200 })
        .optional()
        .describe("e.g. 'Kamerstuk 21 501-20, nr. 2217'"),
    })
    .optional(),
  licence: Text({ max: 2000 }).optional(),
  mediaType: z
    .string()
    .regex(/^[a-z]+\/[a-z0-9.+-]+$/, "expected a media type such as 'text/plain'")
    .optional(),
  header: Text({ max: 20000 })
    .optional()
    .describe('the header block of the file the text was taken from, verbatim (source, licence)'),
  textFile: z.string().min(1).describe('file name of the verbatim text beside the metadata'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

/** Source metadata together with its verbatim text. */
export interface SourceWithText extends SourceDocument {
  text: string;
}
