import type { SourceMediaType } from '@kroniek/events';
import { SourceIntakeError } from './errors.js';

const BY_EXTENSION: Record<string, SourceMediaType> = {
  txt: 'text/plain',
  text: 'text/plain',
  md: 'text/markdown',
  markdown: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  pdf: 'application/pdf',
};

const DECLARED: Record<string, SourceMediaType> = {
  'text/plain': 'text/plain',
  'text/markdown': 'text/markdown',
  'text/x-markdown': 'text/markdown',
  'text/html': 'text/html',
  'application/xhtml+xml': 'text/html',
  'application/pdf': 'application/pdf',
};

const isPdf = (b: Uint8Array) =>
  b.length >= 5 &&
  b[0] === 0x25 &&
  b[1] === 0x50 &&
  b[2] === 0x44 &&
  b[3] === 0x46 &&
  b[4] === 0x2d;

/**
 * The media type of a file to take in: what the sender declared (a Content-Type without its
 * parameters), else its name's extension; a PDF is also known by its first bytes. Anything
 * else is refused (415) naming the types that are taken.
 */
export function mediaTypeOf(
  bytes: Uint8Array,
  fileName: string | undefined,
  declared: string | undefined,
): SourceMediaType {
  const given = declared?.split(';')[0]?.trim().toLowerCase();
  const byDeclared = given && given !== 'application/octet-stream' ? DECLARED[given] : undefined;
  const ext = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  const byName = ext ? BY_EXTENSION[ext] : undefined;
  const type = byDeclared ?? (given && given !== 'application/octet-stream' ? undefined : byName);
  if (type === 'application/pdf' || (type === undefined && isPdf(bytes))) {
    if (!isPdf(bytes))
      throw new SourceIntakeError(400, 'Not a PDF', {
        path: 'file',
        message: 'declared a PDF, but the file does not begin with %PDF-',
      });
    return 'application/pdf';
  }
  if (type) return type;
  const what = given ? `'${given}'` : fileName ? `'${fileName}'` : 'a file of unknown type';
  throw new SourceIntakeError(415, 'Unsupported source type', {
    path: 'file',
    message: `${what} is not taken in; send plain text (.txt), Markdown (.md), HTML (.html) or PDF (.pdf)`,
  });
}
