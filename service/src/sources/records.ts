import { SCHEMA_VERSION, sourceEventId } from '@kroniek/events';
import type {
  SourceCorrected,
  SourceDocument,
  SourceRegistered,
  SourceMetadata,
  SourceWithText,
} from '@kroniek/events';

/** The stream every source record is appended to (no subject slug can hold a colon). */
export const SOURCE_STREAM = 'kroniek:sources';

/** The metadata fields of a source, in the order they are written. */
const METADATA_KEYS = [
  'title',
  'kind',
  'publisher',
  'author',
  'addressee',
  'published',
  'language',
  'location',
  'licence',
  'cites',
] as const satisfies readonly (keyof SourceMetadata)[];

const withoutUndefined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** The metadata part of a source (what a correction may change). */
export function metadataOf(source: SourceMetadata): SourceMetadata {
  return withoutUndefined(
    Object.fromEntries(METADATA_KEYS.map((k) => [k, source[k]])) as SourceMetadata,
  );
}

/**
 * A source shipped as files (events/sources/<id>.yaml beside its text): the text file is the
 * original, so both hashes are the text's.
 */
export function sourceOfDocument(meta: SourceDocument, text: string): SourceWithText {
  return withoutUndefined({
    id: meta.id,
    ...metadataOf(meta),
    mediaType: meta.mediaType ?? 'text/plain',
    header: meta.header,
    text,
    textSha256: meta.sha256,
    originalSha256: meta.sha256,
  });
}

/** The event that registers a source; its id follows from the original bytes alone. */
export function registrationOf(source: SourceWithText): SourceRegistered {
  return withoutUndefined({
    id: sourceEventId(source.originalSha256),
    schemaVersion: SCHEMA_VERSION,
    type: 'SourceRegistered' as const,
    documentId: source.id,
    ...metadataOf(source),
    mediaType: source.mediaType,
    header: source.header,
    text: source.text,
    textSha256: source.textSha256,
    originalSha256: source.originalSha256,
  });
}

/** The source a registration records. */
export function sourceOfRegistration(e: SourceRegistered): SourceWithText {
  return withoutUndefined({
    id: e.documentId,
    ...metadataOf(e),
    mediaType: e.mediaType,
    header: e.header,
    text: e.text,
    textSha256: e.textSha256,
    originalSha256: e.originalSha256,
  });
}

/** A source with a correction's changes applied (the text is never among them). */
export function corrected(
  source: SourceWithText,
  changes: SourceCorrected['changes'],
): SourceWithText {
  return withoutUndefined({ ...source, ...changes });
}
