import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenFileApp } from '../../support/fileApp.js';
import type { FileApp } from '../../support/fileApp.js';
import { DOC, IDS, jsonHeaders, quote, sources } from '../../support/app.js';
import {
  badDay,
  expectProblem,
  HTML,
  nested,
  RUNS,
  SQL,
  tally,
  UNICODE,
  wellFormed,
} from '../../support/fuzzInputs.js';

// Every body here is invalid by construction: a valid event with one thing broken. Each must be
// refused with a problem naming the field, append nothing, and leave the server serving.

let t: FileApp;
let HEAD: number;
beforeAll(async () => {
  t = await givenFileApp();
  HEAD = await t.store.head();
});
afterAll(async () => {
  // The server still answers a normal read, and the log is whole.
  const res = await t.app.request('/api/timeline');
  expect(res.status).toBe(200);
  expect(((await res.json()) as { items: unknown[] }).items).toHaveLength(4);
  expect(await t.store.head()).toBe(HEAD);
  expect((await t.store.verify()).ok).toBe(true);
  await t.close();
});

const TEXT = (await sources()).get(DOC)!.text;

/** A valid delivery on the maritime package. */
const valid = () => ({
  type: 'SupportDelivered',
  stage: 'started',
  title: 'Eerste leveringen maritiem pakket',
  category: 'ukraine-support',
  occurred: { precision: 'day', date: '2025-06-04' },
  knownAt: { date: { precision: 'day', date: '2025-06-04' }, basis: 'public-at-occurrence' },
  source: quote(TEXT, 'De eerste leveringen zijn al gedaan en gaan door tot'),
  actors: [{ id: 'nl-minister-defensie', name: 'Minister van Defensie', role: 'donor' }],
  money: [
    { currency: 'EUR', amount: { kind: 'exact', value: 400 }, approximate: true, wording: 'x' },
  ],
});

type Body = Record<string, unknown>;
/** A broken body and the issue path that must name what is wrong. */
type Broken = { label: string; body: Body; path: string };

const set = (body: Body, path: string, value: unknown): Body => {
  const copy = structuredClone(body);
  const keys = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  if (value === undefined) delete at[keys.at(-1)!];
  else at[keys.at(-1)!] = value;
  return copy;
};

const notString = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
);
const notObject = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.string(),
  fc.array(fc.integer(), { maxLength: 2 }),
);
const notArray = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.string(),
  fc.dictionary(fc.string(), fc.integer(), { maxKeys: 2 }),
);
/** Fields an event or an append body may have: an extra field is anything else. */
const KNOWN = new Set([
  ...Object.keys(valid()),
  'id',
  'subject',
  'schemaVersion',
  'events',
  'expectedRevision',
  'summary',
  'quantities',
  'relatedSubjects',
]);
const notSlug = fc.oneof(
  fc.constantFrom(
    ...HTML,
    ...SQL,
    ...UNICODE,
    '',
    'Hoofdletters',
    'met spatie',
    'a--b',
    '-a',
    'a_b',
    'x'.repeat(121),
  ),
  fc
    .string({ unit: 'binary', minLength: 1, maxLength: 20 })
    .filter((s) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s)),
);
const hugeLength = fc.integer({ min: 301, max: 200_000 });

