import { get } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { createApp, EventStore, StoredEvent } from '@kroniek/service';
import type { SseMessage } from './sse.js';

/** An app served by @hono/node-server on a loopback port, as `kroniek serve` serves it. */
export async function serveOnLoopback(
  app: ReturnType<typeof createApp>,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((ok, fail) => {
    server.once('listening', ok);
    server.once('error', fail);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}

/** What a store wrapper saw the live stream take from the store. */
export interface StoreReads {
  /** Events handed out by readAll and by subscription listeners. */
  events: number;
  subscriptions: number;
  unsubscribed: number;
}

/** A view of `store` that counts what is read through it (readAll and subscriptions). */
export function countingStore(store: EventStore): { store: EventStore; reads: StoreReads } {
  const reads: StoreReads = { events: 0, subscriptions: 0, unsubscribed: 0 };
  const view: EventStore = Object.create(store) as EventStore;
  view.readAll = async (options) => {
    const page = await store.readAll(options);
    reads.events += page.length;
    return page;
  };
  view.subscribe = (listener: (event: StoredEvent) => void, options) => {
    reads.subscriptions += 1;
    const unsubscribe = store.subscribe((event) => {
      reads.events += 1;
      listener(event);
    }, options);
    let done = false;
    return () => {
      if (!done) reads.unsubscribed += 1;
      done = true;
      unsubscribe();
    };
  };
  return { store: view, reads };
}

/** A `/api/live` response read by node's http client, paused until `resume` is called. */
export interface LiveClient {
  status: number;
  headers: IncomingMessage['headers'];
  /** Messages parsed so far (ready, appended, overflow ...). */
  messages: SseMessage[];
  /** The body as received so far, for a refused request (problem+json). */
  text(): string;
  resume(): void;
  /** Resolves when the server has ended the response. */
  ended: Promise<void>;
  destroy(): void;
}

/**
 * Opens `/api/live` and stops reading at once: node's http client stops reading the socket
 * when the paused response's buffer is full, so the server's writes back up.
 */
export function openPausedLive(
  url: string,
  options: { headers?: Record<string, string>; localAddress?: string } = {},
): Promise<LiveClient> {
  return new Promise((resolve, reject) => {
    const req = get(url, { headers: options.headers ?? {}, localAddress: options.localAddress });
    req.on('error', reject);
    req.on('response', (res) => {
      res.pause();
      res.setEncoding('utf8');
      const messages: SseMessage[] = [];
      let raw = '';
      let buffer = '';
      const ended = new Promise<void>((ok) => {
        res.once('end', ok);
        res.once('close', ok);
      });
      res.on('data', (chunk: string) => {
        raw += res.statusCode === 200 ? '' : chunk;
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message = parseFrame(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (message) messages.push(message);
        }
      });
      // A data listener switches the stream to flowing; keep it paused until asked.
      res.pause();
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        messages,
        text: () => raw,
        resume: () => res.resume(),
        ended,
        destroy: () => req.destroy(),
      });
    });
  });
}

function parseFrame(frame: string): SseMessage | null {
  const message: SseMessage = { data: '' };
  let isMessage = false;
  for (const line of frame.split('\n')) {
    const [field, ...rest] = line.split(':');
    const value = rest.join(':').replace(/^ /, '');
    if (field === 'id') message.id = value;
    else if (field === 'event') message.event = value;
    else if (field === 'data') {
      message.data += (message.data ? '\n' : '') + value;
      isMessage = true;
    }
  }
  return isMessage ? message : null;
}

/** Waits (bounded) until `done()` holds, checking every 20 ms. */
export async function until(done: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  for (let waited = 0; !done(); waited += 20) {
    if (waited > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
