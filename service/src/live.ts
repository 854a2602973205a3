import { upcast } from '@kroniek/events';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { SSEStreamingApi } from 'hono/streaming';
import type { Logger } from './http/logging.js';
import type { LiveLimits } from './liveConnections.js';
import type { Pacer } from './livePacer.js';
import type { EventStore, StoredEvent } from './store/eventStore.js';

export interface LiveStreamOptions {
  store: EventStore;
  /** Announce events with a position above this: from the log page by page, then live. */
  after: number;
  /** Called before events are announced, so a client that reacts by reading sees them (read-your-announcements). */
  beforeSend?: (position: number) => Promise<unknown>;
  log: Logger;
  heartbeatMs?: number;
  limits: Pick<LiveLimits, 'queueLimit' | 'pageSize' | 'closeGraceMs'>;
  /** Shares the event loop between the catch-ups of all streams. */
  pacer: Pacer;
  /** Called once when the stream has ended, whatever ended it. */
  onClose: () => void;
}

/** The frames of a few events, written to the socket as one piece. */
interface Chunk {
  text: string;
  /** Position of its last event. */
  last: number;
}

/** About a socket buffer's worth: few writes, and little held per stream while a client stalls. */
const CHUNK_CHARS = 8 * 1024;

function frame(event: StoredEvent): string {
  const data = JSON.stringify({
    position: event.position,
    stream: event.stream,
    revision: event.revision,
    id: event.id,
    type: event.type,
    recordedAt: event.recordedAt,
    event: upcast(event.data),
  });
  // The layout hono's writeSSE gives; JSON text holds no line break.
  return `event: appended\ndata: ${data}\nid: ${event.position}\n\n`;
}

function chunksOf(events: readonly StoredEvent[]): Chunk[] {
  const chunks: Chunk[] = [];
  let text = '';
  for (const event of events) {
    text += frame(event);
    if (text.length >= CHUNK_CHARS) {
      chunks.push({ text, last: event.position });
      text = '';
    }
  }
  const last = events[events.length - 1];
  if (text && last) chunks.push({ text, last: last.position });
  return chunks;
}

/**
 * Server-Sent Events announcing each appended event with `id:` = its log position, so a client
 * reconnecting with Last-Event-ID misses nothing.
 *
 * Memory per stream is bounded whatever the client does. The catch-up reads the log a page at a
 * time and reads the next page only when the socket has taken the last (each write resolves
 * once @hono/node-server's response has room, i.e. after `drain`), so a client that does not read
 * holds one page and a few chunks. Live, appends wait in a queue of at most `queueLimit` events;
 * a client that falls further behind gets `event: overflow` with `id:` (and `resumeAfter`) = the
 * last position it was sent, and the stream ends: reconnecting with that Last-Event-ID (an
 * EventSource does so by itself) catches up from the log without a gap.
 */
export function streamLive(c: Context, options: LiveStreamOptions): Response {
  const { store, beforeSend, log, heartbeatMs = 15_000, limits, pacer } = options;
  return streamSSE(
    c,
    async (stream) => {
      let sent = options.after;
      let wakeUp: (() => void) | null = null;
      const wake = () => {
        const resolve = wakeUp;
        wakeUp = null;
        resolve?.();
      };
      const sleep = () => new Promise<void>((resolve) => (wakeUp = resolve));
      const over = () => stream.aborted || stream.closed;
      let pingDue = false;
      const heartbeat = setInterval(() => {
        pingDue = true;
        wake();
      }, heartbeatMs);
      let unsubscribe = () => {};
      let cutTimer: NodeJS.Timeout | undefined;
      stream.onAbort(wake);

      const send = async (chunks: Chunk[]) => {
        for (const chunk of chunks) {
          if (over()) return;
          await beforeSend?.(chunk.last);
          await stream.write(chunk.text);
          sent = chunk.last;
        }
      };

      try {
        await stream.writeSSE({
          event: 'ready',
          data: JSON.stringify({ after: options.after }),
          retry: 3000,
        });
        // Catch-up: one page at a time, the next only once the socket took this one.
        for (;;) {
          if (over()) return;
          const from = sent;
          const page = await pacer.run(async () => {
            const events = await store.readAll({ after: from, limit: limits.pageSize });
            return { chunks: chunksOf(events), size: events.length };
          });
          await send(page.chunks);
          if (page.size < limits.pageSize) break;
        }
        // Live: the store catches up whatever was appended since the last page, then goes live.
        const queue: StoredEvent[] = [];
        let overflowed = false;
        unsubscribe = store.subscribe(
          (event) => {
            if (overflowed) return;
            if (queue.length >= limits.queueLimit) {
              overflowed = true;
              queue.length = 0;
              unsubscribe();
              // The overflow event waits behind what the client has not read; cut it off if it
              // does not read that within the grace.
              cutTimer = setTimeout(() => cut(c, stream), limits.closeGraceMs);
              cutTimer.unref();
            } else queue.push(event);
            wake();
          },
          { after: sent },
        );
        while (!over()) {
          if (overflowed) {
            await stream.writeSSE({
              event: 'overflow',
              id: String(sent),
              data: JSON.stringify({ resumeAfter: sent, queueLimit: limits.queueLimit }),
            });
            return;
          }
          if (queue.length > 0) {
            await send(chunksOf(queue.splice(0, limits.pageSize)));
          } else if (pingDue) {
            pingDue = false;
            await stream.write(': ping\n\n');
          } else await sleep();
        }
      } finally {
        clearInterval(heartbeat);
        clearTimeout(cutTimer);
        unsubscribe();
        options.onClose();
      }
    },
    async (error) => {
      log.error('live stream failed', { error: error.message });
    },
  );
}

/** Ends a connection whose client stopped reading: the socket itself where there is one. */
function cut(c: Context, stream: SSEStreamingApi) {
  const env = c.env as { outgoing?: { destroy(): void } } | undefined;
  if (env?.outgoing) env.outgoing.destroy();
  else stream.abort();
}