/** One way to break a valid event. */
function broken(base: Body): fc.Arbitrary<Broken> {
  return fc.oneof(
    fc
      .constantFrom('type', 'stage', 'title', 'category', 'occurred', 'knownAt', 'source', 'actors')
      .map((f) => ({ label: 'missing field', body: set(base, f, undefined), path: f })),
    fc
      .tuple(fc.constantFrom('type', 'stage', 'title', 'category'), notString)
      .map(([f, v]) => ({ label: 'string field of another type', body: set(base, f, v), path: f })),
    fc
      .tuple(
        fc.constantFrom('occurred', 'knownAt', 'source', 'knownAt.date', 'source.location'),
        notObject,
      )
      .map(([f, v]) => ({ label: 'object field of another type', body: set(base, f, v), path: f })),
    fc
      .tuple(fc.constantFrom('actors', 'money'), notArray)
      .map(([f, v]) => ({ label: 'array field of another type', body: set(base, f, v), path: f })),
    fc
      .tuple(
        fc.string({ minLength: 1, maxLength: 30 }).filter((k) => !KNOWN.has(k)),
        fc.jsonValue(),
      )
      .map(([k, v]) => ({ label: 'extra field', body: { ...base, [k]: v }, path: k })),
    fc
      .tuple(fc.constantFrom('occurred.date', 'knownAt.date.date'), badDay)
      .map(([f, v]) => ({ label: 'invalid date', body: set(base, f, v), path: f })),
    badDay.map((d) => ({
      label: 'invalid date range',
      body: set(base, 'occurred', { precision: 'between', earliest: '2025-06-01', latest: d }),
      path: 'occurred',
    })),
    fc.constantFrom('2025-13', '2025-00', '25-06', 'juni', '').map((m) => ({
      label: 'invalid month',
      body: set(base, 'occurred', { precision: 'month', month: m }),
      path: 'occurred.month',
    })),
    fc
      .oneof(
        fc.double({ max: -Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ max: -1 }),
      )
      .map((v) => ({
        label: 'negative money',
        body: set(base, 'money.0.amount.value', v),
        path: 'money.0.amount.value',
      })),
    fc.constantFrom('400', '€400', 'circa 400', null, true, [], {}, '1e3').map((v) => ({
      label: 'non-numeric money',
      body: set(base, 'money.0.amount.value', v),
      path: 'money.0.amount.value',
    })),
    fc.constantFrom('eur', 'EURO', '', '€', 'E1R', '<b>').map((v) => ({
      label: 'invalid currency',
      body: set(base, 'money.0.currency', v),
      path: 'money.0.currency',
    })),
    fc.tuple(fc.nat(1e9), fc.integer({ min: 1, max: 1e6 })).map(([low, d]) => ({
      label: 'range low above high',
      body: set(base, 'money.0.amount', { kind: 'range', low: low + d, high: low }),
      path: 'money.0.amount.high',
    })),
    hugeLength.map((n) => ({
      label: 'huge title',
      body: set(base, 'title', 'x'.repeat(n)),
      path: 'title',
    })),
    fc.integer({ min: 5001, max: 500_000 }).map((n) => ({
      label: 'huge quotation',
      body: set(base, 'source.quotation', 'x'.repeat(n)),
      path: 'source.quotation',
    })),
    fc.integer({ min: 101, max: 300 }).map((n) => ({
      label: 'too many actors',
      body: set(
        base,
        'actors',
        Array.from({ length: n }, () => (base.actors as unknown[])[0]),
      ),
      path: 'actors',
    })),
    fc
      .tuple(
        fc.integer({ min: 2, max: 2000 }),
        fc.constantFrom('array' as const, 'object' as const),
        fc.constantFrom('title', 'occurred', 'actors', 'category'),
      )
      .map(([d, k, f]) => ({
        label: 'deep nesting in a field',
        body: set(base, f, nested(d, k)),
        path: f,
      })),
    fc
      .tuple(fc.constantFrom('category', 'actors.0.id', 'source.documentId'), notSlug)
      .map(([f, v]) => ({ label: 'hostile text in a slug', body: set(base, f, v), path: f })),
    fc.constantFrom(...HTML, ...SQL, ...UNICODE).map((s) => ({
      label: 'quotation not in the source',
      body: set(
        base,
        'source.quotation',
        `${(base.source as { quotation: string }).quotation}${s}`,
      ),
      path: 'source.quotation',
    })),
    fc
      .tuple(
        fc.constantFrom('source.location.start', 'source.location.end'),
        fc.oneof(
          fc.integer({ max: -1 }),
          fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true }),
          fc.constant('12'),
        ),
      )
      .map(([f, v]) => ({ label: 'invalid offset', body: set(base, f, v), path: f })),
    fc
      .constantFrom('', '   ', '\n\t')
      .map((s) => ({ label: 'blank title', body: set(base, 'title', s), path: 'title' })),
    fc.constantFrom(-2, 1.5, 'latest', null, '3', true).map((v) => ({
      label: 'invalid expectedRevision',
      body: { ...base, expectedRevision: v },
      path: 'expectedRevision',
    })),
  );
}

const post = (path: string, body: string, headers: Record<string, string> = jsonHeaders) =>
  t.app.request(path, { method: 'POST', headers, body });

