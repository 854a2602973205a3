import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kroniek } from '../support/cli.js';

const EVENTS = resolve(import.meta.dirname, '../../events');

describe('kroniek import with .ndjson files', () => {
  let dir: string;
  let exported: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kroniek-cli-ndjson-'));
    const from = join(dir, 'from.db');
    const seeded = await kroniek([
      'import',
      join(EVENTS, 'recorded', 'kamerbrief-navo-dmm-2025-06.yaml'),
      '--db',
      from,
    ]);
    expect(seeded.code).toBe(0);
    const exportRun = await kroniek(['export', '--db', from]);
    expect(exportRun.code).toBe(0);
    exported = join(dir, 'log.ndjson');
    writeFileSync(exported, exportRun.stdout);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('bulk-imports an export into another store, then finds everything stored on a re-run', async () => {
    const lines = readFileSync(exported, 'utf8').trim().split('\n').length;
    expect(lines).toBeGreaterThan(30);
    const to = join(dir, 'to.db');
    const first = await kroniek(['import', exported, '--db', to]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`${lines} event(s) appended, 0 already stored`);
    const again = await kroniek(['import', exported, '--db', to]);
    expect(again.stderr).toContain(`0 event(s) appended, ${lines} already stored`);
    expect((await kroniek(['verify', '--db', to])).stdout).toContain(`ok: ${lines} event(s)`);
  });

  describe('given a file of a megabyte or more (checked on a worker thread)', () => {
    /** The export padded with a blank line of 1 MiB, which the import skips. */
    const large = (name: string, lines: string[]) => {
      const path = join(dir, name);
      writeFileSync(path, `${lines.join('\n')}\n${' '.repeat(1 << 20)}\n`);
      return path;
    };

    it('imports it like a small one', async () => {
      const lines = readFileSync(exported, 'utf8').trim().split('\n');
      const path = large('large.ndjson', lines);
      const to = join(dir, 'large.db');
      const run = await kroniek(['import', path, '--db', to]);
      expect(run.stderr).toContain(`${lines.length} event(s) appended, 0 already stored`);
      expect(run.code).toBe(0);
      expect((await kroniek(['verify', '--db', to])).stdout).toContain(
        `ok: ${lines.length} event(s)`,
      );
    });

    it('names the file, line and field of a bad line and exits non-zero', async () => {
      const lines = readFileSync(exported, 'utf8').trim().split('\n');
      // The export's own `type` and the event's inside `data`: the import reads the latter.
      lines[4] = lines[4]!.replaceAll(/"type":"[A-Za-z]+"/g, '"type":"NoSuchEvent"');
      const path = large('bad.ndjson', lines);
      const run = await kroniek(['import', path, '--db', join(dir, 'bad.db')]);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain(`${path}:5: type: `);
    });
  });

  it('refuses YAML and NDJSON in one call (exit code 2)', async () => {
    const run = await kroniek([
      'import',
      exported,
      join(EVENTS, 'recorded', 'x.yaml'),
      '--db',
      join(dir, 'x.db'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not both');
  });
});
