import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kroniek } from '../support/cli.js';
import { createEventsDir, fixtureEntry, writeRecorded } from '../support/importFixtures.js';

const ROOT = resolve(import.meta.dirname, '../..');
const LETTER = join(ROOT, 'events/recorded/kamerbrief-navo-dmm-2025-06.yaml');

describe('kroniek copy', { timeout: 90_000 }, () => {
  it('copies the whole log to another store, byte for byte in export, and verifies it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kroniek-copy-'));
    const from = join(dir, 'from.db');
    const to = join(dir, 'to.db');
    expect((await kroniek(['import', '--db', from, LETTER])).code).toBe(0);

    const copied = await kroniek(['copy', '--from', `sqlite:${from}`, '--to', to]);
    expect(copied.code, copied.stderr).toBe(0);
    expect(copied.stderr).toMatch(/copied \d+ event\(s\)/);

    const [a, b] = await Promise.all([
      kroniek(['export', '--db', from]),
      kroniek(['export', '--db', to]),
    ]);
    const lines = a.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(30);
    // ids, order, content, recordedAt and the hash chain all carried over
    expect(b.stdout).toBe(a.stdout);
    expect((await kroniek(['verify', '--db', to])).code).toBe(0);
  });

  it('refuses to copy into a store that already holds a different log, and names a missing --to', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kroniek-copy-'));
    const from = join(dir, 'from.db');
    const diverged = join(dir, 'diverged.db');
    expect((await kroniek(['import', '--db', from, LETTER])).code).toBe(0);
    const eventsDir = createEventsDir();
    const other = writeRecorded(join(eventsDir, 'recorded'), 'other.yaml', [
      fixtureEntry('steun-voort'),
    ]);
    expect(
      (await kroniek(['import', '--db', diverged, '--events-dir', eventsDir, other])).code,
    ).toBe(0);

    const refused = await kroniek(['copy', '--from', from, '--to', diverged]);
    expect(refused.code).toBe(1);
    const after = await kroniek(['export', '--db', diverged]);
    // the fixture source's registration and the one event
    expect(after.stdout.trim().split('\n')).toHaveLength(2);

    const usage = await kroniek(['copy', '--from', from]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--to/);
  });
});