describe('POST /api/subjects/:id/events', () => {
  it('refuses a valid event with one thing broken, naming the field, appending nothing', async () => {
    const seen = tally('append: one field broken');
    const base = valid();
    // The unbroken body is accepted by construction; check it once against a throwaway subject revision.
    await fc.assert(
      fc.asyncProperty(broken(base), async ({ label, body, path }) => {
        seen.count(label);
        const res = await post('/api/subjects/maritiem-steunpakket/events', JSON.stringify(body));
        await expectProblem(res, 400, path);
        expect(await t.store.head()).toBe(HEAD);
      }),
      { numRuns: RUNS * 5 },
    );
    seen.print();
  });

  it('refuses a batch with one broken event, naming its index, appending none of it', async () => {
    const seen = tally('append: batch with one broken event');
    const base = valid();
    await fc.assert(
      fc.asyncProperty(
        broken(base),
        fc.nat(4),
        fc.nat(4),
        async ({ label, body, path }, before, after) => {
          seen.count(label);
          const events = [...Array(before).fill(base), body, ...Array(after).fill(base)];
          const res = await post(
            '/api/subjects/maritiem-steunpakket/events',
            JSON.stringify({ events }),
          );
          // expectedRevision sits on the batch, not on its events: there it is an unknown field.
          await expectProblem(res, 400, `events.${before}.${path}`);
          expect(await t.store.head()).toBe(HEAD);
        },
      ),
      { numRuns: RUNS },
    );
    seen.print();
  });

  it('refuses bodies that are not JSON, not an object, or deeply nested', async () => {
    const seen = tally('append: malformed bodies');
    const notJson = fc.string({ unit: 'binary', maxLength: 200 }).filter((s) => {
      try {
        JSON.parse(s);
        return false;
      } catch {
        return true;
      }
    });
    const notObject = fc
      .jsonValue()
      .filter((v) => typeof v !== 'object' || v === null || Array.isArray(v))
      .map((v) => JSON.stringify(v));
    const deep = fc
      .tuple(fc.integer({ min: 1000, max: 100_000 }), fc.constantFrom('[', '{"a":'))
      .map(([d, open]) => open.repeat(d) + '1' + (open === '[' ? ']' : '}').repeat(d));
    const truncated = fc.nat(200).map((n) => JSON.stringify(valid()).slice(0, n));
    const randomObject = fc
      .dictionary(fc.string(), fc.jsonValue(), { maxKeys: 5 })
      .map((o) => JSON.stringify(o));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          notJson.map((b) => ['not JSON', b] as const),
          notObject.map((b) => ['JSON but not an object', b] as const),
          deep.map((b) => ['nested 1000+ deep', b] as const),
          truncated.map((b) => ['truncated', b] as const),
          randomObject.map((b) => ['random object', b] as const),
        ),
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', ''),
        async ([label, body], contentType) => {
          seen.count(label);
          const headers: Record<string, string> = { ...jsonHeaders, 'Content-Type': contentType };
          if (!contentType) delete headers['Content-Type'];
          const res = await post('/api/subjects/maritiem-steunpakket/events', body, headers);
          await expectProblem(res, [400, 415]);
          expect(await t.store.head()).toBe(HEAD);
        },
      ),
      { numRuns: RUNS * 2 },
    );
    seen.print();
  });

  it('refuses a subject in the path that is not a slug', async () => {
    const seen = tally('append: hostile subject in the path');
    const body = JSON.stringify(valid());
    await fc.assert(
      fc.asyncProperty(
        notSlug.filter((s) => s !== ''),
        async (subject) => {
          seen.count('subject');
          const res = await post(
            `/api/subjects/${encodeURIComponent(wellFormed(subject))}/events`,
            body,
          );
          // A '/' or '..' in the subject makes another route: unknown routes answer 404.
          const problem = await expectProblem(res, [400, 404]);
          if (res.status === 400) expect(problem.issues?.map((i) => i.path)).toContain('id');
          expect(await t.store.head()).toBe(HEAD);
        },
      ),
      { numRuns: RUNS },
    );
    seen.print();
  });
});

/** A valid correction of the maritime package, and a valid retraction of the MoU. */
const validCorrection = () => ({
  changes: { title: 'Maritiem steunpakket' },
  reason: 'betere titel',
  source: quote(
    TEXT,
    'een nieuw maritiem pakket aangekondigd, bestaande uit 58 snelle patrouilleboten',
  ),
});

