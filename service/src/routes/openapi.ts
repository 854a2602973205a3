import { Hono } from 'hono';
import { componentSchemas } from '../openapi/components.js';
import { errorResponses } from '../openapi/parts.js';
import { apiPaths } from '../openapi/paths.js';

const TAGS = [
  ['timeline', 'the timeline of events, with filters and replay'],
  ['events', 'one event, and the two ways to amend one'],
  ['subjects', 'subjects (the streams): lifecycle, and appends'],
  ['views', 'actors, charts and what changed'],
  ['exports', 'CSV, NDJSON and iCalendar'],
  ['log', 'the raw hash-chained log'],
  ['sources', 'the source documents the events quote'],
  ['live', 'the log as it grows'],
  ['meta', 'this document and its reference page'],
  ['health', 'liveness and readiness'],
] as const;

/**
 * The OpenAPI 3.1 document. Parameters and request bodies come from the zod schemas that validate
 * them; answers from the schemas in openapi/responses.ts, which the compiler holds to the read
 * model's types.
 */
export function openApiDocument() {
  return {
    openapi: '3.1.1',
    info: {
      title: 'kroniek',
      version: '0.1.0',
      description:
        'An immutable, replayable record of what governments announce, adopt, sign and promise. Reads are public (unless the service runs with KRONIEK_PRIVATE_READS=true); writes need the bearer token. Every error is RFC 9457 problem details.',
    },
    tags: TAGS.map(([name, description]) => ({ name, description })),
    paths: apiPaths(),
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'the write token: KRONIEK_TOKEN, or the one kept in <db>.token',
        },
      },
      schemas: componentSchemas(),
      responses: errorResponses(),
    },
  };
}

/** GET /api/openapi.json; the document is built on the first request (about 60 ms), not per app. */
export function openApiRoutes() {
  let doc: ReturnType<typeof openApiDocument> | undefined;
  return new Hono().get('/', (c) => c.json((doc ??= openApiDocument())));
}
