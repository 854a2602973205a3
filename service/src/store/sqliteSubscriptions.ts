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
}

/** The live tail of one store: catch-up from the log, then live delivery, never a gap or a repeat. */
export interface Subscriptions {
  subscribe(listener: (event: StoredEvent) => void, after?: number): Unsubscribe;
  /** Hands freshly committed events to every live subscriber. */
  publish(events: StoredEvent[]): void;
  /** Whether any subscriber is live, i.e. would be handed what `publish` gets. */
  hasLive(): boolean;
  closeAll(): void;
}

/**
 * Creates the subscription registry. Catch-up reads the log page by page between turns
 * of the event loop; it goes live in the same synchronous step in which it finds no more
 * events, so no append can slip between the last read and the switch to live.
 */
export function createSubscriptions(options: SubscriptionsOptions): Subscriptions {
  const subscribers = new Set<Subscriber>();

  const deliver = (sub: Subscriber, event: StoredEvent) => {
    if (!sub.active || event.position <= sub.last) return;
    sub.last = event.position;
    try {
      sub.listener(event);
    } catch (error) {
      options.onListenerError(error);
    }
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
      if (sub.catchingUp) {
        void catchUp(sub).catch((error: unknown) => {
          sub.active = false;
          subscribers.delete(sub);
          options.onListenerError(error);
        });
      }
      return () => {
        sub.active = false;
        subscribers.delete(sub);
      };
    },
    publish(events) {
      for (const sub of subscribers) {
        if (sub.catchingUp) continue;
        for (const event of events) deliver(sub, event);
      }
    },
    hasLive() {
      for (const sub of subscribers) if (!sub.catchingUp) return true;
      return false;
    },
    closeAll() {
      for (const sub of subscribers) sub.active = false;
      subscribers.clear();
    },
  };
}
