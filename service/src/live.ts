import { upcast } from '@kroniek/events';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { Logger } from './http/logging.js';
import type { EventStore, StoredEvent } from './store/eventStore.js';

export interface LiveOptions {
  store: EventStore;
  /** Announce events with a position above this; the store catches up from it, then goes live. */
  after: number;
  /** Called before an event is announced, so a client that reacts by reading sees it (read-your-announcements). */
  beforeSend?: (position: number) => Promise<unknown>;
  log: Logger;
  heartbeatMs?: number;
}

type Item = { kind: 'event'; event: StoredEvent } | { kind: 'ping' };

/**
 * Server-Sent Events announcing each appended event with `id:` = its log position, so a client
 * reconnecting with Last-Event-ID misses nothing. One store subscription per connection.
 */
export function streamLive(
  c: Context,
  { store, after, beforeSend, log, heartbeatMs = 15_000 }: LiveOptions,
): Response {
  return streamSSE(
    c,
    async (stream) => {
      const queue: Item[] = [];
      let wake: (() => void) | null = null;
      const push = (item: Item) => {
        queue.push(item);
        wake?.();
      };
      const unsubscribe = store.subscribe((event) => push({ kind: 'event', event }), { after });
      const heartbeat = setInterval(() => push({ kind: 'ping' }), heartbeatMs);
      stream.onAbort(() => {
        clearInterval(heartbeat);
        unsubscribe();
        wake?.();
      });
      try {
        await stream.writeSSE({ event: 'ready', data: JSON.stringify({ after }), retry: 3000 });
        while (!stream.aborted && !stream.closed) {
          const item = queue.shift();
          if (!item) {
            await new Promise<void>((resolve) => (wake = resolve));
            wake = null;
            continue;
          }
          if (item.kind === 'ping') {
            await stream.write(': ping\n\n');
            continue;
          }
          const { event } = item;
          await beforeSend?.(event.position);
          await stream.writeSSE({
            id: String(event.position),
            event: 'appended',
            data: JSON.stringify({
              position: event.position,
              stream: event.stream,
              revision: event.revision,
              id: event.id,
              type: event.type,
              recordedAt: event.recordedAt,
              event: upcast(event.data),
            }),
          });
        }
      } finally {
        clearInterval(heartbeat);
        unsubscribe();
      }
    },
    async (error) => {
      log.error('live stream failed', { error: error.message });
    },
  );
}
