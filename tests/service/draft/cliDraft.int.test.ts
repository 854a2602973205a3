import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { Draft, Span } from '../../../service/src/draft/types.js';
import { DRAFTER_VERSION } from '../../../service/src/draft/version.js';
import { kroniek } from '../../support/cli.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const LETTER = join(ROOT, 'events/sources/kamerbrief-navo-dmm-2025-06.txt');
const dir = mkdtempSync(join(tmpdir(), 'kroniek-draft-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kroniek draft', () => {
  it('--yaml of the letter imports cleanly into a fresh store, each quotation exact at its offsets', async () => {
    const run = await kroniek(['draft', LETTER, '--yaml']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/drafted \d+ event\(s\)/);
    const file = join(dir, 'drafts.yaml');
    writeFileSync(file, run.stdout);
    const drafted = parse(run.stdout) as { source: string; events: Array<{ key: string }> };
    expect(drafted.source).toBe('kamerbrief-navo-dmm-2025-06');
    const db = join(dir, 'fresh.db');
    const imported = await kroniek(['import', file, '--db', db]);
    expect(imported.code, imported.stderr).toBe(0);
    // the letter's source is registered from events/sources before the drafted events
    expect(imported.stderr).toContain(
      `1 source(s) registered, ${drafted.events.length} event(s) appended`,
    );
    const text = readFileSync(LETTER, 'utf8');
    const rows = new Database(db, { readonly: true })
      .prepare("SELECT data FROM events WHERE type <> 'SourceRegistered'")
      .all() as Array<{ data: string }>;
    expect(rows).toHaveLength(drafted.events.length);
    for (const { data } of rows) {
      const e = JSON.parse(data) as {
        source: { location: { start: number; end: number }; quotation: string };
        summary: string;
      };
      expect(text.slice(e.source.location.start, e.source.location.end)).toBe(e.source.quotation);
      expect(e.summary).toMatch(/^Drafted by rule cue\.[a-z.]+(\+[a-z]+)? v\d/);
    }
    // Drafting again and importing again appends nothing: the keys, hence the ids, are stable.
    const again = await kroniek(['import', file, '--db', db]);
    expect(again.stderr).toContain('0 event(s) appended');
  });

  it('an edited --yaml imports as events drafted (rule, drafter version) and accepted by import, naming the fields changed', async () => {
    const run = await kroniek(['draft', LETTER, '--yaml']);
    expect(run.code).toBe(0);
    const yaml = parse(run.stdout) as {
      source: string;
      events: Array<Record<string, unknown> & { key: string; title: string; summary: string }>;
    };
    // The reviewer rewrites one title, rejects (deletes) the second entry, keeps the rest.
    const [edited, , ...kept] = yaml.events;
    edited!.title = `${edited!.title} (reviewed)`;
    const file = join(dir, 'reviewed.yaml');
    // Written back without folding long lines, as an editor keeps them.
    writeFileSync(
      file,
      stringify({ source: yaml.source, events: [edited, ...kept] }, { lineWidth: 0 }),
    );
    const db = join(dir, 'reviewed.db');
    const imported = await kroniek(['import', file, '--db', db]);
    expect(imported.code, imported.stderr).toBe(0);
    // The import registers the letter's source first (a SourceRegistered row), then the events.
    const rows = new Database(db, { readonly: true })
      .prepare(
        "SELECT data, recorded_at FROM events WHERE type != 'SourceRegistered' ORDER BY position",
      )
      .all() as Array<{ data: string; recorded_at: string }>;
    expect(rows).toHaveLength(kept.length + 1);
    const byTitle = new Map(yaml.events.map((e) => [e.title, e]));
    for (const row of rows) {
      const e = JSON.parse(row.data) as {
        title: string;
        provenance?: {
          drafted: { rule: { id: string; version: number }; drafter: string; cue: string };
          accepted: { at: string; edited: string[]; via?: string };
        };
      };
      const isEdited = e.title === edited!.title;
      const entry = isEdited ? edited! : byTitle.get(e.title)!;
      expect(entry, e.title).toBeDefined();
      // The rule and drafter the entry's summary names are the provenance's.
      const [, rule, version] = /^Drafted by rule (\S+) v(\d+)/.exec(entry.summary)!;
      expect(e.provenance?.drafted).toMatchObject({
        rule: { id: rule, version: Number(version) },
        drafter: DRAFTER_VERSION,
      });
      expect(e.provenance?.accepted.via).toBe('import');
      expect(e.provenance?.accepted.edited).toEqual(isEdited ? ['title'] : []);
      // Accepted by this import: before the store recorded it, in the same run.
      expect(Date.parse(e.provenance!.accepted.at)).toBeLessThanOrEqual(
        Date.parse(row.recorded_at),
      );
    }
    // The rejected entry left nothing; importing the reviewed file again appends nothing.
    const again = await kroniek(['import', file, '--db', db]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('0 event(s) appended');
  });

  it('--json carries every value with its span, the rule, a confidence and proposed corroborations', async () => {
    const run = await kroniek(['draft', LETTER, '--json']);
    expect(run.code).toBe(0);
    const { drafts } = JSON.parse(run.stdout) as { drafts: Draft[] };
    const text = readFileSync(LETTER, 'utf8');
    expect(
      drafts.some((d) => d.corroborates?.reasons.includes('same place in the same document')),
    ).toBe(true);
    for (const d of drafts) {
      expect(d.rule).toMatchObject({ id: expect.any(String), version: expect.any(Number) });
      expect(d.confidence).toBeGreaterThan(0);
      for (const s of [
        d.occurredSpan,
        ...d.amounts.map((a: { span: Span }) => a.span),
        ...d.actors.map((a: { span: Span }) => a.span),
      ].filter((s): s is Span => s !== undefined))
        expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('a file of unknown date is refused with a usage message; --date gives it', async () => {
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'Nederland heeft op 3 maart een overeenkomst met Zweden ondertekend.\n');
    const refused = await kroniek(['draft', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--date YYYY-MM-DD');
    const run = await kroniek(['draft', file, '--date', '2025-04-01', '--language', 'nl']);
    expect(run.code).toBe(0);
    const { drafts } = JSON.parse(run.stdout) as { drafts: Draft[] };
    expect(drafts[0]).toMatchObject({
      kind: 'AgreementSigned',
      occurred: { precision: 'day', date: '2025-03-03' },
    });
  });

  it('drafts a source the service holds by its id, as from its file', async () => {
    const byId = await kroniek(['draft', 'kamerbrief-navo-dmm-2025-06', '--json']);
    expect(byId.code, byId.stderr).toBe(0);
    const byFile = await kroniek(['draft', LETTER, '--json']);
    const drafts = (out: string) => (JSON.parse(out) as { drafts: Draft[] }).drafts;
    expect(drafts(byId.stdout).length).toBeGreaterThan(0);
    expect(drafts(byId.stdout)).toEqual(drafts(byFile.stdout));
    const unknown = await kroniek(['draft', 'no-such-source']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("no file or source 'no-such-source'");
  });
});
