import { BACKWARDS, END } from '@eventstore/db-client';
import type { RecordedEvent } from '@eventstore/db-client';
import type { StoredEvent, VerifyResult } from './eventStore.js';
import type { EventStoreDbClientPort } from './eventStoreDbMapping.js';
import {
  StoreUnavailableError,
  fromRecorded,
  isStreamNotFound,
  previousHashOf,
  recomputeHash,
  redactUrl,
} from './eventStoreDbMapping.js';
import { GENESIS_HASH } from './chain.js';

/**
 * The first call to the cluster, with a deadline: an unreachable cluster fails start-up
 * with StoreUnavailableError instead of hanging. A log stream that does not exist yet is fine.
 */
export async function probe(
  client: EventStoreDbClientPort,
  log: string,
  url: string,
  timeoutMs: number,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const call = (async () => {
    const read = client.readStream(log, {
      direction: BACKWARDS,
      fromRevision: END,
      maxCount: 1,
      deadline: timeoutMs,
    });
    const first = read[Symbol.asyncIterator]();
    await first.next();
    await first.return?.();
  })();
  // The client's own deadline should fire first; this one guards against a call that never settles.
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${timeoutMs} ms`)),
      timeoutMs + 500,
    );
  });
  try {
    await Promise.race([call, deadline]);
  } catch (error) {
    if (isStreamNotFound(error)) return;
    await client.dispose().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreUnavailableError(`cannot reach EventStoreDB at ${redactUrl(url)}: ${reason}`);
  } finally {
    clearTimeout(timer);
    call.catch(() => undefined);
  }
}

/**
 * Walks the log stream from the start and recomputes the hash chain: each event must sit at
 * the position its envelope names, name the hash before it, and hash to what it stores.
 */
export async function verifyLog(
  readLog: (from: number, count: number) => Promise<RecordedEvent[]>,
): Promise<VerifyResult> {
  let previousHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const page = await readLog(checked, 1000);
    for (const recorded of page) {
      const expected = checked + 1;
      let event: StoredEvent;
      try {
        event = fromRecorded(recorded);
      } catch (error) {
        return { ok: false, checked, brokenAt: expected, reason: (error as Error).message };
      }
      if (previousHashOf(recorded) !== previousHash) {
        return {
          ok: false,
          checked,
          brokenAt: expected,
          reason: 'previous hash does not match the event before it',
        };
      }
      if (recomputeHash(event, previousHash) !== event.hash) {
        return {
          ok: false,
          checked,
          brokenAt: expected,
          reason: 'stored hash does not match the event and the hash before it',
        };
      }
      previousHash = event.hash;
      checked = expected;
    }
    if (page.length < 1000) return { ok: true, checked };
  }
}
