import type Database from 'better-sqlite3';
import type { AppendResult } from './eventStore.js';
import { GENESIS_HASH } from './chain.js';
import type { CheckedBatch } from './input.js';
import { writeErrorOf } from './sqliteErrors.js';
import type { Head, Statements } from './sqliteStatements.js';
import { readHead } from './sqliteStatements.js';
import { appendInTx } from './sqliteWrite.js';
import type { CommittedHead, TxState } from './sqliteWrite.js';

/** An `append` waiting for its group's transaction. */
interface QueuedAppend {
  batch: CheckedBatch;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

export interface GroupCommitOptions {
  clock: () => Date;
  onCommitted?: (commit: CommittedHead) => void;
  /** Gets the events of each committed group, in log order. */
  publish: (results: AppendResult[]) => void;
}

/** The group commit of a SQLite store (see createSqliteEventStore). */
export interface GroupCommit {
  /** Queues one append for the end of this turn of the event loop; settles after the commit. */
  enqueue(batch: CheckedBatch): Promise<AppendResult>;
  /** Writes the appends still waiting, now (every other method of the store calls it first). */
  flush(): void;
}

/**
 * `append`s called in the same turn of the event loop are written in one transaction when the
 * turn ends, each in its own savepoint with its own checks and chain links, in call order; one
 * that fails is rolled back alone and only its caller gets the error.
 */
export function createGroupCommit(
  db: Database.Database,
  sql: Statements,
  options: GroupCommitOptions,
): GroupCommit {
  let queue: QueuedAppend[] = [];

  /** One append of a group, in a savepoint of the group's transaction (nested = savepoint). */
  const appendInSavepoint = db.transaction(
    (batch: CheckedBatch, recordedAt: string, tx: TxState) =>
      appendInTx(sql, batch, recordedAt, tx).result,
  );

  const flush = () => {
    if (queue.length === 0) return;
    const group = queue;
    queue = [];
    let outcomes: ({ ok: AppendResult } | { error: unknown })[];
    let committed: CommittedHead;
    try {
      // Inside the try: whatever fails here (the clock too) reaches the callers, never the loop.
      const recordedAt = options.clock().toISOString();
      // Filled in the transaction; kept to tell onCommitted where the group started and ended.
      const from: Head = { position: 0, hash: GENESIS_HASH };
      const tx: TxState = { ...from, revisions: new Map(), collect: true, known: null };
      outcomes = db
        .transaction(() => {
          Object.assign(from, readHead(sql));
          Object.assign(tx, from);
          // Alone, a failure rolls back the whole transaction and reaches the caller below.
          if (group.length === 1)
            return [{ ok: appendInTx(sql, group[0]!.batch, recordedAt, tx).result }];
          return group.map(({ batch }) => {
            const before = {
              position: tx.position,
              hash: tx.hash,
              revisions: new Map(tx.revisions),
            };
            try {
              return { ok: appendInSavepoint(batch, recordedAt, tx) };
            } catch (error) {
              // Some errors (disk full, I/O) make SQLite roll back the whole transaction: then
              // nothing of the group is written, and every caller gets the error.
              if (!db.inTransaction) throw error;
              Object.assign(tx, before);
              return { error: writeErrorOf(error) };
            }
          });
        })
        .immediate();
      committed = { from, to: { position: tx.position, hash: tx.hash, recordedAt } };
    } catch (error) {
      for (const waiting of group) waiting.reject(writeErrorOf(error));
      return;
    }
    if (committed.to.position > committed.from.position) options.onCommitted?.(committed);
    options.publish(outcomes.flatMap((o) => ('ok' in o ? [o.ok] : [])));
    outcomes.forEach((o, i) => {
      if ('ok' in o) group[i]!.resolve(o.ok);
      else group[i]!.reject(o.error);
    });
  };

  return {
    enqueue(batch) {
      return new Promise<AppendResult>((resolve, reject) => {
        if (queue.length === 0) setImmediate(flush);
        queue.push({ batch, resolve, reject });
      });
    },
    flush,
  };
}
