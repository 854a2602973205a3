import { CorrectableSourceFields } from '@kroniek/events';
import type { SourceWithText } from '@kroniek/events';
import canonicalize from 'canonicalize';
import { Hono } from 'hono';
import type { Context, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { NotFoundError, UnsupportedMediaTypeError, ValidationError } from '../errors.js';
import type { RouteDeps } from '../http/deps.js';
import { SlugParam } from '../http/queries.js';
import { validate, validationErrorOf } from '../http/validate.js';
import { createCitationIndex, uncitedRanges } from '../sources/citations.js';
import { addSource } from '../sources/intake/intake.js';
import { corrected } from '../sources/records.js';
import { SOURCE_STREAM } from '../sources/records.js';
import { sourceCorrection } from '../sources/seed.js';
import type { SourceUpload } from '../sources/intake/intake.js';
import { SOURCE_FIELD_NAMES } from '../sources/intake/metadata.js';
import type { SourceFields } from '../sources/intake/metadata.js';

const Field = z.string().max(2000).optional();
/** The JSON form of POST /api/sources: the document as text, and its metadata. */
export const SourceTextBody = z.strictObject({
  text: z.string().min(1).max(2_000_000).describe('the document itself, as text'),
  fileName: z.string().max(300).optional(),
  mediaType: z
    .string()
    .max(100)
    .optional()
    .describe("default 'text/plain'; 'text/html' and 'text/markdown' are taken too"),
  id: Field.describe('a slug; default: made of the title'),
  title: Field.describe('required unless the document gives one (HTML, PDF)'),
  publisher: Field,
  date: Field.describe('required: YYYY-MM-DD, YYYY-MM, YYYY or EARLIEST..LATEST'),
  dateRule: Field.describe('how the date was established'),
  url: Field,
  parliamentaryNumber: Field,
  language: Field.describe('two letters; detected from the text when not given'),
  licence: Field,
  kind: Field,
});

/** POST /api/sources/{id}/corrections: metadata changes and why; the text is never among them. */
export const SourceCorrectionBody = z.strictObject({
  changes: CorrectableSourceFields,
  reason: z.string().trim().min(1).max(2000).describe('why the metadata was wrong'),
});

const fieldsOf = (raw: Record<string, unknown>): SourceFields => {
  const out: Record<string, string> = {};
  for (const n of SOURCE_FIELD_NAMES) {
    const v = raw[n];
    if (typeof v === 'string' && v.trim() !== '') out[n] = v.trim();
  }
  return out as SourceFields;
};

/** What a POST carries: a multipart upload (`file` and the fields) or JSON with the text. */
async function uploadOf(c: Context): Promise<SourceUpload> {
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'multipart/form-data') {
    const body = await c.req.parseBody();
    const file = body.file;
    if (!(file instanceof File))
      throw new ValidationError('no file', [
        { path: 'file', message: 'attach the document as `file`' },
      ]);
    return {
      bytes: new Uint8Array(await file.arrayBuffer()),
      fileName: file.name,
      ...(file.type ? { declaredType: file.type } : {}),
      fields: fieldsOf(body),
      origin: 'api',
    };
  }
  if (type === 'application/json') {
    const parsed = SourceTextBody.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) throw validationErrorOf('invalid source', parsed.error);
    const { text, fileName, mediaType, ...rest } = parsed.data;
    return {
      bytes: new TextEncoder().encode(text),
      ...(fileName ? { fileName } : {}),
      declaredType: mediaType ?? 'text/plain',
      fields: fieldsOf(rest),
      origin: 'api',
    };
  }
  throw new UnsupportedMediaTypeError('multipart/form-data or application/json', type || undefined);
}

/**
 * Source documents: the list (metadata only), one source with its text, every quotation any
 * event rests on and the stretches no event cites; and intake of a new one.
 */
export function sourceRoutes(deps: RouteDeps, requireToken: MiddlewareHandler) {
  const { sources, sourceCatalog: catalog } = deps;
  const citations = createCitationIndex(deps.store);
  const summary = ({ text, header: _header, ...rest }: SourceWithText) => ({
    ...rest,
    length: text.length,
    quotations: citations.of(rest.id).length,
  });
  return new Hono()
    .get('/', async (c) => {
      await catalog.catchUp();
      await citations.catchUp();
      const list = [...sources.values()].sort((a, b) => a.id.localeCompare(b.id));
      return c.json({ sources: list.map(summary) });
    })
    .get('/:id', validate('param', SlugParam), async (c) => {
      const { id } = c.req.valid('param');
      await catalog.ensure([id]);
      const source = sources.get(id);
      if (!source) throw new NotFoundError('source', id);
      await citations.catchUp();
      const cited = [...citations.of(id)].sort((a, b) => a.start - b.start || a.end - b.end);
      const origin = catalog.origin(id);
      return c.json({
        ...source,
        length: source.text.length,
        ...(origin?.eventId
          ? { registeredBy: origin.eventId, registeredAt: origin.recordedAt }
          : {}),
        corrections: origin?.corrections ?? [],
        citations: cited,
        uncited: uncitedRanges(source.text, cited),
      });
    })
    .post(
      '/:id/corrections',
      requireToken,
      validate('param', SlugParam),
      validate('json', SourceCorrectionBody),
      async (c) => {
        const { id } = c.req.valid('param');
        const { changes, reason } = c.req.valid('json');
        await catalog.ensure([id]);
        const source = sources.get(id);
        if (!source) throw new NotFoundError('source', id);
        // Only what differs from the source as it stands now is a change.
        const now = source as unknown as Record<string, unknown>;
        const differs = Object.entries(changes).filter(
          ([k, v]) => canonicalize(v) !== canonicalize(now[k]),
        );
        if (differs.length === 0)
          throw new ValidationError('nothing to correct', [
            { path: 'changes', message: 'every field given already has this value' },
          ]);
        const data = sourceCorrection(id, Object.fromEntries(differs), reason);
        const result = await deps.store.append(SOURCE_STREAM, [
          { id: data.id, type: data.type, data, metadata: { origin: 'api' } },
        ]);
        for (const stored of result.appended) catalog.apply(stored);
        const after = sources.get(id) ?? corrected(source, data.changes);
        return c.json({ id: data.id, source: summary(after) }, result.appended.length ? 201 : 200);
      },
    )
    .post('/', requireToken, async (c) => {
      const upload = await uploadOf(c);
      await catalog.catchUp();
      const { source, created } = await addSource(deps.store, catalog, upload);
      await citations.catchUp();
      return c.json({ created, source: summary(source) }, created ? 201 : 200);
    });
}
