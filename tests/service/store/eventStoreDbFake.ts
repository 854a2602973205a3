import {
  BACKWARDS,
  END,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import type {
  AllStreamRecordedEvent,
  AllStreamResolvedEvent,
  AppendExpectedRevision,
  EventData,
  Filter,
  Position,
  ReadPosition,
  ReadRevision,
} from '@eventstore/db-client';
import type { EventStoreDbClientPort } from '@kroniek/service';

/**
 * A stand-in for one EventStoreDB node, in memory, with the behaviour the adapter relies
 * on as the client documents it: expected revisions with WrongExpectedVersionError,
 * StreamNotFoundError on reading a missing stream, JSON through bytes, sparse `$all`
 * positions with system events in between, filtered catch-up subscriptions to `$all`.
 * It is not a server: what only a real cluster shows stays for the suite with EVENTSTORE_URL.
 */
export interface FakeEventStoreDb {
  client: EventStoreDbClientPort;
  /** Drops every open subscription, as a lost connection would. */
  dropSubscriptions(): void;
  /** Appends calls that fail before reaching the server, from now on. */
  failAppends(error: Error | null): void;
  /** Writes an event of someone else's into the log stream, as a foreign writer would. */
  appendRaw(stream: string, event: EventData): void;
  /** Every event in `$all` order, system events included. */
  all(): AllStreamRecordedEvent[];
}

/** Creates an empty fake node. */
export function createFakeEventStoreDb(): FakeEventStoreDb {
  const all: AllStreamRecordedEvent[] = [];
  const streams = new Map<string, AllStreamRecordedEvent[]>();
  const waiting = new Set<() => void>();
  const subscriptions = new Set<{ drop: (error: Error) => void }>();
  let failure: Error | null = null;
  let commit = 1000n;

  const write = (stream: string, event: EventData) => {
    const list = streams.get(stream) ?? [];
    commit += 137n; // positions in $all are byte offsets: sparse, growing
    const recorded = {
      streamId: stream,
      id: event.id,
      isJson: event.contentType === 'application/json',
      revision: BigInt(list.length),
      type: event.type,
      created: new Date(0),
      data: JSON.parse(JSON.stringify(event.data)) as unknown,
      metadata:
        event.metadata === undefined
          ? undefined
          : (JSON.parse(JSON.stringify(event.metadata)) as unknown),
      position: { commit, prepare: commit },
    } as AllStreamRecordedEvent;
    list.push(recorded);
    streams.set(stream, list);
    all.push(recorded);
  };

  const wake = () => {
    for (const resolve of [...waiting]) resolve();
    waiting.clear();
  };

  const systemEvent = (): EventData => ({
    id: crypto.randomUUID(),
    contentType: 'application/json',
    type: '$statsCollected',
    data: {},
    metadata: undefined,
  });

  const check = (stream: string, expected: AppendExpectedRevision) => {
    const current = (streams.get(stream)?.length ?? 0) - 1;
    const ok =
      expected === 'any' ||
      (expected === NO_STREAM && current < 0) ||
      (expected === STREAM_EXISTS && current >= 0) ||
      (typeof expected === 'bigint' && BigInt(current) === expected);
    if (!ok) {
      throw new WrongExpectedVersionError(undefined, {
        streamName: stream,
        expected,
        current: current < 0 ? NO_STREAM : BigInt(current),
      });
    }
  };

  const matches = (event: AllStreamRecordedEvent, filter: Filter | undefined) => {
    if (!filter) return true;
    const subject = filter.filterOn === 'eventType' ? event.type : event.streamId;
    return 'regex' in filter
      ? new RegExp(filter.regex).test(subject)
      : filter.prefixes.some((p) => subject.startsWith(p));
  };

  const after = (from: ReadPosition) => {
    if (from === START) return 0;
    if (from === END) return all.length;
    const p = from as Position;
    return all.findIndex((e) => e.position.commit > p.commit) === -1
      ? all.length
      : all.findIndex((e) => e.position.commit > p.commit);
  };

  const client = {
    async appendToStream(
      stream: string,
      events: EventData | EventData[],
      options?: { expectedRevision?: AppendExpectedRevision },
    ) {
      await Promise.resolve();
      if (failure) throw failure;
      check(stream, options?.expectedRevision ?? 'any');
      const batch = Array.isArray(events) ? events : [events];
      for (const event of batch) write(stream, event);
      // The server writes its own statistics now and then; they show up in $all.
      if (all.length % 5 === 0) write('$stats-127.0.0.1:2113', systemEvent());
      wake();
      const last = all[all.length - 1]!;
      return {
        success: true,
        nextExpectedRevision: BigInt(streams.get(stream)!.length - 1),
        position: last.position,
      };
    },

    readStream(
      stream: string,
      options: { fromRevision?: ReadRevision; maxCount?: number | bigint; direction?: string } = {},
    ) {
      return (async function* () {
        await Promise.resolve();
        const list = streams.get(stream);
        if (!list) throw new StreamNotFoundError(undefined, stream);
        const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
        if (options.direction === BACKWARDS) {
          const from =
            options.fromRevision === END || options.fromRevision === undefined
              ? list.length - 1
              : Number(options.fromRevision);
          for (let i = from, n = 0; i >= 0 && n < max; i--, n++) yield { event: list[i] };
          return;
        }
        const from =
          options.fromRevision === START || options.fromRevision === undefined
            ? 0
            : Number(options.fromRevision);
        for (let i = from, n = 0; i < list.length && n < max; i++, n++) yield { event: list[i] };
      })();
    },

    subscribeToAll(options: { fromPosition?: ReadPosition; filter?: Filter } = {}) {
      let active = true;
      let dropped: Error | null = null;
      let wakeMe: (() => void) | undefined;
      const entry = {
        drop: (error: Error) => {
          dropped = error;
          wakeMe?.();
        },
      };
      subscriptions.add(entry);
      const iterate = async function* (): AsyncGenerator<AllStreamResolvedEvent> {
        let next = after(options.fromPosition ?? START);
        try {
          while (active) {
            if (dropped) throw dropped;
            if (next < all.length) {
              const event = all[next++]!;
              if (matches(event, options.filter))
                yield { event, commitPosition: event.position.commit };
              continue;
            }
            await new Promise<void>((resolve) => {
              wakeMe = resolve;
              waiting.add(resolve);
            });
          }
        } finally {
          subscriptions.delete(entry);
        }
      };
      const generator = iterate();
      return Object.assign(generator, {
        async unsubscribe() {
          active = false;
          wakeMe?.();
        },
      });
    },

    async dispose() {
      for (const s of subscriptions) s.drop(new Error('client disposed'));
    },
  };

  return {
    client: client as unknown as EventStoreDbClientPort,
    dropSubscriptions() {
      for (const s of [...subscriptions])
        s.drop(new UnavailableError(undefined, 'UNAVAILABLE: connection reset'));
    },
    failAppends(error) {
      failure = error;
    },
    appendRaw(stream, event) {
      write(stream, event);
      wake();
    },
    all: () => [...all],
  };
}
