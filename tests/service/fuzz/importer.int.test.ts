import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteEventStore, ValidationError } from '@kroniek/service';
import type { SqliteEventStore } from '@kroniek/service';
import type { SourceWithText } from '@kroniek/events';
import { importFiles, loadSources, planImport } from '../../../service/src/import/importer.js';
import { createEventsDir, fixtureEntry, writeRecorded } from '../../support/importFixtures.js';
import { NOW } from '../../support/app.js';
import { badDay, HTML, nested, RUNS, SQL, tally, UNICODE } from '../../support/fuzzInputs.js';

// The importer on temp YAML files: a valid entry with one thing broken, and files that are not
// recorded-event files at all. Each is refused as a whole with a ValidationError naming the file,
// the entry and the field, and nothing reaches the store.

let dir: string;
let srcs: Map<string, SourceWithText>;
let store: SqliteEventStore;
let n = 0;
beforeAll(async () => {
  dir = createEventsDir();
  srcs = await loadSources(dir);
  store = createSqliteEventStore({
    path: join(mkdtempSync(join(tmpdir(), 'kroniek-imp-')), 'k.db'),
    clock: () => new Date(NOW),
  });
});
afterAll(async () => {
  expect(await store.head()).toBe(0);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

type Entry = Record<string, unknown>;
const set = (entry: Entry, path: string, value: unknown): Entry => {
  const copy = structuredClone(entry);
  const keys = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  if (value === undefined) delete at[keys.at(-1)!];
  else at[keys.at(-1)!] = value;
  return copy;
};

const notSlug = fc.constantFrom(
  ...HTML,
  ...SQL,
  ...UNICODE.filter((u) => !/[\uD800-\uDFFF]/.test(u)),
  '',
  'Hoofdletter',
  'a b',
);

/** One way to break a valid entry, and the field the problem must name. */
const brokenEntry = (base: Entry): fc.Arbitrary<{ label: string; entry: Entry; field: string }> =>
  fc.oneof(
    fc
      .constantFrom('type', 'title', 'category', 'occurred', 'knownAt', 'actors')
      .map((f) => ({ label: 'missing field', entry: set(base, f, undefined), field: f })),
    fc
      .tuple(
        fc.constantFrom('title', 'category', 'type'),
        fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant([1])),
      )
      .map(([f, v]) => ({ label: 'wrong type', entry: set(base, f, v), field: f })),
    fc
      .tuple(
        fc
          .string({ minLength: 1, maxLength: 20 })
          .filter(
            (k) =>
              /^[a-zA-Z_]\w*$/.test(k) &&
              !(k in base) &&
              ![
                'id',
                'summary',
                'money',
                'quantities',
                'relatedSubjects',
                'schemaVersion',
                'corrects',
                'retracts',
                'fulfils',
              ].includes(k),
          ),
        fc.string(),
      )
      .map(([k, v]) => ({ label: 'extra field', entry: { ...base, [k]: v }, field: k })),
    badDay.map((d) => ({
      label: 'invalid date',
      entry: set(base, 'occurred.date', d),
      field: 'occurred.date',
    })),
    fc.oneof(fc.integer({ max: -1 }), fc.constantFrom('400', '€400 mln', null)).map((v) => ({
      label: 'bad money',
      entry: {
        ...base,
        money: [
          {
            currency: 'EUR',
            amount: { kind: 'exact', value: v },
            approximate: true,
            wording: 'circa €400 mln',
          },
        ],
      },
      field: 'money.0.amount.value',
    })),
    fc.integer({ min: 301, max: 50_000 }).map((len) => ({
      label: 'huge title',
      entry: set(base, 'title', 'x'.repeat(len)),
      field: 'title',
    })),
    fc.integer({ min: 2, max: 500 }).map((d) => ({
      label: 'deep nesting',
      entry: set(base, 'title', nested(d, 'object')),
      field: 'title',
    })),
    fc
      .tuple(fc.constantFrom('category', 'subject'), notSlug)
      .map(([f, v]) => ({ label: 'hostile slug', entry: set(base, f, v), field: f })),
    fc.constantFrom(...HTML, ...SQL, 'bestaat niet in de brief').map((q) => ({
      label: 'quotation not in the source',
      entry: set(base, 'source.quotation', q),
      field: 'source',
    })),
  );

describe('planImport and importFiles', () => {
  it('refuse a file with one broken entry, naming file, entry and field, and store nothing', async () => {
    const seen = tally('import: one field broken');
    const base = fixtureEntry('basis');
    await fc.assert(
      fc.asyncProperty(
        brokenEntry(base),
        fc.boolean(),
        async ({ label, entry, field }, alsoValid) => {
          seen.count(label);
          const key = `kapot-${++n}`;
          const events = alsoValid
            ? [fixtureEntry(`goed-${n}`), { ...entry, key }]
            : [{ ...entry, key }];
          const file = writeRecorded(dir, `f${n}.yaml`, events);
          const error = await planImport([file], srcs).then(
            () => null,
            (e: unknown) => e,
          );
          expect(error).toBeInstanceOf(ValidationError);
          const paths = (error as ValidationError).issues.map((i) => i.path);
          expect(
            paths.some(
              (p) =>
                p === `${file}#${key}.${field}` ||
                p.startsWith(`${file}#${key}.${field}.`) ||
                (field === 'source' && p.startsWith(`${file}#${key}.`)),
            ),
            JSON.stringify(paths),
          ).toBe(true);
          await expect(importFiles(store, [file], srcs)).rejects.toBeInstanceOf(ValidationError);
          expect(await store.head()).toBe(0);
        },
      ),
      { numRuns: RUNS * 2 },
    );
    seen.print();
  });

  it('refuse any file that is not a recorded-events file with a ValidationError naming the file', async () => {
    const seen = tally('import: not a recorded-events file');
    const content = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }).map((s) => ['random text', s] as const),
      fc.jsonValue().map((v) => ['other YAML', stringify(v)] as const),
      fc
        .constantFrom(
          'source: [',
          'a: &x [*x]',
          ': :',
          '- - -\n  - ]',
          '!!binary ###',
          '{{}}',
          '\u0000',
          'events: 5\nsource: test-brief-2025-06',
        )
        .map((s) => ['broken YAML', s] as const),
      fc
        .constantFrom(...SQL, ...HTML)
        .map((s) => ['source: ' + JSON.stringify(s) + '\nevents: [{key: a}]'] as const)
        .map(([s]) => ['hostile source id', s] as const),
    );
    await fc.assert(
      fc.asyncProperty(content, async ([label, text]) => {
        seen.count(label);
        const file = join(dir, `raw${++n}.yaml`);
        writeFileSync(file, text);
        const error = await planImport([file], srcs).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, `accepted: ${text}`).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).issues.length).toBeGreaterThan(0);
        for (const issue of (error as ValidationError).issues)
          expect(issue.path.startsWith(file)).toBe(true);
        expect(await store.head()).toBe(0);
      }),
      { numRuns: RUNS * 2 },
    );
    seen.print();
  });
});
