import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '@kroniek/service';

const ROOT = resolve(import.meta.dirname, '../..');

describe('serving from an EventStoreDB that cannot be reached', () => {
  it('fails start-up with a clear message naming the address instead of hanging', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kroniek-esdb-'));
    const attempt = startServer({
      dbPath: join(dir, 'unused.db'),
      port: 0,
      eventsDir: join(ROOT, 'events'),
      store: { kind: 'eventstoredb', url: 'esdb://127.0.0.1:1?tls=false' },
      log: () => {},
    });
    await expect(attempt).rejects.toThrow(/127\.0\.0\.1:1/);
  }, 20_000); // the adapter's first-call deadline is 5 s: a hang fails this test by its timeout
});
