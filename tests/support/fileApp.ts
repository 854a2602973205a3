import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, createReadModel, createSqliteEventStore, silentLogger } from '@kroniek/service';
import type { AppOptions, EventStore, SqliteEventStore } from '@kroniek/service';
import type { KroniekEvent } from '@kroniek/events';
import { DOC, fixtureEvents, NOW, sources, TOKEN } from './app.js';

export interface FileApp {
  app: ReturnType<typeof createApp>;
  store: SqliteEventStore;
  text: string;
  events: KroniekEvent[];
  dir: string;
  close(): Promise<void>;
}

/**
 * An app over a real SQLite file in a temp folder holding the four fixture events, at a fixed
 * clock. The write rate limit is off unless given: property tests post thousands of bodies.
 */
export async function givenFileApp(
  options: Partial<
    Pick<AppOptions, 'writeRateLimit' | 'privateReads' | 'dashboardDir' | 'log' | 'trustedProxies'>
  > & {
    /** Serve through a view of the store (e.g. one that fails). */
    wrapStore?: (store: EventStore) => EventStore;
  } = {},
): Promise<FileApp> {
  const dir = mkdtempSync(join(tmpdir(), 'kroniek-sec-'));
  const clock = () => new Date(NOW);
  const store = createSqliteEventStore({ path: join(dir, 'kroniek.db'), clock });
  const all = await sources();
  const text = all.get(DOC)!.text;
  const events = fixtureEvents(text);
  for (const e of events) {
    await store.append(e.subject, [
      { id: e.id, type: e.type, data: e, metadata: { origin: 'test' } },
    ]);
  }
  const { wrapStore, ...appOptions } = options;
  const app = createApp({
    readModel: createReadModel({ today: () => NOW.slice(0, 10) }),
    sources: all,
    clock,
    token: TOKEN,
    log: silentLogger,
    writeRateLimit: false,
    ...appOptions,
    store: wrapStore ? wrapStore(store) : store,
  });
  return {
    app,
    store,
    text,
    events,
    dir,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
