import canonicalize from 'canonicalize';
import { z } from 'zod';
import {
  CancelledError,
  DeadlineExceededError,
  NO_STREAM,
  NotLeaderError,
  StreamNotFoundError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError,
  jsonEvent,
} from '@eventstore/db-client';
import type {
  AppendExpectedRevision,
  EventStoreDBClient,
  CurrentRevision,
  JSONEventData,
  JSONType,
  RecordedEvent,
} from '@eventstore/db-client';
import type { ExpectedRevision } from '../errors.js';
import { ConcurrencyError, KroniekError } from '../errors.js';
import type { StoredEvent } from './eventStore.js';
import { chainHash } from './chain.js';
import type { PreparedEvent } from './input.js';

/** The part of the client the adapter uses; tests hand in a stand-in for a server. */
export type EventStoreDbClientPort = Pick<
  EventStoreDBClient,
  'readStream' | 'appendToStream' | 'subscribeToAll' | 'dispose'
>;

/**
 * The one EventStoreDB stream that holds kroniek's whole log. Its stream revision r is
 * kroniek position r + 1, which is what makes positions dense: see docs/SCALING.md.
 */
export const DEFAULT_LOG_STREAM = 'kroniek-log';

/** 503: the configured store cannot be reached (start-up, or a call past its deadline). */
export class StoreUnavailableError extends KroniekError {
  constructor(message: string) {
    super(503, 'Store unavailable', message);
  }
}

/** 500: the store holds something kroniek did not write in the shape it writes. */
export class StoreCorruptError extends KroniekError {
  constructor(message: string) {
    super(500, 'Store corrupt', message);
  }
}

/**
 * kroniek's own fields, kept in the EventStoreDB event metadata under `kroniek`. The
 * caller's metadata travels beside it under `metadata`; `knownAt` and `source` are copies
 * lifted from the data for people browsing the cluster, never read back.
 */
const Envelope = z.object({
  kroniek: z.object({
    v: z.literal(1),
    stream: z.string().min(1),
    revision: z.number().int().nonnegative(),
    position: z.number().int().positive(),
    recordedAt: z.string().min(1),
    previousHash: z.string().regex(/^[0-9a-f]{64}$/),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  metadata: z.record(z.string(), z.unknown()),
});
export type Envelope = z.infer<typeof Envelope>;

/** Where a new event goes in the log, worked out by the adapter before the append. */
export interface Placement {
  stream: string;
  revision: number;
  position: number;
  recordedAt: string;
  previousHash: string;
}

/** Builds the EventStoreDB event for one prepared kroniek event, hash included. */
export function toEventData(
  event: PreparedEvent,
  at: Placement,
): { data: JSONEventData; hash: string } {
  const hash = chainHash({
    ...at,
    id: event.id,
    type: event.type,
    data: event.data,
    metadata: event.metadata,
  });
  const data = JSON.parse(event.data) as JSONType;
  const envelope: Envelope & Record<string, unknown> = {
    kroniek: { v: 1, ...at, hash },
    metadata: JSON.parse(event.metadata) as Record<string, unknown>,
    ...lookupCopies(data),
  };
  return { data: jsonEvent({ id: event.id, type: event.type, data, metadata: envelope }), hash };
}

function lookupCopies(data: unknown): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const copies: Record<string, unknown> = {};
  for (const key of ['knownAt', 'source'] as const) {
    if (key in data) copies[key] = (data as Record<string, unknown>)[key];
  }
  return copies;
}

/** Turns an event read from the log stream back into the port's shape. */
export function fromRecorded(recorded: RecordedEvent): StoredEvent {
  const parsed = Envelope.safeParse(recorded.metadata);
  if (!recorded.isJson || !parsed.success) {
    throw new StoreCorruptError(
      `event ${recorded.id} at ${recorded.streamId}/${recorded.revision} has no kroniek envelope`,
    );
  }
  const k = parsed.data.kroniek;
  if (BigInt(k.position) !== recorded.revision + 1n) {
    throw new StoreCorruptError(
      `event ${recorded.id} claims position ${k.position} but sits at log revision ${recorded.revision}`,
    );
  }
  return {
    position: k.position,
    stream: k.stream,
    revision: k.revision,
    id: recorded.id,
    type: recorded.type,
    data: recorded.data,
    metadata: parsed.data.metadata,
    recordedAt: k.recordedAt,
    hash: k.hash,
  };
}

/** Canonical (RFC 8785) JSON text, the form in which data and metadata enter the hash. */
export function canonicalText(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new StoreCorruptError('stored value is not representable as JSON');
  return text;
}

/** Recomputes a stored event's hash from its content and the hash before it. */
export function recomputeHash(event: StoredEvent, previousHash: string): string {
  return chainHash({
    position: event.position,
    stream: event.stream,
    revision: event.revision,
    id: event.id,
    type: event.type,
    data: canonicalText(event.data),
    metadata: canonicalText(event.metadata),
    recordedAt: event.recordedAt,
    previousHash,
  });
}

/** The previous hash a stored event was chained to, read from its envelope. */
export function previousHashOf(recorded: RecordedEvent): string {
  return Envelope.parse(recorded.metadata).kroniek.previousHash;
}

/** True when a stored event has the same type, data and metadata as a new one. */
export function sameContent(stored: StoredEvent, event: PreparedEvent): boolean {
  return (
    stored.type === event.type &&
    canonicalText(stored.data) === event.data &&
    canonicalText(stored.metadata) === event.metadata
  );
}

/**
 * The expected revision of the log stream when `length` events are known: the append is
 * a compare-and-set on the whole log, so that no other writer can slip in between.
 */
export function logExpectedRevision(length: number): AppendExpectedRevision {
  return length === 0 ? NO_STREAM : BigInt(length - 1);
}

/** A stream revision from the client (bigint, or 'no_stream') as the port has it. */
export function fromCurrentRevision(current: CurrentRevision): number | null {
  return current === NO_STREAM ? null : Number(current);
}

/** An expected revision from the client as the port has it. */
export function fromAppendExpected(expected: AppendExpectedRevision): ExpectedRevision {
  return typeof expected === 'bigint' ? Number(expected) : expected;
}

/** Maps the client's WrongExpectedVersionError to the port's ConcurrencyError. */
export function toConcurrencyError(error: WrongExpectedVersionError): ConcurrencyError {
  return new ConcurrencyError(
    error.streamName,
    fromAppendExpected(error.expectedVersion),
    fromCurrentRevision(error.actualVersion),
  );
}

export { checkExpected } from './expectedRevision.js';

/** True for the client's "stream does not exist", which reads treat as empty. */
export function isStreamNotFound(error: unknown): error is StreamNotFoundError {
  return error instanceof StreamNotFoundError;
}

/** Hides a password in a connection string before it goes into a message. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/**
 * Maps a client error to a typed kroniek error: lost connections and deadlines become
 * StoreUnavailableError, a wrong expected version ConcurrencyError; others pass as they are.
 */
export function mapClientError(error: unknown, url: string): unknown {
  if (error instanceof WrongExpectedVersionError) return toConcurrencyError(error);
  if (
    error instanceof UnavailableError ||
    error instanceof DeadlineExceededError ||
    error instanceof TimeoutError ||
    error instanceof CancelledError ||
    error instanceof NotLeaderError
  ) {
    return new StoreUnavailableError(`EventStoreDB at ${redactUrl(url)}: ${error.message}`);
  }
  return error;
}
