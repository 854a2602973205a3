import type Database from 'better-sqlite3';
import { IdempotencyError } from '../errors.js';
import type { AppendResult, StoredEvent } from './eventStore.js';
import { chainHash } from './chain.js';
import { checkExpected } from './expectedRevision.js';
import type { CheckedBatch, PreparedEvent } from './input.js';
import type { Head, Row, Statements } from './sqliteStatements.js';
import { readHead, toStored } from './sqliteStatements.js';

/** What one write transaction knows: the head as it moves, and each touched stream's revision. */
export interface TxState extends Head {
  revisions: Map<string, number | null>;
  /** Build the appended `StoredEvent`s (results and subscribers need them; counts do not). */
  collect: boolean;
  /**
   * Stream revisions known from this instance's previous counted appends, when nothing was
   * appended to the file since (see `createBatchWriter`); null otherwise.
   */
  known: Map<string, number | null> | null;
}

/** One stream's batch written in a transaction: its result, and how many events were new. */
export interface Written {
  result: AppendResult;
  written: number;
}

/**
 * The one insert path of the SQLite store: appends a checked batch to one stream inside the
 * caller's transaction (or savepoint); `tx` moves along.
 *
 * Each event is inserted with its chain link; an id that is stored already is skipped by the
 * insert (ON CONFLICT on the id's unique index) and only then is the stored twin read: same
 * stream and content is a retry and is skipped, anything else an IdempotencyError. A twin earlier
 * in the same batch or transaction is found the same way, as it is stored by then. The expected
 * revision is checked after the loop, against the stream as it was, and only when something was
 * new (a batch stored already is a retry that succeeds whatever it expected) or the batch is
 * empty; a failure throws, and the caller's rollback undoes the inserts.
 */
export function appendInTx(
  sql: Statements,
  batch: CheckedBatch,
  recordedAt: string,
  tx: TxState,
): Written {
  const { stream, events, expected } = batch;
  let current = tx.revisions.get(stream);
  if (current === undefined) current = tx.known?.get(stream);
  if (current === undefined) current = sql.revision.get(stream)?.revision ?? null;
  let revision = current ?? -1;
  let written = 0;
  const appended: StoredEvent[] = [];
  for (const event of events) {
    const position = tx.position + 1;
    const link = {
      position,
      stream,
      revision: revision + 1,
      id: event.id,
      type: event.type,
      data: event.data,
      metadata: event.metadata,
      recordedAt,
      previousHash: tx.hash,
    };
    const hash = chainHash(link);
    const { changes } = sql.insertNewId.run(
      position,
      stream,
      link.revision,
      event.id,
      event.type,
      event.data,
      event.metadata,
      recordedAt,
      hash,
    );
    if (changes === 0) {
      const twin = sql.byId.get(event.id);
      if (!twin || twin.stream !== stream || !sameContent(twin, event))
        throw new IdempotencyError(event.id);
      continue;
    }
    revision = link.revision;
    tx.position = position;
    tx.hash = hash;
    written += 1;
    if (tx.collect) appended.push(toStored({ ...link, recorded_at: recordedAt, hash }));
  }
  if (written > 0 || events.length === 0) checkExpected(stream, expected, current);
  tx.revisions.set(stream, written > 0 ? revision : current);
  return {
    result: { nextRevision: revision, lastPosition: tx.position, appended },
    written,
  };
}

/** Data and metadata are canonical JSON text, so equal content is equal text. */
function sameContent(a: Row, b: PreparedEvent): boolean {
  return a.type === b.type && a.data === b.data && a.metadata === b.metadata;
}

/** A committed write transaction: the log's head before it and after it. */
export interface CommittedHead {
  from: Head;
  to: Head & { recordedAt: string };
}

export interface BatchWriterOptions {
  clock: () => Date;
  onCommitted?: (commit: CommittedHead) => void;
}

/** Most streams whose revision a counted append remembers for the next (see below). */
const BULK_REVISIONS_MAX = 250_000;

/**
 * Writes several streams' batches in one immediate transaction (appendMany and the counted bulk
 * appends). A counted append (collect false) remembers each stream's revision after it, and the
 * head it left: valid only while the log's head is still that head, since the log only grows and
 * any append since (through this instance or another connection) moves the head. The next
 * counted append then skips a revision query per stream.
 */
export function createBatchWriter(
  db: Database.Database,
  sql: Statements,
  options: BatchWriterOptions,
) {
  const bulkRevisions = new Map<string, number | null>();
  let bulkHead: Head | null = null;

  return (batches: CheckedBatch[], collect: boolean) => {
    const recordedAt = options.clock().toISOString();
    const outcome = db
      .transaction(() => {
        const head = readHead(sql);
        const known =
          !collect && bulkHead?.position === head.position && bulkHead.hash === head.hash
            ? bulkRevisions
            : null;
        const tx: TxState = { ...head, revisions: new Map(), collect, known };
        const done = batches.map((batch) => appendInTx(sql, batch, recordedAt, tx));
        return { done, from: head, tx, known };
      })
      .immediate();
    const { tx } = outcome;
    if (tx.position > outcome.from.position)
      options.onCommitted?.({
        from: { position: outcome.from.position, hash: outcome.from.hash },
        to: { position: tx.position, hash: tx.hash, recordedAt },
      });
    if (!collect) {
      // Committed: remember the revisions for the next counted append.
      if (outcome.known === null || bulkRevisions.size > BULK_REVISIONS_MAX) bulkRevisions.clear();
      for (const [stream, revision] of tx.revisions) bulkRevisions.set(stream, revision);
      bulkHead = { position: tx.position, hash: tx.hash };
    }
    return {
      results: outcome.done.map((d) => d.result),
      lastPosition: tx.position,
      written: outcome.done.reduce((n, d) => n + d.written, 0),
    };
  };
}
