import { KroniekEvent } from '@kroniek/events';
import { Hono } from 'hono';
import { z } from 'zod';
import {
  ChangesQueryParams,
  ChartQueryParams,
  ExportQueryParams,
  LogQueryParams,
  ReplayQueryParams,
  TimelineQueryParams,
} from '../http/queries.js';
import { CorrectionBody, RetractionBody } from './events.js';
import { AppendBody } from './subjects.js';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'openapi-3.0',
  }) as JsonSchema;

/** Query parameters from a zod object schema: one OpenAPI parameter per property. */
function queryParameters(schema: z.ZodType, required: string[] = []) {
  const json = toSchema(schema);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  return Object.entries(properties).map(([name, s]) => ({
    name,
    in: 'query',
    required: required.includes(name),
    ...(typeof s.description === 'string' ? { description: s.description } : {}),
    schema: s,
  }));
}

const pathParam = (name: string, schema: JsonSchema) => ({
  name,
  in: 'path',
  required: true,
  schema,
});
const problem = {
  description: 'problem details',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};
const ok = (description: string, type = 'application/json') => ({
  description,
  content: { [type]: {} },
});
const errors = { '400': problem, '404': problem, '500': problem };
const writeErrors = { ...errors, '401': problem, '409': problem };
const json = (ref: string) => ({
  required: true,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } },
});

/** The OpenAPI document, generated from the same zod schemas that validate requests. */
export function openApiDocument() {
  const replay = queryParameters(ReplayQueryParams);
  const get = (summary: string, parameters: unknown[], type?: string) => ({
    get: {
      summary,
      parameters,
      responses: { '200': ok(summary, type), '304': { description: 'not modified' }, ...errors },
    },
  });
  return {
    openapi: '3.0.3',
    info: {
      title: 'kroniek',
      version: '0.1.0',
      description:
        'An immutable, replayable record of what governments announce, adopt, sign and promise.',
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Event: toSchema(KroniekEvent),
        AppendBody: toSchema(AppendBody),
        CorrectionBody: toSchema(CorrectionBody),
        RetractionBody: toSchema(RetractionBody),
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail', 'instance'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            instance: { type: 'string' },
            issues: {
              type: 'array',
              items: {
                type: 'object',
                properties: { path: { type: 'string' }, message: { type: 'string' } },
              },
            },
          },
        },
      },
    },
    paths: {
      '/api/timeline': get('the timeline, paged', queryParameters(TimelineQueryParams)),
      '/api/timeline.csv': get(
        'the timeline as CSV',
        queryParameters(ExportQueryParams),
        'text/csv',
      ),
      '/api/timeline.ndjson': get(
        'the timeline as NDJSON',
        queryParameters(ExportQueryParams),
        'application/x-ndjson',
      ),
      '/api/calendar.ics': get(
        'events and commitment deadlines as iCalendar',
        replay,
        'text/calendar',
      ),
      '/api/events/{id}': {
        ...get('one event, its corrections and retraction, related events', [
          pathParam('id', { type: 'string', format: 'uuid' }),
          ...replay,
        ]),
        put: { summary: 'not allowed: events are immutable', responses: { '405': problem } },
        patch: { summary: 'not allowed: events are immutable', responses: { '405': problem } },
        delete: { summary: 'not allowed: events are immutable', responses: { '405': problem } },
      },
      '/api/events/{id}/corrections': {
        post: {
          summary: 'correct an event',
          security: [{ bearer: [] }],
          parameters: [pathParam('id', { type: 'string', format: 'uuid' })],
          requestBody: json('CorrectionBody'),
          responses: { '201': ok('appended'), '200': ok('already stored'), ...writeErrors },
        },
      },
      '/api/events/{id}/retractions': {
        post: {
          summary: 'retract an event',
          security: [{ bearer: [] }],
          parameters: [pathParam('id', { type: 'string', format: 'uuid' })],
          requestBody: json('RetractionBody'),
          responses: { '201': ok('appended'), '200': ok('already stored'), ...writeErrors },
        },
      },
      '/api/subjects': get('subjects and their lifecycle status', replay),
      '/api/subjects/{id}': get('one subject', [pathParam('id', { type: 'string' }), ...replay]),
      '/api/subjects/{id}/events': {
        post: {
          summary: 'append one event or a batch to a subject',
          security: [{ bearer: [] }],
          parameters: [
            pathParam('id', { type: 'string' }),
            { name: 'If-Match', in: 'header', required: false, schema: { type: 'string' } },
          ],
          requestBody: json('AppendBody'),
          responses: { '201': ok('appended'), '200': ok('already stored'), ...writeErrors },
        },
      },
      '/api/actors': get('actors: who did what', replay),
      '/api/charts/{series}': get('a chart series', [
        pathParam('series', {
          type: 'string',
          enum: ['money-cumulative', 'quantities', 'events-per-month'],
        }),
        ...queryParameters(ChartQueryParams),
      ]),
      '/api/changes': get(
        'what the record learned between two days',
        queryParameters(ChangesQueryParams, ['from', 'to']),
      ),
      '/api/log': get('the raw log by position', queryParameters(LogQueryParams)),
      '/api/log/{position}': get('one log entry', [
        pathParam('position', { type: 'integer', minimum: 1 }),
      ]),
      '/api/sources': get('source documents', []),
      '/api/sources/{id}': get('one source document with its text', [
        pathParam('id', { type: 'string' }),
      ]),
      '/api/live': get(
        'Server-Sent Events: each appended event, id = log position',
        [{ name: 'Last-Event-ID', in: 'header', required: false, schema: { type: 'integer' } }],
        'text/event-stream',
      ),
      '/healthz': get('the process is alive', []),
      '/readyz': get('the store is open and the projections caught up', []),
    },
  };
}

export function openApiRoutes() {
  const doc = openApiDocument();
  return new Hono().get('/', (c) => c.json(doc));
}
