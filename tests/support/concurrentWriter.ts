/**
 * One of several writer processes that append to the same stream of the same store file.
 * Waits for a `go` line on stdin, then appends `count` batches (one or two events) with the
 * revision it believes the stream is at; on a ConcurrencyError it takes the actual revision
 * from the error and tries again. Every acknowledged batch is then sent once more with its old,
 * stale expected revision, as a client that lost the answer would: that must append nothing.
 * Prints one JSON line per outcome. Usage: node concurrentWriter.mjs <db> <writer> <count> <stream>
 */
import { createInterface } from 'node:readline';
import { deriveEventId } from '@kroniek/events';
import { ConcurrencyError } from '../../service/src/errors.js';
import type { ExpectedRevision } from '../../service/src/errors.js';
import type { NewEvent } from '../../service/src/store/eventStore.js';
import { createSqliteEventStore } from '../../service/src/store/sqlite.js';

const say = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);

const event = (writer: number, n: number, part: number): NewEvent => ({
  id: deriveEventId('synthetic-concurrency', `w${writer}-n${n}-p${part}`),
  type: 'ThingHappened',
  data: { writer, n, part },
  metadata: { writer },
});

async function main(dbPath: string, writer: number, count: number, stream: string) {
  const store = createSqliteEventStore({
    path: dbPath,
    clock: () => new Date(Date.UTC(2025, 6, 1)),
  });
  const lines = createInterface({ input: process.stdin });
  say({ kind: 'ready', writer });
  await new Promise<void>((resolve) => lines.once('line', () => resolve()));
  lines.close();

  let expected: ExpectedRevision = 'no_stream';
  const acknowledged: { events: NewEvent[]; expected: ExpectedRevision; revision: number }[] = [];
  for (let n = 0; n < count; n++) {
    const events = n % 3 === 0 ? [event(writer, n, 0), event(writer, n, 1)] : [event(writer, n, 0)];
    for (;;) {
      try {
        const result = await store.append(stream, events, { expectedRevision: expected });
        say({
          kind: 'appended',
          ids: events.map((e) => e.id),
          expected,
          revisions: result.appended.map((e) => e.revision),
          nextRevision: result.nextRevision,
        });
        acknowledged.push({ events, expected, revision: result.nextRevision });
        expected = result.nextRevision;
        break;
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
        say({ kind: 'conflict', expected: error.expected, actual: error.actual });
        expected = error.actual ?? 'no_stream';
      }
    }
    // Let the other writers in between appends, so that they contend for the stream.
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  for (const ack of acknowledged) {
    const again = await store.append(stream, ack.events, { expectedRevision: ack.expected });
    say({ kind: 'retried', ids: ack.events.map((e) => e.id), appended: again.appended.length });
  }
  say({ kind: 'done', writer });
  await store.close();
}

const [dbPath, writer, count, stream] = process.argv.slice(2);
if (!dbPath || !writer || !count || !stream) {
  console.error('usage: concurrentWriter <db> <writer> <count> <stream>');
  process.exit(2);
}
main(dbPath, Number(writer), Number(count), stream).catch((error: unknown) => {
  console.error('concurrentWriter failed:', error);
  process.exit(1);
});
