import { START, excludeSystemEvents } from '@eventstore/db-client';
import type {
  AllStreamSubscription,
  EventStoreDBClient,
  Position,
  ReadPosition,
} from '@eventstore/db-client';
import type { StoredEvent, Unsubscribe } from './eventStore.js';
import { fromRecorded } from './eventStoreDbMapping.js';

export interface TailOptions {
  client: Pick<EventStoreDBClient, 'subscribeToAll'>;
  logStream: string;
  /** Reads the log page after a kroniek position, used to close any gap the tail sees. */
  readPage: (after: number) => Promise<StoredEvent[]>;
  /** The $all position of the event at a kroniek position (undefined: read $all from the start). */
  allPositionOf: (position: number) => Promise<Position | undefined>;
  onError: (error: unknown) => void;
  /** Delay before resubscribing after a disconnect; doubles up to 16 times this (500 ms). */
  retryDelayMs?: number;
}

/**
 * Follows the log live through a subscription to `$all` that leaves out system events,
 * and hands each kroniek event to `listener` once, in position order. Positions drive
 * delivery: a repeat is dropped and a gap is filled from the log stream, so a resumed or
 * overlapping subscription neither loses nor repeats an event. After a disconnect it
 * resubscribes from the last `$all` position it delivered.
 */
export function createTail(
  options: TailOptions,
  listener: (event: StoredEvent) => void,
  after: number,
): Unsubscribe {
  const baseDelay = options.retryDelayMs ?? 500;
  let active = true;
  let current: AllStreamSubscription | undefined;
  let last = after;
  let resumeFrom: ReadPosition | undefined;

  const deliver = (event: StoredEvent) => {
    if (!active || event.position <= last) return;
    last = event.position;
    try {
      listener(event);
    } catch (error) {
      options.onError(error);
    }
  };

  const fillTo = async (position: number) => {
    while (active && last < position - 1) {
      const page = await options.readPage(last);
      if (page.length === 0) return;
      for (const event of page) if (event.position < position) deliver(event);
    }
  };

  const runOnce = async () => {
    resumeFrom ??= last === 0 ? START : ((await options.allPositionOf(last)) ?? START);
    const subscription = options.client.subscribeToAll({
      fromPosition: resumeFrom,
      filter: excludeSystemEvents(),
    });
    current = subscription;
    if (!active) return void subscription.unsubscribe();
    for await (const resolved of subscription) {
      const recorded = resolved.event;
      if (!active) break;
      if (!recorded || recorded.streamId !== options.logStream) continue;
      const event = fromRecorded(recorded);
      if (event.position > last + 1) await fillTo(event.position);
      deliver(event);
      resumeFrom = recorded.position;
    }
  };

  void (async () => {
    let failures = 0;
    // Yield first, so a listener is never called before `subscribe` has returned.
    await new Promise((resolve) => setImmediate(resolve));
    while (active) {
      try {
        await runOnce();
        failures = 0;
      } catch (error) {
        if (!active) return;
        options.onError(error);
        failures += 1;
      }
      if (!active) return;
      // The subscription ended or dropped: wait a little, then resume where it stopped.
      const delay = baseDelay * 2 ** Math.min(failures, 4);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  })();

  return () => {
    active = false;
    void current?.unsubscribe().catch(() => undefined);
  };
}
