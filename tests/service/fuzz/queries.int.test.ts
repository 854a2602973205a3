import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenFileApp } from '../../support/fileApp.js';
import type { FileApp } from '../../support/fileApp.js';
import { IDS } from '../../support/app.js';
import {
  BAD_DAYS,
  badDay,
  expectProblem,
  HTML,
  pct,
  RUNS,
  SQL,
  tally,
  UNICODE,
  wellFormed,
} from '../../support/fuzzInputs.js';

// Reads with malformed or unknown ids, cursors, days and positions: 400 or 404, never a 500, and
// the server goes on answering. SQL in any filter is only ever text or a refused value.

let t: FileApp;
let HEAD: number;
beforeAll(async () => {
  t = await givenFileApp();
  HEAD = await t.store.head();
});
afterAll(async () => {
  expect((await t.app.request('/api/timeline')).status).toBe(200);
  expect(await t.store.head()).toBe(HEAD);
  expect((await t.store.verify()).ok).toBe(true);
  await t.close();
});

/** Read routes and the query parameters each takes. */
const ROUTES: Record<string, string[]> = {
  '/api/timeline': [
    'asOf',
    'knownBy',
    'recordedAsOf',
    'cursor',
    'limit',
    'from',
    'to',
    'kinds',
    'actors',
    'subjects',
    'categories',
    'q',
    'includeRetracted',
    'includeLater',
  ],
  '/api/timeline.csv': ['asOf', 'knownBy', 'recordedAsOf', 'from', 'to', 'kinds', 'actors', 'q'],
  '/api/timeline.ndjson': ['asOf', 'knownBy', 'recordedAsOf', 'subjects', 'categories'],
  '/api/calendar.ics': ['asOf', 'knownBy', 'recordedAsOf'],
  '/api/subjects': ['asOf', 'knownBy', 'recordedAsOf'],
  '/api/subjects/maritiem-steunpakket': ['asOf', 'knownBy', 'recordedAsOf'],
  [`/api/events/${IDS.maritime}`]: ['asOf', 'knownBy', 'recordedAsOf'],
  '/api/actors': ['asOf', 'knownBy', 'recordedAsOf'],
  '/api/charts/money-cumulative': ['asOf', 'knownBy', 'recordedAsOf', 'groupBy'],
  '/api/changes': ['from', 'to'],
  '/api/log': ['after', 'limit'],
};
const DAY_PARAMS = new Set(['asOf', 'knownBy', 'recordedAsOf', 'from', 'to']);
const routeAndParam = fc.constantFrom(
  ...Object.entries(ROUTES).flatMap(([route, params]) => params.map((p) => [route, p] as const)),
);
/** The parameters a route needs to answer at all. */
const REQUIRED: Record<string, Record<string, string>> = {
  '/api/changes': { from: '2025-06-01', to: '2025-06-30' },
};

const anyValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(...BAD_DAYS, ...SQL, ...HTML, ...UNICODE),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom('-1', '0', '1e309', 'NaN', 'Infinity', '0x10', '9'.repeat(400), '1.5', ''),
  fc.base64String({ maxLength: 40 }),
);

async function read(route: string, params: [string, string][]): Promise<Response> {
  const query = new URLSearchParams([...Object.entries(REQUIRED[route] ?? {}), ...params]);
  return t.app.request(`${route}?${query.toString()}`);
}

