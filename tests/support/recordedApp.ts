import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAmendment } from '@kroniek/events';
import type { FactEvent, KroniekEvent } from '@kroniek/events';
import { createApp, createReadModel, createSqliteEventStore, silentLogger } from '@kroniek/service';
import type { SqliteEventStore } from '@kroniek/service';
import { sources, TOKEN } from './app.js';
import { loadRecordedEvents } from './letterLog.js';

export interface RecordedApp {
  app: ReturnType<typeof createApp>;
  store: SqliteEventStore;
  /** every recorded event, in log order */
  recorded: KroniekEvent[];
  facts: FactEvent[];
  /** the GET answer of a path, checked to be 200 */
  json<T>(url: string): Promise<T>;
  /** moves the injected clock (the default asOf is its day) */
  setToday(day: string): void;
  close(): Promise<void>;
}

/**
 * An app over a real SQLite file holding every recorded event of events/recorded/, with an
 * injected clock (`today`, a day): tests derive what they expect from the recorded data.
 */
export async function givenRecordedApp(today: string): Promise<RecordedApp> {
  const dir = await mkdtemp(join(tmpdir(), 'kroniek-recorded-'));
  let now = new Date(`${today}T10:00:00.000Z`);
  const clock = () => new Date(now);
  const store = createSqliteEventStore({ path: join(dir, 'kroniek.db'), clock });
  const recorded = await loadRecordedEvents();
  for (const e of recorded)
    await store.append(e.subject, [{ id: e.id, type: e.type, data: e, metadata: {} }]);
  const app = createApp({
    store,
    readModel: createReadModel({ today: () => now.toISOString().slice(0, 10) }),
    sources: await sources(),
    clock,
    token: TOKEN,
    log: silentLogger,
    writeRateLimit: false,
  });
  return {
    app,
    store,
    recorded,
    facts: recorded.filter((e): e is FactEvent => !isAmendment(e)),
    async json<T>(url: string): Promise<T> {
      const res = await app.request(url);
      if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as T;
    },
    setToday: (day) => (now = new Date(`${day}T10:00:00.000Z`)),
    async close() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