function brokenAmendment(base: Body, correction: boolean): fc.Arbitrary<Broken> {
  const common = [
    fc
      .constantFrom('reason', 'source')
      .map((f) => ({ label: 'missing field', body: set(base, f, undefined), path: f })),
    fc
      .tuple(fc.constantFrom('reason', 'title', 'summary'), notString)
      .map(([f, v]) => ({ label: 'wrong type', body: set(base, f, v), path: f })),
    fc
      .tuple(
        fc
          .string({ minLength: 1, maxLength: 30 })
          .filter(
            (k) =>
              ![
                'id',
                'title',
                'summary',
                'occurred',
                'knownAt',
                'actors',
                'expectedRevision',
                'changes',
                'reason',
                'source',
              ].includes(k),
          ),
        fc.jsonValue(),
      )
      .map(([k, v]) => ({ label: 'extra field', body: { ...base, [k]: v }, path: k })),
    badDay.map((d) => ({
      label: 'invalid date',
      body: { ...base, occurred: { precision: 'day', date: d } },
      path: 'occurred.date',
    })),
    hugeLength.map((n) => ({
      label: 'huge reason',
      body: set(base, 'reason', 'x'.repeat(n * 7)),
      path: 'reason',
    })),
    fc.constantFrom(...HTML, ...SQL, ...UNICODE).map((s) => ({
      label: 'quotation not in the source',
      body: set(base, 'source.quotation', s),
      path: 'source.quotation',
    })),
    fc.constantFrom(-2, 1.5, 'latest', null).map((v) => ({
      label: 'invalid expectedRevision',
      body: { ...base, expectedRevision: v },
      path: 'expectedRevision',
    })),
    fc
      .constantFrom('not-a-uuid', 42, '', IDS.mou.toUpperCase() + 'x')
      .map((v) => ({ label: 'invalid id', body: { ...base, id: v }, path: 'id' })),
  ];
  if (!correction) return fc.oneof(...common);
  return fc.oneof(
    ...common,
    fc.constant({ label: 'no changes', body: set(base, 'changes', {}), path: 'changes' }),
    fc
      .tuple(
        fc
          .string({ minLength: 1, maxLength: 20 })
          .filter(
            (k) =>
              ![
                'title',
                'summary',
                'category',
                'occurred',
                'knownAt',
                'actors',
                'money',
                'quantities',
              ].includes(k),
          ),
        fc.jsonValue(),
      )
      .map(([k, v]) => ({
        label: 'unknown change',
        body: set(base, 'changes', { [k]: v }),
        path: `changes.${k}`,
      })),
    badDay.map((d) => ({
      label: 'invalid changed date',
      body: set(base, 'changes', { occurred: { precision: 'day', date: d } }),
      path: 'changes.occurred.date',
    })),
    fc.integer({ max: -1 }).map((v) => ({
      label: 'negative changed money',
      body: set(base, 'changes', {
        money: [
          {
            currency: 'EUR',
            amount: { kind: 'exact', value: v },
            approximate: false,
            wording: 'x',
          },
        ],
      }),
      path: 'changes.money.0.amount.value',
    })),
    notSlug.map((v) => ({
      label: 'hostile changed category',
      body: set(base, 'changes', { category: v }),
      path: 'changes.category',
    })),
  );
}

describe.each([
  ['corrections', true],
  ['retractions', false],
] as const)('POST /api/events/:id/%s', (route, correction) => {
  const base = () =>
    correction ? validCorrection() : { reason: 'ingetrokken', source: validCorrection().source };

  it('refuses a valid body with one thing broken, naming the field, appending nothing', async () => {
    const seen = tally(`${route}: one field broken`);
    await fc.assert(
      fc.asyncProperty(brokenAmendment(base(), correction), async ({ label, body, path }) => {
        seen.count(label);
        const res = await post(`/api/events/${IDS.maritime}/${route}`, JSON.stringify(body));
        await expectProblem(res, 400, path);
        expect(await t.store.head()).toBe(HEAD);
      }),
      { numRuns: RUNS * 2 },
    );
    seen.print();
  });

  it('answers 400 for an id that is no UUID and 404 for one that is not stored', async () => {
    const seen = tally(`${route}: random target ids`);
    const body = JSON.stringify(base());
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
          fc.uuid(),
          fc.constantFrom(...SQL, ...HTML, ...UNICODE),
        ),
        async (id) => {
          const res = await post(
            `/api/events/${encodeURIComponent(wellFormed(id))}/${route}`,
            body,
          );
          seen.count(res.status);
          const problem = await expectProblem(res, [400, 404]);
          if (res.status === 400) expect(problem.issues?.map((i) => i.path)).toContain('id');
          expect(await t.store.head()).toBe(HEAD);
        },
      ),
      { numRuns: RUNS },
    );
    seen.print();
  });
});

describe('the unbroken bodies the properties start from', () => {
  it('are accepted, so the one broken thing is what each refusal is about', async () => {
    const own = await givenFileApp();
    const send = (path: string, body: unknown) =>
      own.app.request(path, { method: 'POST', headers: jsonHeaders, body: JSON.stringify(body) });
    expect((await send('/api/subjects/maritiem-steunpakket/events', valid())).status).toBe(201);
    expect(
      (await send('/api/subjects/maritiem-steunpakket/events', { events: [valid(), valid()] }))
        .status,
    ).toBe(201);
    expect((await send(`/api/events/${IDS.maritime}/corrections`, validCorrection())).status).toBe(
      201,
    );
    const retraction = { reason: 'ingetrokken', source: validCorrection().source };
    expect((await send(`/api/events/${IDS.maritime}/retractions`, retraction)).status).toBe(201);
    expect(await own.store.head()).toBe(HEAD + 5);
    await own.close();
  });
});
