import type { StoredEvent, Unsubscribe } from './eventStore.js';

interface Subscriber {
  listener: (event: StoredEvent) => void;
  /** Position of the last event handed to the listener. */
  last: number;
  /** While true the subscriber reads from the log itself and live appends pass it by. */
  catchingUp: boolean;
  active: boolean;
}

export interface SubscriptionsOptions {
  /** Reads one page of the log after a position, synchronously. */
  readPage: (after: number) => StoredEvent[];
  head: () => number;
  onListenerError: (error: unknown) => void;
  /**
   * True when another connection (a second process, the CLI) committed to the store since the
   * last call; cheap enough to ask every few milliseconds (SQLite's `PRAGMA data_version`).
   * Without it only the appends `publish` is handed reach live subscribers.
   */
  foreignCommits?: () => boolean;
  /** How often `foreignCommits` is asked while anyone subscribes (ms, default 50). */
  pollMs?: number;
}

/** The live tail of one store: catch-up from the log, then live delivery, never a gap or a repeat. */
export interface Subscriptions {
  subscribe(listener: (event: StoredEvent) => void, after?: number): Unsubscribe;
  /**
   * Hands freshly committed events to every live subscriber. Events of other connections
   * committed before them, not yet announced, are read from the log and handed first.
   */
  publish(events: StoredEvent[]): void;
  /** Whether any subscriber is live, i.e. would be handed what `publish` gets. */
  hasLive(): boolean;
  closeAll(): void;
}

/**
 * Creates the subscription registry. Catch-up reads the log page by page between turns
 * of the event loop; it goes live in the same synchronous step in which it finds no more
 * events, so no append can slip between the last read and the switch to live.
 *
 * Commits of other connections are noticed by asking `foreignCommits` on a timer that runs only
 * while there are subscribers (and never keeps the process alive); what they wrote is then read
 * from the log in order and handed on like this connection's own appends.
 */
export function createSubscriptions(options: SubscriptionsOptions): Subscriptions {
  const subscribers = new Set<Subscriber>();
  const pollMs = options.pollMs ?? 50;
  let poller: NodeJS.Timeout | null = null;

  const deliver = (sub: Subscriber, event: StoredEvent) => {
    if (!sub.active || event.position <= sub.last) return;
    sub.last = event.position;
    try {
      sub.listener(event);
    } catch (error) {
      options.onListenerError(error);
    }
  };

  const live = () => [...subscribers].filter((s) => s.active && !s.catchingUp);

  /**
   * Hands every live subscriber what the log holds after the least of them, up to `upTo`, at
   * most `maxPages` pages of it; true when it got to `upTo`.
   */
  const publishFromLog = (upTo: number, maxPages = Infinity): boolean => {
    const subs = live();
    if (subs.length === 0) return true;
    let from = Math.min(...subs.map((s) => s.last));
    for (let pages = 0; from < upTo; pages += 1) {
      if (pages >= maxPages) return false;
      const page = options.readPage(from);
      if (page.length === 0) return true;
      for (const event of page) {
        if (event.position > upTo) return true;
        for (const sub of subs) deliver(sub, event);
      }
      from = page[page.length - 1]!.position;
    }
    return true;
  };

  /** True while a large foreign commit is being handed on a few pages per turn. */
  let behind = false;
  let continuing = false;
  const poll = () => {
    if (continuing || subscribers.size === 0) return;
    if (!behind && !options.foreignCommits?.()) return;
    try {
      behind = !publishFromLog(options.head(), 4);
    } catch (error) {
      behind = false;
      options.onListenerError(error);
    }
    // A bulk import by another process: the rest on the next turns, not in one long block.
    if (behind) {
      continuing = true;
      setImmediate(() => {
        continuing = false;
        poll();
      });
    }
  };

  /** The timer runs while anyone subscribes: a catching-up subscriber goes live later. */
  const watch = () => {
    if (subscribers.size > 0 && !poller && options.foreignCommits) {
      poller = setInterval(poll, pollMs);
      poller.unref();
    } else if (subscribers.size === 0 && poller) {
      clearInterval(poller);
      poller = null;
    }
  };

  const remove = (sub: Subscriber) => {
    sub.active = false;
    subscribers.delete(sub);
    watch();
  };

  const catchUp = async (sub: Subscriber) => {
    // Yield first, so a listener is never called before `subscribe` has returned.
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      if (!sub.active) return;
      const page = options.readPage(sub.last);
      if (page.length === 0) {
        sub.catchingUp = false;
        return;
      }
      for (const event of page) deliver(sub, event);
    }
  };

  return {
    subscribe(listener, after) {
      const sub: Subscriber = {
        listener,
        last: after ?? options.head(),
        catchingUp: after !== undefined,
        active: true,
      };
      subscribers.add(sub);
      watch();
      if (sub.catchingUp) {
        void catchUp(sub).catch((error: unknown) => {
          remove(sub);
          options.onListenerError(error);
        });
      }
      return () => remove(sub);
    },
    publish(events) {
      const first = events[0];
      if (!first) return;
      // A foreign commit between the last announcement and these: announce it first.
      publishFromLog(first.position - 1);
      for (const sub of live()) {
        for (const event of events) deliver(sub, event);
      }
    },
    hasLive() {
      for (const sub of subscribers) if (sub.active && !sub.catchingUp) return true;
      return false;
    },
    closeAll() {
      for (const sub of subscribers) sub.active = false;
      subscribers.clear();
      watch();
    },
  };
}
