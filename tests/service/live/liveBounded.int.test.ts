import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KroniekEvent } from '@kroniek/events';
import {
  createApp,
  createReadModel,
  createReadModelFeed,
  createSqliteEventStore,
  silentLogger,
} from '@kroniek/service';
import type { AppOptions, NewEvent, SqliteEventStore } from '@kroniek/service';
import { fixtureEvents, NOW, sources, TOKEN, DOC } from '../../support/app.js';
import { countingStore, openPausedLive, serveOnLoopback, until } from '../../support/liveServer.js';
import type { StoreReads } from '../../support/liveServer.js';
import { readSse } from '../../support/sse.js';

// The live stream against a real server on loopback: a client that stops reading must not make
// the server read (and hold) the log for it, and one that falls behind live appends is closed
// with the position to resume after.

/** About 2.7 KB of JSON each, so a few thousand fill any socket buffer on loopback. */
function paddedEvent(template: KroniekEvent, n: number): NewEvent {
  const id = `aaaaaaaa-aaaa-4aaa-8aaa-${String(n).padStart(12, '0')}`;
  const data = {
    ...template,
    id,
    subject: `padded-${n % 50}`,
    title: `Gevuld ${n}`,
    commitment: { description: `briefing ${n} `.padEnd(1900, 'x') },
  };
  return { id, type: template.type, data };
}

interface Served {
  store: SqliteEventStore;
  reads: StoreReads;
  url: string;
  template: KroniekEvent;
  close(): Promise<void>;
}

async function given(live: AppOptions['live']): Promise<Served> {
  const clock = () => new Date(NOW);
  const store = createSqliteEventStore({ path: ':memory:', clock });
  const all = await sources();
  const events = fixtureEvents(all.get(DOC)!.text);
  for (const e of events) await store.append(e.subject, [{ id: e.id, type: e.type, data: e }]);
  const readModel = createReadModel({ today: () => NOW.slice(0, 10) });
  // The read model is fed from the store itself: only the live stream reads through the view.
  const feed = createReadModelFeed(store, readModel);
  const counted = countingStore(store);
  const app = createApp({
    store: counted.store,
    readModel,
    feed,
    sources: all,
    clock,
    token: TOKEN,
    log: silentLogger,
    ...(live ? { live } : {}),
  });
  const server = await serveOnLoopback(app);
  return {
    store,
    reads: counted.reads,
    url: server.url,
    template: events.find((e) => e.type === 'ParliamentaryCommitmentMade')!,
    close: async () => {
      await server.close();
      await store.close();
    },
  };
}

