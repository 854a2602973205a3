import canonicalize from 'canonicalize';
import { KroniekError } from '../errors.js';
import type { EventStore, NewEvent, StoredEvent, VerifyResult } from './eventStore.js';

export interface CopyLogOptions {
  /**
   * Sets the target store's clock. When given, it is called with each batch's original
   * `recordedAt` just before the batch is appended, so that the copy keeps that time axis,
   * and verification then compares `recordedAt` too. Without it the target stamps its own.
   */
  setTargetClock?: (recordedAt: string) => void;
  /** Events per read page and at most per appended batch (default 500). */
  pageSize?: number;
  /** Called after every appended batch with the last position copied. */
  onProgress?: (position: number) => void;
}

export interface CopyLogResult {
  /** Events in the target after the copy (= events in the source that were copied or found). */
  total: number;
  /** Events written by this run. */
  copied: number;
  /** Events that were already in the target from an earlier, interrupted run. */
  alreadyThere: number;
  verified: Extract<VerifyResult, { ok: true }>;
}

/** The copy stopped because source and target disagree; nothing already written is undone. */
export class CopyError extends KroniekError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(500, 'Copy failed', message, details);
  }
}

/**
 * Copies the whole log of `from` into `to`, keeping ids, order, streams, revisions, types,
 * data and metadata, then verifies the result: the counts, every event compared one by one
 * (ids in order and content), and the target's own hash chain.
 *
 * The target must be empty or hold a prefix of the source (a run that was interrupted):
 * the prefix is checked and the copy goes on after it. Each batch is appended with the
 * exact expected revision, so a target written to by someone else meanwhile fails loudly.
 */
export async function copyLog(
  from: EventStore,
  to: EventStore,
  options: CopyLogOptions = {},
): Promise<CopyLogResult> {
  const pageSize = options.pageSize ?? 500;
  const keepRecordedAt = options.setTargetClock !== undefined;
  const start = await to.head();
  if (start > 0) await compareLogs(from, to, start, keepRecordedAt);

  let batch: StoredEvent[] = [];
  let copied = 0;
  const flush = async () => {
    const first = batch[0];
    if (!first) return;
    options.setTargetClock?.(first.recordedAt);
    const events: NewEvent[] = batch.map((e) => ({
      id: e.id,
      type: e.type,
      data: e.data,
      metadata: e.metadata,
    }));
    const expectedRevision = first.revision === 0 ? 'no_stream' : first.revision - 1;
    const result = await to.append(first.stream, events, { expectedRevision });
    const last = batch[batch.length - 1]!;
    if (result.appended.length !== batch.length || result.lastPosition !== last.position) {
      throw new CopyError(
        `target placed the batch ending at source position ${last.position} elsewhere`,
        {
          sourcePosition: last.position,
          targetPosition: result.lastPosition,
        },
      );
    }
    copied += batch.length;
    options.onProgress?.(last.position);
    batch = [];
  };

  for await (const event of from.streamAll({ after: start, limit: pageSize })) {
    const first = batch[0];
    const fits =
      first !== undefined &&
      first.stream === event.stream &&
      first.recordedAt === event.recordedAt &&
      batch.length < pageSize;
    if (first !== undefined && !fits) await flush();
    batch.push(event);
  }
  await flush();

  const total = await to.head();
  if (total !== start + copied) {
    throw new CopyError(`target holds ${total} events, expected ${start + copied}`, {
      total,
      expected: start + copied,
    });
  }
  await compareLogs(from, to, total, keepRecordedAt);
  const verified = await to.verify();
  if (!verified.ok) {
    throw new CopyError(
      `target fails its own verification at ${verified.brokenAt}: ${verified.reason}`,
      {
        brokenAt: verified.brokenAt,
      },
    );
  }
  if (verified.checked !== total) {
    throw new CopyError(`target verified ${verified.checked} events of ${total}`);
  }
  return { total, copied, alreadyThere: start, verified };
}

/** Compares the first `count` events of two logs, one by one. */
async function compareLogs(
  from: EventStore,
  to: EventStore,
  count: number,
  withRecordedAt: boolean,
): Promise<void> {
  const source = from.streamAll()[Symbol.asyncIterator]();
  const target = to.streamAll()[Symbol.asyncIterator]();
  try {
    for (let position = 1; position <= count; position++) {
      const [a, b] = await Promise.all([source.next(), target.next()]);
      if (a.done || b.done) {
        throw new CopyError(`${a.done ? 'source' : 'target'} ends before position ${position}`, {
          position,
        });
      }
      const difference = differs(a.value, b.value, position, withRecordedAt);
      if (difference) {
        throw new CopyError(`source and target differ at position ${position}: ${difference}`, {
          position,
        });
      }
    }
  } finally {
    await Promise.all([source.return?.(), target.return?.()]);
  }
}

/** Names the first field in which two stored events differ, or returns null. */
export function differs(
  a: StoredEvent,
  b: StoredEvent,
  position: number,
  withRecordedAt: boolean,
): string | null {
  if (a.position !== position || b.position !== position) return 'position';
  if (a.id !== b.id) return 'id';
  if (a.stream !== b.stream) return 'stream';
  if (a.revision !== b.revision) return 'revision';
  if (a.type !== b.type) return 'type';
  if (canonicalize(a.data) !== canonicalize(b.data)) return 'data';
  if (canonicalize(a.metadata) !== canonicalize(b.metadata)) return 'metadata';
  if (withRecordedAt && a.recordedAt !== b.recordedAt) return 'recordedAt';
  return null;
}
