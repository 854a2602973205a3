import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReadModel, createReadModelFeed, createSqliteEventStore } from '@kroniek/service';
import type { SqliteEventStore } from '@kroniek/service';
import { DOC, fixtureEvents, NOW, sources } from '../../support/app.js';
import { until } from '../../support/liveServer.js';

// The read model of one process follows appends another connection makes to the same file,
// through its live feed alone (no read, hence no catch-up, in between).

let dir: string;
let mine: SqliteEventStore;
let other: SqliteEventStore;
const clock = () => new Date(NOW);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kroniek-feed-foreign-'));
  mine = createSqliteEventStore({ path: join(dir, 'kroniek.db'), clock });
  other = createSqliteEventStore({ path: join(dir, 'kroniek.db'), clock });
});
afterEach(async () => {
  await mine.close();
  await other.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a read model fed from a SQLite file another connection writes to', () => {
  it('applies the other connection’s appends in order as they are committed', async () => {
    const events = fixtureEvents((await sources()).get(DOC)!.text);
    const readModel = createReadModel({ today: () => NOW.slice(0, 10) });
    const feed = createReadModelFeed(mine, readModel);
    await feed.catchUp();
    feed.start();
    for (const e of events) {
      await other.append(e.subject, [{ id: e.id, type: e.type, data: e }]);
    }
    await until(() => readModel.position() >= events.length, 'the foreign appends', 5_000);
    expect(readModel.position()).toBe(await other.head());
    feed.stop();
  });
});
