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

/** What kind of document a source is. */
export const SourceKind = z.enum([
  'letter-to-parliament',
  'press-release',
  'communique',
  'report',
  'other',
]);

/** A language as a two-letter ISO 639-1 code, e.g. 'nl'. */
export const LanguageCode = z
  .string()
  .regex(/^[a-z]{2}$/, "expected a two-letter code such as 'nl'");

/** Where a source is officially published: a URL, a parliamentary number, or both. */
export const OfficialLocation = z
  .strictObject({
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    parliamentaryNumber: Name(200)
      .optional()
      .describe("e.g. 'Kamerstuk 21 501-20, nr. 2217'; only when the document states it"),
  })
  .refine((l) => l.url !== undefined || l.parliamentaryNumber !== undefined, {
    message: "a location needs 'url' or 'parliamentaryNumber'",
  });
export type OfficialLocation = z.infer<typeof OfficialLocation>;

/** The media types a source's original bytes may have (what intake can extract text from). */
export const SOURCE_MEDIA_TYPES = [
  'text/plain',
  'text/markdown',
  'text/html',
  'application/pdf',
] as const;
export const SourceMediaType = z.enum(SOURCE_MEDIA_TYPES);
export type SourceMediaType = z.infer<typeof SourceMediaType>;

/** The author of a source and the capacity they wrote in. */
export const SourceAuthor = z.strictObject({ name: Name(500, false), role: Text({ max: 500 }) });

/**
 * The optional metadata a source may carry besides its id, title and date: publisher, official
 * location, licence note, media type and the header block of the file it came from (verbatim).
 */
export const SourceExtras = {
  publisher: Name(300, false).optional(),
  location: OfficialLocation.optional(),
  licence: Text({ max: 2000 }).optional().describe('the licence or terms the text is used under'),
  mediaType: SourceMediaType.optional(),
  header: Text({ max: 20_000 })
    .optional()
    .describe('the header block of the file the text came from, verbatim (source, licence)'),
};

/** A source document: its metadata and the rule for its publication date. */
export const SourceDocument = z.strictObject({
  id: Slug,
  title: Name(500, false),
  kind: SourceKind,
  language: LanguageCode,
  author: SourceAuthor,
  addressee: Name(500, false).optional(),
  ...SourceExtras,
  published: z.strictObject({
    date: FuzzyDate,
    rule: Text({ max: 2000 }).describe('how the publication date was established'),
  }),
  cites: z.array(Citation),
  textFile: z.string().min(1).describe('file name of the verbatim text beside the metadata'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

/** When a source was published, as precisely as known, and how that was established. */
export const SourcePublished = z.strictObject({
  date: FuzzyDate,
  rule: Text({ max: 2000 })
    .optional()
    .describe('how the publication date was established (e.g. the window a letter falls in)'),
});

/** The metadata of a registered source, which a correction may change (never its text). */
export const SourceMetadata = z.strictObject({
  title: Name(500, false),
  kind: SourceKind.optional(),
  publisher: SourceExtras.publisher,
  author: SourceAuthor.optional(),
  addressee: Name(500, false).optional(),
  published: SourcePublished,
  language: LanguageCode,
  location: SourceExtras.location,
  licence: SourceExtras.licence,
  cites: z.array(Citation).max(500).optional(),
});
export type SourceMetadata = z.infer<typeof SourceMetadata>;

/**
 * A source as the record holds it: its registered metadata (corrections applied), the text
 * quotations are checked against, and the hashes of that text and of the original bytes.
 */
export interface SourceWithText extends SourceMetadata {
  id: string;
  mediaType: SourceMediaType;
  header?: string;
  text: string;
  textSha256: string;
  originalSha256: string;
}
