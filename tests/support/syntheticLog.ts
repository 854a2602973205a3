import { deriveEventId, SCHEMA_VERSION } from '@kroniek/events';
import type { KroniekEvent } from '@kroniek/events';
import type { NewEvent } from '../../service/src/store/eventStore.js';

/**
 * A deterministic log of valid, synthetic KroniekEvents in numbered batches, for the reliability
 * tests: a writer that is killed and restarted can recompute exactly what batch n holds, and the
 * test can check that the store holds exactly that. Synthetic data never enters the real record.
 */
export const SYNTHETIC_DOC = 'synthetic-reliability';
export const SYNTHETIC_STREAMS = 5;

const QUOTATION = 'synthetisch';
const CATEGORIES = ['ukraine-support', 'nato-deterrence', 'defence-industry'] as const;
const DAY0 = Date.UTC(2024, 0, 1);

export interface SyntheticBatch {
  batch: number;
  stream: string;
  events: NewEvent[];
}

/** The stream batch `b` goes to. */
export const streamOf = (b: number) => `synthetic-subject-${b % SYNTHETIC_STREAMS}`;

/** Events in batch `b`: mostly 1 to 5; every fourth batch 20 to 40, so a kill can land inside one. */
export const sizeOf = (b: number) => (b % 4 === 2 ? 20 + ((b * 7) % 21) : 1 + ((b * 7) % 5));

/** The recordedAt stamp of batch `b`, so that a rerun writes the very same chain. */
export const batchTime = (b: number) => new Date(Date.UTC(2025, 6, 1) + b * 1000);

/** The revision stream `streamOf(b)` is at before batch `b` (null: the stream is new). */
export function revisionBefore(b: number): number | null {
  let count = 0;
  for (let earlier = b % SYNTHETIC_STREAMS; earlier < b; earlier += SYNTHETIC_STREAMS)
    count += sizeOf(earlier);
  return count === 0 ? null : count - 1;
}

/** The events of batch `b`, as a writer hands them to a store. */
export function syntheticBatch(b: number): SyntheticBatch {
  const stream = streamOf(b);
  const size = sizeOf(b);
  const events = Array.from({ length: size }, (_, j): NewEvent => {
    const event = syntheticEvent(b, j, stream);
    return { id: event.id, type: event.type, data: event, metadata: { batch: b, size, index: j } };
  });
  return { batch: b, stream, events };
}

const eventId = (b: number, j: number) => deriveEventId(SYNTHETIC_DOC, `b${b}-e${j}`);

function syntheticEvent(b: number, j: number, subject: string): KroniekEvent {
  const day = new Date(DAY0 + ((b * 3 + j) % 700) * 86_400_000).toISOString().slice(0, 10);
  const base: Omit<Extract<KroniekEvent, { type: 'StatementMade' }>, 'type'> = {
    id: eventId(b, j),
    schemaVersion: SCHEMA_VERSION,
    subject,
    title: `Synthetisch feit ${b}.${j}`,
    category: CATEGORIES[b % CATEGORIES.length]!,
    occurred: { precision: 'day', date: day },
    knownAt: { date: { precision: 'day', date: day }, basis: 'public-at-occurrence' },
    source: {
      documentId: SYNTHETIC_DOC,
      location: { section: 'synthetic', start: 0, end: QUOTATION.length },
      quotation: QUOTATION,
    },
    actors: [{ id: 'nl', name: 'Nederland', role: 'announcer' }],
  };
  // Amendments target the first event of the batch five back: the same stream, always a fact.
  // The checks parse every stored event with the KroniekEvent schema, so a drifting fixture fails.
  const target = b >= SYNTHETIC_STREAMS ? eventId(b - SYNTHETIC_STREAMS, 0) : null;
  if (j === 0 && target && b % 4 === 3) {
    return {
      ...base,
      type: 'EventCorrected',
      corrects: target,
      changes: { title: `Gecorrigeerd feit ${b - SYNTHETIC_STREAMS}.0` },
      reason: 'synthetische correctie',
    };
  }
  if (j === 0 && target && b % 4 === 1 && b % 3 === 0) {
    return { ...base, type: 'EventRetracted', retracts: target, reason: 'synthetische intrekking' };
  }
  if ((b + j) % 3 === 0) {
    const exact = b % 2 === 0;
    return {
      ...base,
      type: 'SupportCommitted',
      money: [
        {
          currency: 'EUR',
          amount: exact
            ? { kind: 'exact', value: (b % 97) * 1_000_000 }
            : { kind: 'range', low: 100_000_000, high: 900_000_000 },
          approximate: exact,
          wording: exact ? `circa €${b % 97} mln` : 'honderden miljoenen',
        },
      ],
    };
  }
  return { ...base, type: (b + j) % 3 === 1 ? 'StatementMade' : 'AnnouncementMade' };
}
