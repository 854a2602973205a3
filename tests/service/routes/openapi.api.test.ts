import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_TYPES, isAmendment } from '@kroniek/events';
import type { KroniekEvent } from '@kroniek/events';
import { createApp, createReadModel, createSqliteEventStore, silentLogger } from '@kroniek/service';
import type { SqliteEventStore } from '@kroniek/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOC, fixtureEvents, NOW, sources, TOKEN } from '../../support/app.js';
import { loadRecordedEvents } from '../../support/letterLog.js';
import { createDocumentValidator } from '../../support/openapiCheck.js';
import type { OpenApiDoc } from '../../support/openapiCheck.js';

// The OpenAPI document against the service it describes: every GET of the app seeded with the
// letter's events (after a real append, correction and retraction) answers with a body that
// validates against the schema the document gives for it, so the document cannot drift.

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const auth = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };

let dir: string;
let store: SqliteEventStore;
let app: ReturnType<typeof createApp>;
let doc: OpenApiDoc;
let v: ReturnType<typeof createDocumentValidator>;
let facts: Extract<KroniekEvent, { money?: unknown }>[];
const posted: { path: string; status: number; id: string }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kroniek-openapi-'));
  const clock = () => new Date(NOW);
  store = createSqliteEventStore({ path: join(dir, 'kroniek.db'), clock });
  const recorded = await loadRecordedEvents();
  for (const e of recorded) {
    await store.append(e.subject, [{ id: e.id, type: e.type, data: e, metadata: {} }]);
  }
  // The letter's facts: the examples below correct and retract the first two, whose subjects
  // must keep other facts (the seed holds the corpus too, whose first file has one-fact subjects).
  facts = recorded.filter((e) => !isAmendment(e) && e.source.documentId === DOC);
  app = createApp({
    store,
    readModel: createReadModel({ today: () => NOW.slice(0, 10) }),
    sources: await sources(),
    clock,
    token: TOKEN,
    log: silentLogger,
    writeRateLimit: false,
  });
  doc = (await (await app.request('/api/openapi.json')).json()) as OpenApiDoc;
  v = createDocumentValidator(doc);
});

afterAll(async () => {
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Posts a body that must match the document's request schema; the answer must match too. */
async function post(path: string, template: string, body: unknown) {
  expect(v.requestBody(template, 'post', body)).toEqual([]);
  const res = await app.request(path, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify(body),
  });
  const answer = (await res.json()) as { events: { id: string }[] };
  expect(res.status, JSON.stringify(answer)).toBe(201);
  expect(v.response(template, 'post', '201', 'application/json', answer)).toEqual([]);
  posted.push({ path, status: res.status, id: answer.events[0]!.id });
  return answer.events[0]!.id;
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
  });

  it('gives every operation a unique operationId, declared tags and described parameters', () => {
    const ids: string[] = [];
    const tags = new Set(doc.tags.map((t) => t.name));
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        expect(op.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z]+$/);
        ids.push(op.operationId!);
        expect(op.tags?.length, `${method} ${path} tags`).toBeGreaterThan(0);
        for (const t of op.tags ?? []) expect(tags, `${method} ${path} tag ${t}`).toContain(t);
        for (const p of op.parameters ?? [])
          expect(p.description?.trim(), `${method} ${path} ${p.in} ${p.name}`).toBeTruthy();
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('describes every 2xx answer with a schema and every error as problem details', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        for (const [status, answer] of Object.entries(item[method]?.responses ?? {})) {
          const r = v.resolve(answer);
          const at = `${method} ${path} ${status}`;
          if (/^2/.test(status)) {
            const media = Object.values(r.content ?? {});
            expect(media.length, at).toBeGreaterThan(0);
            for (const m of media) expect(m.schema, at).toBeTruthy();
          } else if (/^[45]/.test(status) && path !== '/readyz') {
            expect(r.content?.['application/problem+json']?.schema, at).toEqual({
              $ref: '#/components/schemas/Problem',
            });
          }
        }
      }
    }
    const statuses = Object.values(doc.paths['/api/subjects/{id}/events']!.post!.responses);
    expect(Object.keys(doc.paths['/api/subjects/{id}/events']!.post!.responses)).toEqual(
      expect.arrayContaining(['400', '401', '409', '413', '415', '429', '503', '507']),
    );
    expect(statuses.length).toBeGreaterThan(8);
  });

  it('has the Event schema (every event kind) for request bodies', () => {
    const event = doc.components.schemas.Event as { oneOf: unknown[] };
    expect(event.oneOf).toHaveLength(EVENT_TYPES.length);
    expect(JSON.stringify(doc.components.schemas.CorrectionBody)).toContain('"reason"');
    expect(JSON.stringify(doc.components.schemas.NewEvent)).toContain('SupportCommitted');
  });

  it('names every route the service serves', () => {
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, item]) =>
        METHODS.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${path}`),
      ),
    );
    // The reference page's own files (its script and stylesheet) are not API operations.
    const isApi = (path: string) => !path.includes('*') && !path.startsWith('/api/docs/');
    const served = app.routes
      .filter((r) => METHODS.includes(r.method.toLowerCase() as 'get') && isApi(r.path))
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}').replace(/(.)\/$/, '$1')}`);
    expect(served.length).toBeGreaterThan(15);
    for (const route of new Set(served)) expect(documented, route).toContain(route);
  });
});

