import {
  ChangesQueryParams,
  ChartQueryParams,
  ExportQueryParams,
  LogQueryParams,
  ReplayQueryParams,
  TimelineQueryParams,
} from '../http/queries.js';
import { read, write, type Parameter, readSecurity } from './operations.js';
import { CHART_SERIES } from '../readmodel/chartSeries.js';
import { CommitmentQueryParams } from '../routes/commitments.js';
import { answer, errors, headerParam, pathParam, queryParameters } from './parts.js';
import { draftPaths } from './draftPaths.js';
import { addSource, correctSource } from './sourceOperations.js';

// Every route of the service, one operation each. tests/service/routes/openapi.api.test.ts calls
// every GET of the seeded app and validates the answer against the schema named here.

const eventId = pathParam('id', 'the id of an event (a fact, or one of its amendments)', {
  type: 'string',
  format: 'uuid',
});
const factId = pathParam('id', 'the id of the fact to amend', { type: 'string', format: 'uuid' });
const slug = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' };

const immutable = (operationId: string, parameters: Parameter[] = [eventId]) => ({
  operationId,
  tags: ['events'],
  summary: 'not allowed: events are immutable',
  parameters,
  responses: errors('405'),
});

/** The paths of the OpenAPI document. */
export function apiPaths() {
  const replay = queryParameters(ReplayQueryParams);
  const exportParams = queryParameters(ExportQueryParams);
  return {
    '/api/timeline': read({
      operationId: 'getTimeline',
      tag: 'timeline',
      summary: 'the timeline, a page at a time',
      description:
        'Events in occurred order with every filter and the three time axes: `asOf` replays the world at the end of a day, `knownBy` keeps what was public by then, `recordedAsOf` what kroniek had stored.',
      parameters: queryParameters(TimelineQueryParams),
      body: 'TimelinePage',
    }),
    '/api/timeline.csv': read({
      operationId: 'exportTimelineCsv',
      tag: 'exports',
      summary: 'the whole filtered timeline as CSV',
      parameters: exportParams,
      body: { type: 'text/csv' },
    }),
    '/api/timeline.ndjson': read({
      operationId: 'exportTimelineNdjson',
      tag: 'exports',
      summary: 'the whole filtered timeline as NDJSON, one TimelineItem per line',
      parameters: exportParams,
      body: { type: 'application/x-ndjson' },
    }),
    '/api/calendar.ics': read({
      operationId: 'exportCalendar',
      tag: 'exports',
      summary: 'events and commitment deadlines as iCalendar',
      parameters: replay,
      body: { type: 'text/calendar' },
    }),
    '/api/events': {
      put: immutable('putEventsRefused', []),
      patch: immutable('patchEventsRefused', []),
      delete: immutable('deleteEventsRefused', []),
    },
    '/api/events/{id}': {
      ...read({
        operationId: 'getEvent',
        tag: 'events',
        summary: 'one event with its corrections, retraction and related events',
        parameters: [eventId, ...replay],
        body: 'EventDetail',
        notFound: true,
      }),
      put: immutable('putEventRefused'),
      patch: immutable('patchEventRefused'),
      delete: immutable('deleteEventRefused'),
    },
    '/api/events/{id}/corrections': {
      post: write({
        operationId: 'correctEvent',
        tag: 'events',
        summary: 'correct an event',
        description:
          'Appends an EventCorrected to the stream of the fact: `changes` holds the new values, `reason` says why, `source` cites where the correction comes from.',
        parameters: [factId],
        body: 'CorrectionBody',
      }),
    },
    '/api/events/{id}/retractions': {
      post: write({
        operationId: 'retractEvent',
        tag: 'events',
        summary: 'retract an event',
        description:
          'Appends an EventRetracted: the fact stays in the log and is left out of views from then on (`includeRetracted` lists it again).',
        parameters: [factId],
        body: 'RetractionBody',
      }),
    },
    '/api/subjects': read({
      operationId: 'listSubjects',
      tag: 'subjects',
      summary: 'subjects and their lifecycle status',
      parameters: replay,
      body: 'SubjectList',
    }),
    '/api/subjects/{id}': read({
      operationId: 'getSubject',
      tag: 'subjects',
      summary: 'one subject: its lifecycle and events',
      parameters: [pathParam('id', 'the subject, a slug such as nato-ct25', slug), ...replay],
      body: 'SubjectDetail',
      notFound: true,
    }),
    '/api/subjects/{id}/events': {
      post: write({
        operationId: 'appendEvents',
        tag: 'subjects',
        summary: 'append one event or a batch to a subject',
        description:
          'Each event is validated with the event schemas and its quotation checked against its source text. A batch is written atomically. Posting the same ids again appends nothing (200).',
        parameters: [pathParam('id', 'the subject (stream) to append to', slug)],
        body: 'AppendBody',
      }),
    },
    '/api/actors': read({
      operationId: 'listActors',
      tag: 'views',
      summary: 'actors: who did what',
      parameters: replay,
      body: 'ActorList',
    }),
    '/api/actors/{id}': read({
      operationId: 'getActor',
      tag: 'views',
      summary: 'one actor: its events by role, with their amounts',
      parameters: [pathParam('id', 'the actor, a slug such as rp-brekelmans', slug), ...replay],
      body: 'ActorDetail',
      notFound: true,
    }),
    '/api/charts/{series}': read({
      operationId: 'getChart',
      tag: 'views',
      summary: 'a chart series',
      parameters: [
        pathParam('series', 'which series', {
          type: 'string',
          enum: [...CHART_SERIES],
        }),
        ...queryParameters(ChartQueryParams),
      ],
      body: 'ChartSeries',
    }),
    '/api/commitments': read({
      operationId: 'listCommitments',
      tag: 'views',
      summary: 'the commitments register: promises to parliament and pledges, with their status',
      description:
        'Every commitment made by asOf (and known by knownBy, recorded by recordedAsOf): open, fulfilled or overdue (due date certainly past); pledges announced, delivering or delivered. Filters narrow the items; counts.byStatus counts before them.',
      parameters: queryParameters(CommitmentQueryParams),
      body: 'CommitmentRegister',
    }),
    '/api/changes': read({
      operationId: 'listChanges',
      tag: 'views',
      summary: 'what the record learned between two days',
      description: 'Events, corrections and retractions whose knownAt falls in (from, to].',
      parameters: queryParameters(ChangesQueryParams, ['from', 'to']),
      body: 'ChangeList',
    }),
    '/api/replay/days': read({
      operationId: 'listReplayDays',
      tag: 'views',
      summary: 'the days a replay can change on',
      description:
        'Every finite bound of every event’s occurred and knownAt windows, ascending: the play control steps from one to the next.',
      parameters: [],
      body: 'ReplayDays',
    }),
    '/api/log': read({
      operationId: 'readLog',
      tag: 'log',
      summary: 'the raw log by position, for replication and audit',
      parameters: queryParameters(LogQueryParams),
      body: 'LogPage',
      notFound: true,
    }),
    '/api/log/head': read({
      operationId: 'getLogHead',
      tag: 'log',
      summary: "the log's head, to record elsewhere",
      description:
        'Position, chain hash and recordedAt of the last event. Record it somewhere else; `kroniek verify --expect-head POSITION:HASH` later checks that the store still holds it.',
      parameters: [],
      body: 'LogHead',
    }),
    '/api/log/{position}': read({
      operationId: 'getLogEntry',
      tag: 'log',
      summary: 'one entry of the log',
      parameters: [
        pathParam('position', 'the log position, from 1', { type: 'integer', minimum: 1 }),
      ],
      body: 'LogRecord',
      notFound: true,
    }),
    '/api/sources': {
      ...read({
        operationId: 'listSources',
        tag: 'sources',
        summary: 'the source documents, without their text',
        parameters: [],
        body: 'SourceList',
      }),
      post: addSource,
    },
    '/api/sources/{id}': read({
      operationId: 'getSource',
      tag: 'sources',
      summary: 'one source: its text, every quotation events rest on, and what no event cites',
      parameters: [pathParam('id', 'the document id, a slug', slug)],
      body: 'SourceWithText',
      notFound: true,
    }),
    '/api/sources/{id}/corrections': {
      post: { ...correctSource, parameters: [pathParam('id', 'the document id, a slug', slug)] },
    },
    ...draftPaths(pathParam('id', 'the document id, a slug', slug)),
    '/api/live': {
      get: {
        operationId: 'streamLive',
        tags: ['live'],
        summary: 'Server-Sent Events: each appended event, id = its log position',
        description:
          'Events: `ready` first, then `appended` per event (id = its log position). A catch-up from `after` is read a page at a time as the client reads. A client that falls more than the queue limit behind gets `overflow` (its id, and `resumeAfter`, is the last position sent) and the stream ends: reconnect with that Last-Event-ID. Streams are capped per client address (429) and in all (503), both with Retry-After.',
        security: readSecurity,
        parameters: [
          {
            name: 'after',
            in: 'query',
            required: false,
            description: 'announce events after this position (default: from now on)',
            schema: { type: 'integer', minimum: 0 },
          },
          headerParam('Last-Event-ID', 'resume after this position (wins over `after`)', {
            type: 'string',
            pattern: '^\\d+$',
          }),
        ],
        responses: {
          '200': answer('the stream', { type: 'text/event-stream' }),
          ...errors('400', '401', '404', '429', '500', '503'),
        },
      },
    },
    '/api/openapi.json': read({
      operationId: 'getOpenApiDocument',
      tag: 'meta',
      summary: 'this document',
      parameters: [],
      body: { type: 'application/json', schema: { type: 'object', required: ['openapi'] } },
    }),
    '/api/docs': read({
      operationId: 'getApiReference',
      tag: 'meta',
      summary: 'the API reference page, rendered from this document',
      parameters: [],
      body: { type: 'text/html' },
    }),
    '/healthz': {
      get: {
        operationId: 'getHealth',
        tags: ['health'],
        summary: 'the process is alive',
        responses: { '200': answer('alive', 'Health') },
      },
    },
    '/readyz': {
      get: {
        operationId: 'getReadiness',
        tags: ['health'],
        summary: 'the store is open and the projections caught up',
        responses: {
          '200': answer('ready', 'Readiness'),
          '503': answer('not ready, and why', 'Readiness'),
        },
      },
    },
  };
}