/** Appends `count` padded events in batches of `batch`, yielding to the event loop between. */
async function appendPadded(s: Served, from: number, count: number, batch: number) {
  for (let n = from; n < from + count; n += batch) {
    const events = Array.from({ length: Math.min(batch, from + count - n) }, (_, i) =>
      paddedEvent(s.template, n + i),
    );
    await s.store.appendMany(events.map((e) => ({ stream: `padded-${n}`, events: [e] })));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Waits until `value()` has not changed for 300 ms (the server stopped). */
async function settled(value: () => number): Promise<number> {
  let last = -1;
  let same = 0;
  while (same < 15) {
    const now = value();
    same = now === last ? same + 1 : 0;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return last;
}

const positionsOf = (messages: { event?: string; id?: string }[]) =>
  messages.filter((m) => m.event === 'appended').map((m) => Number(m.id));
const range = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => first + i);

describe('GET /api/live for a client that does not read', () => {
  const LOG = 12_000;
  let s: Served;
  beforeEach(async () => {
    s = await given({ pageSize: 50 });
    await appendPadded(s, 1, LOG, 1000);
  });
  afterEach(() => s.close());

  it('catches up from after=0 only as far as the socket drains, then delivers the rest in order', async () => {
    const head = await s.store.head();
    expect(head).toBe(LOG + 4);
    const client = await openPausedLive(`${s.url}/api/live?after=0`);
    expect(client.status).toBe(200);
    const stalled = await settled(() => s.reads.events);
    console.log(
      `[live] a paused client at after=0 on ${head} events of ~2.7 KB: the server read ${stalled}`,
    );
    // What loopback's socket buffers hold, and a page or two: far from the whole log.
    expect(stalled).toBeGreaterThan(0);
    expect(stalled).toBeLessThan(head / 2);

    client.resume();
    await until(() => positionsOf(client.messages).length >= head, 'the whole log');
    expect(positionsOf(client.messages)).toEqual(range(1, head));
    // Each event was read once.
    expect(s.reads.events).toBe(head);
    client.destroy();
  });
});

describe('GET /api/live for a client that falls behind the live appends', () => {
  let s: Served;
  beforeEach(async () => (s = await given({ queueLimit: 16, closeGraceMs: 60_000 })));
  afterEach(() => s.close());

  it('closes it with an overflow event naming the position to resume after; resuming there misses nothing', async () => {
    const start = await s.store.head();
    const client = await openPausedLive(`${s.url}/api/live`);
    expect(client.status).toBe(200);
    // Appends one at a time until the server gives up on the client (bounded: 30,000).
    for (let n = 1; s.reads.unsubscribed === 0; n += 50) {
      if (n > 30_000) throw new Error('the stream never gave up on a client that does not read');
      await appendPadded(s, n, 50, 1);
    }
    client.resume();
    await client.ended;
    const overflow = client.messages.at(-1)!;
    expect(overflow.event).toBe('overflow');
    const resumeAfter = Number(overflow.id);
    expect(JSON.parse(overflow.data)).toMatchObject({ resumeAfter });
    const before = positionsOf(client.messages);
    expect(before).toEqual(range(start + 1, resumeAfter));

    // An EventSource reconnects with Last-Event-ID = the overflow's id.
    const head = await s.store.head();
    expect(resumeAfter).toBeLessThan(head);
    const again = await fetch(`${s.url}/api/live`, {
      headers: { 'Last-Event-ID': String(resumeAfter) },
    });
    expect(again.status).toBe(200);
    const rest = await readSse(again.body!, head - resumeAfter + 1, 20_000);
    expect(positionsOf(rest)).toEqual(range(resumeAfter + 1, head));
  });

  it('cuts the connection of a client that does not read the overflow either, and frees its slot', async () => {
    await s.close();
    s = await given({ queueLimit: 16, closeGraceMs: 200, maxPerClient: 1 });
    const client = await openPausedLive(`${s.url}/api/live`);
    expect(client.status).toBe(200);
    for (let n = 1; s.reads.unsubscribed === 0; n += 50) {
      if (n > 30_000) throw new Error('the stream never gave up on a client that does not read');
      await appendPadded(s, n, 50, 1);
    }
    // Never resumed: the server cuts the socket once the grace is over (the client, not reading,
    // cannot see that: the end waits behind the data in its socket buffer) and frees its slot.
    let status = 0;
    for (let attempt = 0; attempt < 100 && status !== 200; attempt += 1) {
      const next = await openPausedLive(`${s.url}/api/live`);
      status = next.status;
      next.destroy();
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(status).toBe(200);
    client.destroy();
  });

  it('closes a client of a burst larger than its queue the same way', async () => {
    const start = await s.store.head();
    const res = await fetch(`${s.url}/api/live`);
    const reading = readSse(res.body!, 1000, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // One transaction of 40 events is announced at once: more than the queue of 16 holds.
    await appendPadded(s, 1, 40, 40);
    const messages = await reading;
    const last = messages.at(-1)!;
    expect(last.event).toBe('overflow');
    expect(positionsOf(messages)).toEqual(range(start + 1, Number(last.id)));
    const again = await fetch(`${s.url}/api/live?after=${last.id}`);
    const rest = await readSse(again.body!, start + 40 - Number(last.id) + 1, 20_000);
    expect(positionsOf(rest)).toEqual(range(Number(last.id) + 1, start + 40));
  });
});