describe('real answers of the seeded app', () => {
  let urls: Record<string, string[]>;

  beforeAll(async () => {
    const [corrected, retracted] = facts;
    const text = (await sources()).get(DOC)!.text;
    const maritime = fixtureEvents(text)[1]!;
    const { schemaVersion, subject, ...newEvent } = maritime;
    void schemaVersion;
    await post(`/api/subjects/${subject}/events`, '/api/subjects/{id}/events', newEvent);
    const correction = await post(
      `/api/events/${corrected!.id}/corrections`,
      '/api/events/{id}/corrections',
      {
        changes: { title: `${corrected!.title} (corrected)` },
        reason: 'a test',
        source: corrected!.source,
      },
    );
    await post(`/api/events/${retracted!.id}/retractions`, '/api/events/{id}/retractions', {
      reason: 'a test',
      source: retracted!.source,
    });
    const withMoney = facts.find((f) => f.money?.length)!;
    const head = (await (await app.request('/api/log')).json()) as { head: number };
    urls = {
      '/api/timeline': [
        '/api/timeline',
        '/api/timeline?includeRetracted=true&limit=7',
        '/api/timeline?q=brekelmans',
        '/api/timeline?asOf=2025-06-04&knownBy=2025-06-05&recordedAsOf=2025-07-01',
      ],
      '/api/timeline.csv': ['/api/timeline.csv'],
      '/api/timeline.ndjson': ['/api/timeline.ndjson'],
      '/api/calendar.ics': ['/api/calendar.ics'],
      '/api/events/{id}': [
        `/api/events/${corrected!.id}`,
        `/api/events/${correction}`,
        `/api/events/${retracted!.id}`,
        `/api/events/${withMoney.id}?asOf=2025-06-01`,
      ],
      '/api/subjects': ['/api/subjects', '/api/subjects?asOf=2025-06-01'],
      '/api/subjects/{id}': [...new Set(facts.map((f) => `/api/subjects/${f.subject}`))],
      '/api/actors': ['/api/actors'],
      '/api/actors/{id}': [
        ...new Set(facts.flatMap((f) => f.actors.map((a) => `/api/actors/${a.id}`))),
      ],
      '/api/charts/{series}': [
        '/api/charts/money-cumulative',
        '/api/charts/money-cumulative?groupBy=actor&resolution=month',
        '/api/charts/quantities',
        '/api/charts/events-per-month',
        '/api/charts/money-mentions?groupBy=actor',
        '/api/charts/targets',
      ],
      '/api/commitments': [
        '/api/commitments',
        '/api/commitments?asOf=2025-10-01&knownBy=2025-10-01&status=open,overdue&kind=parliamentary',
      ],
      '/api/changes': ['/api/changes?from=2025-01-01&to=2025-12-31'],
      '/api/replay/days': ['/api/replay/days'],
      '/api/log': ['/api/log', '/api/log?after=2&limit=3'],
      '/api/log/head': ['/api/log/head'],
      '/api/log/{position}': ['/api/log/1', `/api/log/${head.head}`],
      '/api/sources': ['/api/sources'],
      '/api/sources/{id}': [`/api/sources/${DOC}`],
      '/api/live': ['/api/live?after=0'],
      '/api/openapi.json': ['/api/openapi.json'],
      '/api/docs': ['/api/docs'],
      '/healthz': ['/healthz'],
      '/readyz': ['/readyz'],
    };
  });

  it('wrote an event, a correction and a retraction through the API', () => {
    expect(posted.map((p) => p.status)).toEqual([201, 201, 201]);
  });

  it('validate against the document for every GET operation', async () => {
    const gets = Object.entries(doc.paths).filter(([, item]) => item.get);
    expect(gets.length).toBeGreaterThan(15);
    for (const [path, item] of gets) {
      const examples = urls[path];
      expect(examples, `no example URL for GET ${path}: add one to this test`).toBeDefined();
      const [status, answer] = Object.entries(item.get!.responses).find(([s]) => /^2/.test(s))!;
      const [type] = Object.keys(v.resolve(answer).content ?? {});
      for (const url of examples!) {
        const res = await app.request(url);
        expect(res.status, url).toBe(Number(status));
        expect(res.headers.get('Content-Type'), url).toContain(type!);
        if (type === 'application/x-ndjson') {
          // OpenAPI 3.1 cannot name the schema of each line; the document says TimelineItem.
          const lines = (await res.text()).split('\n').filter((l) => l !== '');
          expect(lines.length, url).toBeGreaterThan(0);
          for (const line of lines) expect(v.schema('TimelineItem', JSON.parse(line))).toEqual([]);
          continue;
        }
        if (type !== 'application/json') {
          await res.body?.cancel();
          continue;
        }
        expect(v.response(path, 'get', status, type, await res.json()), url).toEqual([]);
      }
    }
  });

  it('answer errors the document names for the operation, as problem details', async () => {
    const cases: [string, string, string, RequestInit?][] = [
      ['/api/events/{id}', 'get', `/api/events/${crypto.randomUUID()}`],
      ['/api/timeline', 'get', '/api/timeline?limit=0'],
      ['/api/log/{position}', 'get', '/api/log/999999'],
      ['/api/events/{id}', 'put', `/api/events/${facts[0]!.id}`, { method: 'PUT' }],
      [
        '/api/subjects/{id}/events',
        'post',
        '/api/subjects/x/events',
        { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } },
      ],
      [
        '/api/subjects/{id}/events',
        'post',
        `/api/subjects/${facts[0]!.subject}/events`,
        {
          method: 'POST',
          headers: auth,
          body: JSON.stringify({ events: [], expectedRevision: 0 }),
        },
      ],
      [
        '/api/subjects/{id}/events',
        'post',
        `/api/subjects/${facts[0]!.subject}/events`,
        {
          method: 'POST',
          headers: auth,
          body: JSON.stringify({ pad: 'x'.repeat(5 * 1024 * 1024) }),
        },
      ],
    ];
    const seen = new Set<number>();
    for (const [path, method, url, init] of cases) {
      const res = await app.request(url, init);
      expect(res.status, url).toBeGreaterThanOrEqual(400);
      seen.add(res.status);
      expect(res.headers.get('Content-Type'), url).toBe('application/problem+json');
      const body = await res.json();
      expect(
        v.response(path, method, String(res.status), 'application/problem+json', body),
      ).toEqual([]);
    }
    expect([...seen].sort()).toEqual([400, 401, 404, 405, 413]);
  });
});
