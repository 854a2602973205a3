import { SOURCE_FIELD_NAMES } from '../sources/intake/metadata.js';
import { answer, errors } from './parts.js';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** POST /api/sources: a file upload (multipart) or the text as JSON, with the bearer token. */
export const addSource = {
  operationId: 'addSource',
  tags: ['sources'],
  summary: 'add a source document',
  description:
    'Registers a document as a source: plain text, Markdown, HTML (its main text) or PDF (its text layer), at most 2 MiB. The text is extracted and stored in the log with its SHA-256 and that of the original bytes; the language is detected when not given. The same bytes again store nothing (200, `created: false`). Refused with a problem naming the field: an unsupported type (415), a file over the limit (413), text that is not UTF-8, an empty or image-only PDF, missing title or date (400), an id taken by another document (409).',
  security: [{ bearer: [] }],
  requestBody: {
    required: true,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          required: ['file'],
          properties: {
            file: { type: 'string', format: 'binary', description: 'the document' },
            ...Object.fromEntries(SOURCE_FIELD_NAMES.map((n) => [n, { type: 'string' }])),
          },
        },
      },
      'application/json': { schema: ref('SourceTextBody') },
    },
  },
  responses: {
    '201': answer('registered', 'SourceAdded'),
    '200': answer('these bytes were registered already: nothing stored', 'SourceAdded'),
    ...errors('400', '401', '409', '413', '415', '429', '500', '503', '507'),
  },
};

/** POST /api/sources/{id}/corrections: a metadata correction, with the bearer token. */
export const correctSource = {
  operationId: 'correctSource',
  tags: ['sources'],
  summary: "correct a source's metadata",
  description:
    'Appends a `SourceCorrected` event: the changed metadata fields and why. The text is never changed. Only fields that differ from the source as it stands count; a correction that changes nothing is refused (400). The same correction twice stores one event (200).',
  security: [{ bearer: [] }],
  requestBody: {
    required: true,
    content: { 'application/json': { schema: ref('SourceCorrectionBody') } },
  },
  responses: {
    '201': answer('corrected', 'SourceCorrectionResult'),
    '200': answer('the same correction was stored already', 'SourceCorrectionResult'),
    ...errors('400', '401', '404', '415', '429', '500', '503', '507'),
  },
};