describe('query parameters of every read route', () => {
  it('answer 200, 400 or 404 to any value, and name the parameter when they refuse it', async () => {
    const seen = tally('reads: random value in one parameter');
    await fc.assert(
      fc.asyncProperty(routeAndParam, anyValue, async ([route, param], value) => {
        const res = await read(route, [[param, value]]);
        seen.count(res.status);
        if (res.status === 200) {
          await res.arrayBuffer();
          return;
        }
        await expectProblem(res, [400, 404], res.status === 400 ? param : undefined);
      }),
      { numRuns: RUNS * 5 },
    );
    seen.print();
    expect(await t.store.head()).toBe(HEAD);
  });

  it('refuse a day that is not a day with 400 naming the parameter', async () => {
    const seen = tally('reads: impossible or malformed days');
    const day = badDay.filter((d) => !/^\d{4}-\d{2}-\d{2}T/.test(d));
    await fc.assert(
      fc.asyncProperty(
        routeAndParam.filter(([, p]) => DAY_PARAMS.has(p)),
        day,
        async ([route, param], value) => {
          seen.count(param);
          const res = await read(route, [[param, value]]);
          // recordedAsOf also takes a timestamp; none of these is one.
          await expectProblem(res, 400, param);
        },
      ),
      { numRuns: RUNS * 2 },
    );
    seen.print();
  });

  it('treat SQL in free text as text and refuse it in any other filter', async () => {
    const seen = tally('reads: SQL fragments in filters');
    await fc.assert(
      fc.asyncProperty(routeAndParam, fc.constantFrom(...SQL), async ([route, param], sql) => {
        const res = await read(route, [[param, sql]]);
        seen.count(`${param === 'q' ? 'q' : 'filter'} ${res.status}`);
        if (param === 'q') {
          expect(res.status).toBe(200);
          await res.arrayBuffer();
        } else {
          await expectProblem(res, 400, param);
        }
      }),
      { numRuns: RUNS },
    );
    seen.print();
    const all = (await (await t.app.request('/api/timeline')).json()) as { items: unknown[] };
    expect(all.items).toHaveLength(4);
  });

  it('refuse unknown parameters on the strict routes, by name', async () => {
    const seen = tally('reads: unknown parameters');
    const strict = ['/api/timeline', '/api/subjects', '/api/actors', '/api/log', '/api/changes'];
    const known = new Set(Object.values(ROUTES).flat());
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...strict),
        fc
          .string({ minLength: 1, maxLength: 20 })
          .filter((k) => !known.has(k) && k.trim() === k && !/[&=#+%]/.test(k)),
        async (route, name) => {
          seen.count(route);
          await expectProblem(await read(route, [[name, '1']]), 400, name);
        },
      ),
      { numRuns: RUNS },
    );
    seen.print();
  });

  it('survive raw malformed percent-encoding in query strings', async () => {
    const seen = tally('reads: raw malformed query strings');
    const raw = fc.oneof(
      fc.constantFrom('%', '%ZZ', '%E0%A4%A', '%C0%AF', '%FF%FE', '%00', '%u0041', '%%%', '%D8%00'),
      fc.string({ maxLength: 20 }).map((s) => s.replace(/[#?]/g, '')),
    );
    await fc.assert(
      fc.asyncProperty(routeAndParam, raw, async ([route, param], value) => {
        const res = await t.app.request(`${route}?${param}=${value}`);
        seen.count(res.status);
        if (res.status === 200) return void (await res.arrayBuffer());
        await expectProblem(res, [400, 404]);
      }),
      { numRuns: RUNS },
    );
    seen.print();
  });
});

describe('ids, positions and cursors that do not exist or are malformed', () => {
  it('answer 400 or 404, never 500, for any :id of events, subjects and sources', async () => {
    const seen = tally('reads: random path ids');
    const id = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }),
      fc.uuid(),
      fc.constantFrom(...SQL, ...HTML, ...UNICODE, '..', '.', '%2e%2e', 'NaN', '-1', '0'),
    );
    const route = fc.constantFrom(
      '/api/events/',
      '/api/subjects/',
      '/api/sources/',
      '/api/log/',
      '/api/charts/',
    );
    await fc.assert(
      fc.asyncProperty(route, id, fc.boolean(), async (base, value, encodeAll) => {
        const encoded = encodeAll ? pct(value) : encodeURIComponent(wellFormed(value));
        const res = await t.app.request(`${base}${encoded}`);
        seen.count(`${base} ${res.status}`);
        if (res.status === 200) return void (await res.arrayBuffer());
        await expectProblem(res, [400, 404]);
      }),
      { numRuns: RUNS * 3 },
    );
    seen.print();
  });

  it('answer 400 for a cursor not made by the API, on any page size', async () => {
    const seen = tally('reads: random cursors');
    const cursor = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 100 }),
      fc.base64String({ minLength: 1, maxLength: 100 }),
      // Near misses of the real format: wrong version, missing or non-integer parts.
      fc
        .tuple(
          fc.constantFrom('v0', 'v2', 'V1', ''),
          fc.array(fc.oneof(fc.integer().map(String), fc.constantFrom('x', '1.5', '', 'NaN')), {
            maxLength: 4,
          }),
        )
        .map(([v, parts]) => Buffer.from([v, ...parts].join(':')).toString('base64url')),
    );
    await fc.assert(
      fc.asyncProperty(cursor, fc.option(fc.integer({ min: 1, max: 500 })), async (c, limit) => {
        const params: [string, string][] = [['cursor', c]];
        if (limit !== null) params.push(['limit', String(limit)]);
        const res = await read('/api/timeline', params);
        seen.count(res.status);
        // A random string may decode to a well-formed cursor: then it is a place in the order.
        if (res.status === 200) return void (await res.arrayBuffer());
        await expectProblem(res, 400, 'cursor');
      }),
      { numRuns: RUNS * 2 },
    );
    seen.print();
  });

  // Note: `?after=` (empty) is read as 0 by z.coerce.number, so it lists from the start.
  it('answer 404 for a log position above the head and 400 for one that is no position', async () => {
    const seen = tally('reads: log positions');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.integer({ min: HEAD + 1 }),
          fc.integer({ max: -1 }),
          fc.constantFrom('x', '1.5', 'NaN', '1e400'),
        ),
        async (after) => {
          const res = await read('/api/log', [['after', String(after)]]);
          seen.count(res.status);
          await expectProblem(
            res,
            typeof after === 'number' && after > HEAD ? 404 : 400,
            typeof after === 'number' && after > HEAD ? undefined : 'after',
          );
          const one = await t.app.request(`/api/log/${after}`);
          await expectProblem(one, [400, 404]);
        },
      ),
      { numRuns: RUNS },
    );
    seen.print();
  });

  it('answer the live stream only for positions that exist', async () => {
    const seen = tally('reads: live positions');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.integer({ min: HEAD + 1 }).map(String),
          fc.integer({ max: -1 }).map(String),
          fc.constantFrom('x', '1.5', ...SQL),
        ),
        fc.boolean(),
        async (after, asHeader) => {
          const res = asHeader
            ? await t.app.request('/api/live', { headers: { 'Last-Event-ID': after } })
            : await read('/api/live', [['after', after]]);
          seen.count(res.status);
          await expectProblem(res, [400, 404]);
        },
      ),
      { numRuns: RUNS },
    );
    seen.print();
  });
});
