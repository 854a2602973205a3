import { createHash } from 'node:crypto';
import { MAX_SOURCE_TEXT, SourceRegistered, sha256Hex, textProblem } from '@kroniek/events';
import type { SourceMediaType, SourceWithText } from '@kroniek/events';
import { ValidationError } from '../../errors.js';
import { validationErrorOf } from '../../http/validate.js';
import type { EventStore } from '../../store/eventStore.js';
import type { SourceCatalog } from '../catalog.js';
import { registrationOf, SOURCE_STREAM } from '../records.js';
import { MAX_SOURCE_BYTES, SourceIntakeError, sizeLabel } from './errors.js';
import { mediaTypeOf } from './mediaType.js';
import type { SourceFields } from './metadata.js';
import { parseDate, slugOf } from './metadata.js';

export interface SourceUpload {
  bytes: Uint8Array;
  fileName?: string;
  /** the Content-Type the sender gave the file, if any */
  declaredType?: string;
  fields: SourceFields;
  /** e.g. 'cli' or 'api': kept as the store's metadata of the event */
  origin: string;
}

export interface AddedSource {
  source: SourceWithText;
  /** false when these bytes were registered already (nothing was stored) */
  created: boolean;
}

/** UTF-8 text, strictly: a byte sequence that is not UTF-8 is refused, never replaced. */
function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new SourceIntakeError(400, 'Undecodable text', {
      path: 'file',
      message: 'the file is not valid UTF-8 text; save it as UTF-8 and add it again',
    });
  }
}

/** The text of the file, and the title it carries (HTML, PDF), by media type. */
async function extract(
  bytes: Uint8Array,
  type: SourceMediaType,
): Promise<{ text: string; title?: string }> {
  switch (type) {
    case 'text/plain':
    case 'text/markdown':
      return { text: decodeUtf8(bytes).replace(/\r\n?/g, '\n').trim() };
    // The extraction libraries load on first use, not when the service starts.
    case 'text/html':
      return (await import('./html.js')).htmlText(decodeUtf8(bytes));
    case 'application/pdf':
      try {
        return await (await import('./pdf.js')).pdfText(bytes);
      } catch (error) {
        throw new SourceIntakeError(400, 'Unreadable PDF', {
          path: 'file',
          message: `the PDF cannot be read (${(error as Error).message ?? String(error)})`,
        });
      }
    default: {
      const never: never = type;
      throw new Error(`no extractor for ${String(never)}`);
    }
  }
}

/**
 * Takes a document in: checks size and type, extracts its text (plain text and Markdown as
 * they are, HTML's main text, a PDF's text layer), completes the metadata (title from the
 * document, language detected) and registers it in the log. The same bytes again store nothing
 * and answer the source already registered. Every refusal names its field and stores nothing.
 */
export async function addSource(
  store: Pick<EventStore, 'append'>,
  catalog: SourceCatalog,
  upload: SourceUpload,
): Promise<AddedSource> {
  const { bytes, fields } = upload;
  if (bytes.length > MAX_SOURCE_BYTES)
    throw new SourceIntakeError(413, 'Source too large', {
      path: 'file',
      message: `the file is ${sizeLabel(bytes.length)}; the limit is ${sizeLabel(MAX_SOURCE_BYTES)} (${MAX_SOURCE_BYTES} bytes)`,
    });
  if (bytes.length === 0)
    throw new SourceIntakeError(400, 'Empty source', {
      path: 'file',
      message: 'the file is empty',
    });
  const type = mediaTypeOf(bytes, upload.fileName, upload.declaredType);
  const originalSha256 = createHash('sha256').update(bytes).digest('hex');
  const extracted = await extract(bytes, type);
  const text = extracted.text;
  if (text.trim() === '')
    throw new SourceIntakeError(400, 'No text', {
      path: 'file',
      message:
        type === 'application/pdf'
          ? 'the PDF has no text layer (it is empty or holds only images); add a PDF with text'
          : 'the file holds no text',
    });
  if (text.length > MAX_SOURCE_TEXT)
    throw new SourceIntakeError(413, 'Source text too long', {
      path: 'file',
      message: `the text is ${text.length} characters; the limit is ${MAX_SOURCE_TEXT}`,
    });
  const problem = textProblem(text, { quotation: true });
  if (problem)
    throw new SourceIntakeError(400, 'Undecodable text', {
      path: 'file',
      message: `the text ${problem}`,
    });

  const known = catalog.byOriginal(originalSha256);
  if (known) return { source: known, created: false };

  const title = fields.title?.trim() || extracted.title;
  const missing: { path: string; message: string }[] = [];
  if (!title) missing.push({ path: 'title', message: 'required: the document gives no title' });
  if (fields.date === undefined || fields.date === '')
    missing.push({
      path: 'date',
      message: 'required: the day (or month, year, window) it was published',
    });
  const language = fields.language?.trim() || (await import('./language.js')).detectLanguage(text);
  if (!language)
    missing.push({ path: 'language', message: 'required: it could not be detected from the text' });
  if (missing.length > 0)
    throw new ValidationError(
      `missing source metadata: ${missing.map((m) => `${m.path} (${m.message})`).join('; ')}`,
      missing,
    );

  const id = fields.id?.trim() || slugOf(title!);
  if (catalog.sources.has(id))
    throw new SourceIntakeError(409, 'Source id taken', {
      path: 'id',
      message: `a different document is registered as '${id}'; give another id`,
    });
  const published = {
    date: parseDate(fields.date!),
    ...(fields.dateRule ? { rule: fields.dateRule } : {}),
  };
  const location =
    fields.url || fields.parliamentaryNumber
      ? {
          ...(fields.url ? { url: fields.url } : {}),
          ...(fields.parliamentaryNumber
            ? { parliamentaryNumber: fields.parliamentaryNumber }
            : {}),
        }
      : undefined;
  const candidate = {
    id,
    title: title!,
    ...(fields.kind ? { kind: fields.kind } : {}),
    ...(fields.publisher ? { publisher: fields.publisher } : {}),
    published,
    language,
    ...(location ? { location } : {}),
    ...(fields.licence ? { licence: fields.licence } : {}),
    mediaType: type,
    text,
    textSha256: sha256Hex(text),
    originalSha256,
  } as SourceWithText;
  const checked = SourceRegistered.safeParse(registrationOf(candidate));
  if (!checked.success)
    throw renamed(validationErrorOf('invalid source metadata', checked.error, []));
  const data = checked.data;
  const result = await store.append(SOURCE_STREAM, [
    { id: data.id, type: data.type, data, metadata: { origin: upload.origin } },
  ]);
  for (const stored of result.appended) catalog.apply(stored);
  return { source: catalog.sources.get(id) ?? candidate, created: result.appended.length > 0 };
}

/** The event's field names as the person gave them (documentId is the source's id). */
function renamed(error: ValidationError): ValidationError {
  const names: Record<string, string> = {
    documentId: 'id',
    'published.date': 'date',
    'location.url': 'url',
  };
  return new ValidationError(
    error.message,
    error.issues.map((i) => ({ ...i, path: names[i.path] ?? i.path })),
  );
}
