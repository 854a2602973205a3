import {
  answer,
  errors,
  ifMatch,
  ifNoneMatch,
  notModified,
  type MediaType,
  type pathParam,
  type queryParameters,
} from './parts.js';

// The two shapes most operations take: a read (public, cacheable by ETag) and a write (token,
// JSON body, an AppendResult).

export type Parameter = ReturnType<typeof pathParam> | ReturnType<typeof queryParameters>[number];

interface ReadOptions {
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  parameters: Parameter[];
  /** a component schema for JSON, or another media type */
  body: string | MediaType;
  /** whether a path parameter or position can be unknown */
  notFound?: boolean;
}

/** Reads are public unless KRONIEK_PRIVATE_READS=true, which asks for the bearer token. */
export const readSecurity = [{}, { bearer: [] }];

/** A GET answering `body`, with If-None-Match and the read errors. */
export function read(o: ReadOptions) {
  return {
    get: {
      operationId: o.operationId,
      tags: [o.tag],
      summary: o.summary,
      ...(o.description ? { description: o.description } : {}),
      security: readSecurity,
      parameters: [...o.parameters, ifNoneMatch],
      responses: {
        '200': answer(o.summary, o.body),
        ...notModified,
        ...errors('400', '401', ...(o.notFound ? (['404'] as const) : []), '500', '503'),
      },
    },
  };
}

const writeErrors = errors('400', '401', '404', '409', '413', '415', '429', '500', '503', '507');

/** A POST of a JSON body with the bearer token, answering an AppendResult. */
export function write(o: {
  operationId: string;
  tag: string;
  summary: string;
  description: string;
  parameters: Parameter[];
  body: string;
}) {
  return {
    operationId: o.operationId,
    tags: [o.tag],
    summary: o.summary,
    description: o.description,
    security: [{ bearer: [] }],
    parameters: [...o.parameters, ifMatch],
    requestBody: {
      required: true,
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${o.body}` } } },
    },
    responses: {
      '201': answer('appended; Location names the (first) event', 'AppendResult'),
      '200': answer('stored already: nothing appended (an idempotent retry)', 'AppendResult'),
      ...writeErrors,
    },
  };
}
