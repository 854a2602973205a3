import { z } from 'zod';
import type { JsonSchema } from './components.js';

// Building blocks of operations: parameters (from the zod schemas that validate them), answers
// and the shared error answers.

/** Descriptions for parameters whose validating schema carries none. */
const FALLBACK_DESCRIPTIONS: Record<string, string> = {
  groupBy: "one line per actor or per category (default 'category')",
  from: 'first day, YYYY-MM-DD',
  to: 'last day, YYYY-MM-DD',
};

/** Query parameters from a zod object schema: one parameter per property, described. */
export function queryParameters(schema: z.ZodType, required: string[] = []) {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as JsonSchema;
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  return Object.entries(properties).map(([name, { description, ...s }]) => ({
    name,
    in: 'query',
    required: required.includes(name),
    description:
      s.type === 'array'
        ? `${String(description)}: repeat the parameter or separate values with commas`
        : (description ?? FALLBACK_DESCRIPTIONS[name]),
    ...(s.type === 'array' ? { style: 'form', explode: true } : {}),
    schema: s,
  }));
}

export const pathParam = (name: string, description: string, schema: JsonSchema) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema,
});

export const headerParam = (name: string, description: string, schema: JsonSchema) => ({
  name,
  in: 'header',
  required: false,
  description,
  schema,
});

export const ifNoneMatch = headerParam(
  'If-None-Match',
  'an ETag from an earlier answer: 304 while the log and the day are unchanged',
  { type: 'string' },
);

export const ifMatch = headerParam(
  'If-Match',
  'the stream revision expected, as "3" or *; must agree with expectedRevision in the body',
  { type: 'string' },
);

/** A media type other than a component's JSON; its schema defaults to text. */
export interface MediaType {
  type: string;
  schema?: JsonSchema;
}

const schemaRef = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** A 2xx answer: JSON described by a component schema, or another media type as text. */
export function answer(description: string, body: string | MediaType) {
  const content =
    typeof body === 'string'
      ? { 'application/json': { schema: schemaRef(body) } }
      : { [body.type]: { schema: body.schema ?? { type: 'string' } } };
  return { description, content };
}

const problemContent = { 'application/problem+json': { schema: schemaRef('Problem') } };
const retryAfter = {
  'Retry-After': {
    description: 'seconds to wait before trying again',
    schema: { type: 'integer', minimum: 0 },
  },
};

/** The error answers, all RFC 9457 problem details. */
export const ERROR_RESPONSES = {
  BadRequest: { description: 'invalid input: `issues` names each field at fault' },
  Unauthorized: { description: 'a valid bearer token is required' },
  NotFound: { description: 'no such event, subject, source, position or route' },
  NotAllowed: { description: 'events are immutable: record a correction or retraction instead' },
  Conflict: { description: 'the stream is not at the expected revision, or an id is reused' },
  TooLarge: { description: 'the request body is larger than 4 MiB' },
  UnsupportedMediaType: { description: 'the body must be sent as Content-Type: application/json' },
  TooManyRequests: { description: 'too many requests or connections: retry after a while' },
  InternalError: { description: 'the server could not answer; the error is logged' },
  Unavailable: { description: 'the service is not ready, or at its limit: retry after a while' },
  InsufficientStorage: {
    description: 'the disk is full: nothing was written; retry after a while',
  },
} as const;

const STATUS = {
  '400': 'BadRequest',
  '401': 'Unauthorized',
  '404': 'NotFound',
  '405': 'NotAllowed',
  '409': 'Conflict',
  '413': 'TooLarge',
  '415': 'UnsupportedMediaType',
  '429': 'TooManyRequests',
  '500': 'InternalError',
  '503': 'Unavailable',
  '507': 'InsufficientStorage',
} as const satisfies Record<string, keyof typeof ERROR_RESPONSES>;
type Status = keyof typeof STATUS;

const WITH_RETRY = new Set<string>(['TooManyRequests', 'Unavailable', 'InsufficientStorage']);

/** components.responses: each error answer, with Retry-After where the client should wait. */
export function errorResponses() {
  return Object.fromEntries(
    Object.entries(ERROR_RESPONSES).map(([name, { description }]) => [
      name,
      {
        description,
        content: problemContent,
        ...(WITH_RETRY.has(name) ? { headers: retryAfter } : {}),
      },
    ]),
  );
}

/** References to the error answers of the given statuses. */
export function errors(...statuses: Status[]) {
  return Object.fromEntries(
    statuses.map((s) => [s, { $ref: `#/components/responses/${STATUS[s]}` }]),
  );
}

export const notModified = {
  '304': { description: 'not modified: the ETag given in If-None-Match still stands' },
};
