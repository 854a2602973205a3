import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { createReadModel, createSqliteEventStore, toLogEntry } from '@kroniek/service';
import type { EventStore, NewEvent, ReadModel, SqliteEventStore } from '@kroniek/service';
import { SYNTHETIC_STREAMS, streamOf, syntheticBatch } from './syntheticLog.js';

/** What the checks have established about the synthetic log so far. */
export interface LogState {
  /** Last position checked. */
  position: number;
  /** Batches found complete: 0 .. batches - 1. */
  batches: number;
  /** Last position of each batch. */
  batchEnd: number[];
  /** Last revision per stream. */
  revisions: Map<string, number>;
  /** A read model fed part by part, after each check. */
  live: ReadModel;
}

/** A fixed 'today' for read models, so that replays do not move with the wall clock. */
export const TODAY = '2026-01-01';

export function createLogState(): LogState {
  return {
    position: 0,
    batches: 0,
    batchEnd: [],
    revisions: new Map(),
    live: createReadModel({ today: () => TODAY }),
  };
}

/** Opens a store file for checks; its clock throws, so a check can never write. */
export function openForCheck(path: string): SqliteEventStore {
  return createSqliteEventStore({
    path,
    clock: () => {
      throw new Error('a check must not append');
    },
  });
}

/**
 * Checks the events written since the last check: positions and revisions contiguous, batches
 * whole and in order, each event exactly what the synthetic log says batch n holds. Feeds them
 * to `state.live`.
 */
export async function checkNewEvents(store: EventStore, state: LogState): Promise<number> {
  let open: { batch: number; next: number; events: NewEvent[] } | null = null;
  let checked = 0;
  for await (const stored of store.streamAll({ after: state.position, limit: 1000 })) {
    expect(stored.position, 'positions are contiguous').toBe(state.position + 1);
    const revision = (state.revisions.get(stored.stream) ?? -1) + 1;
    expect(stored.revision, `revision in ${stored.stream}`).toBe(revision);
    const { batch, index } = stored.metadata as { batch: number; index: number };
    if (open === null) {
      expect(batch, `batch after ${state.batches - 1}`).toBe(state.batches);
      expect(index, `batch ${batch} starts at its first event`).toBe(0);
      open = { batch, next: 0, events: syntheticBatch(batch).events };
    }
    const expected = open.events[open.next];
    expect(expected, `batch ${open.batch} has no event ${open.next}`).toBeDefined();
    expect({ stream: stored.stream, batch, index, id: stored.id, type: stored.type }).toEqual({
      stream: streamOf(open.batch),
      batch: open.batch,
      index: open.next,
      id: expected!.id,
      type: expected!.type,
    });
    expect(stored.data).toEqual(expected!.data);
    expect(stored.metadata).toEqual(expected!.metadata);
    state.revisions.set(stored.stream, revision);
    state.position = stored.position;
    state.live.apply(toLogEntry(stored));
    checked += 1;
    open.next += 1;
    if (open.next === open.events.length) {
      state.batchEnd[open.batch] = stored.position;
      state.batches = open.batch + 1;
      open = null;
    }
  }
  expect(open, 'no partial batch at the end of the log').toBeNull();
  return checked;
}

/** The acknowledged batches in an ack file (`<batch> <lastPosition>` lines); a torn last line is not an ack. */
export function readAcks(path: string): { batch: number; position: number }[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  const complete = text.slice(0, text.lastIndexOf('\n') + 1);
  return complete
    .split('\n')
    .filter((l) => l !== '')
    .map((line) => {
      const [batch, position] = line.split(' ').map(Number);
      return { batch: batch!, position: position! };
    });
}

/** Every acknowledged batch is stored, ending at the position the writer was told. */
export function checkAcks(acks: { batch: number; position: number }[], state: LogState): void {
  for (const ack of acks) {
    expect(ack.batch, `acknowledged batch ${ack.batch} is stored`).toBeLessThan(state.batches);
    expect(state.batchEnd[ack.batch], `end of batch ${ack.batch}`).toBe(ack.position);
  }
}

/** The answers of a read model to a fixed set of queries, for comparing two models. */
export function readModelAnswers(model: ReadModel, recordedAsOf: string) {
  const streams = Array.from({ length: SYNTHETIC_STREAMS }, (_, s) => streamOf(s));
  return {
    position: model.position(),
    timeline: model.timeline({ limit: 200, includeRetracted: true }),
    replay: model.timeline({ limit: 50, recordedAsOf }),
    subjects: model.subjects(),
    subject: streams.map((s) => model.subject(s)),
    actors: model.actors(),
    perMonth: model.chart('events-per-month'),
    money: model.chart('money-cumulative'),
    changes: model.changes('2023-12-31', '2026-12-31'),
  };
}
