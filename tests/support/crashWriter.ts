/**
 * A writer process for the crash and backup tests: appends the synthetic log batch after batch
 * to a store file until it is killed. It resumes after the last stored batch, appends with the
 * exact expected revision, and acknowledges each batch (`<batch> <lastPosition>` + fsync) in a
 * side file only AFTER append has returned.
 *
 * Usage: node crashWriter.mjs <db> <ack-file> [pause-ms] [die-after-inserts]
 * With die-after-inserts = n the process SIGKILLs itself right after the store's n-th row insert,
 * which, in a batch of several events, is inside the store's open transaction.
 */
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';
import { createSqliteEventStore } from '../../service/src/store/sqlite.js';
import { batchTime, revisionBefore, syntheticBatch } from './syntheticLog.js';

async function main(dbPath: string, ackPath: string, pauseMs: number): Promise<void> {
  let batch = 0;
  const store = createSqliteEventStore({ path: dbPath, clock: () => batchTime(batch) });
  const head = await store.head();
  const [last] = head > 0 ? await store.readAll({ after: head - 1, limit: 1 }) : [];
  batch = last ? Number(last.metadata.batch) + 1 : 0;
  const ack = openSync(ackPath, 'a');
  process.stdout.write(`ready ${batch}\n`);
  try {
    for (;;) {
      const { stream, events } = syntheticBatch(batch);
      const expectedRevision = revisionBefore(batch) ?? 'no_stream';
      const result = await store.append(stream, events, { expectedRevision });
      if (result.appended.length !== events.length) {
        throw new Error(`batch ${batch} was stored already: the writer resumed at the wrong batch`);
      }
      writeSync(ack, `${batch} ${result.lastPosition}\n`);
      fsyncSync(ack);
      batch += 1;
      if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  } finally {
    closeSync(ack);
    await store.close();
  }
}

/** Wraps the store's INSERT statement so the process dies after `n` inserted rows. */
function dieAfterInserts(n: number): void {
  let left = n;
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function (this: Database.Database, source: string) {
    const statement = prepare.call(this, source);
    if (!source.includes('INSERT INTO events')) return statement;
    const run = statement.run.bind(statement) as (...params: unknown[]) => Database.RunResult;
    statement.run = (...params: unknown[]) => {
      const result = run(...params);
      left -= 1;
      if (left === 0) process.kill(process.pid, 'SIGKILL');
      return result;
    };
    return statement;
  } as typeof prepare;
}

const [dbPath, ackPath, pause, die] = process.argv.slice(2);
if (die !== undefined) dieAfterInserts(Number(die));
if (!dbPath || !ackPath) {
  console.error('usage: crashWriter <db> <ack-file> [pause-ms]');
  process.exit(2);
}
main(dbPath, ackPath, Number(pause ?? 0)).catch((error: unknown) => {
  console.error('crashWriter failed:', error);
  process.exit(1);
});
