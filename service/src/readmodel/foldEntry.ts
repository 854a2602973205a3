import { EVENT_TYPES, parseStoredEvent, upcast } from '@kroniek/events';
import type { KroniekEvent } from '@kroniek/events';
import type { LogEntry } from './readModelTypes.js';

/*
 * A log row as a read model's fold takes it: parsed, lifted to the current schema, and checked
 * only in the fields the fold reads. Used by the feed in this thread and by the fold worker
 * (engine/foldWorker.ts), which hands a row that does not pass back whole, so that this same
 * code parses it here and throws the same error at the same position.
 */

const KNOWN_TYPES = new Set<string>(EVENT_TYPES);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalArray = (v: unknown) => v === undefined || Array.isArray(v);

/** The fields a read model's fold reads have the types it expects (not a full validation). */
export function foldable(e: unknown): e is KroniekEvent {
  if (!isObject(e) || typeof e.type !== 'string' || !KNOWN_TYPES.has(e.type)) return false;
  if (typeof e.id !== 'string' || typeof e.subject !== 'string') return false;
  if (typeof e.category !== 'string' || typeof e.title !== 'string') return false;
  if (!isObject(e.occurred) || !isObject(e.knownAt) || !isObject(e.knownAt.date)) return false;
  if (!Array.isArray(e.actors) || !optionalArray(e.money) || !optionalArray(e.quantities))
    return false;
  if (e.type === 'EventCorrected') return typeof e.corrects === 'string' && isObject(e.changes);
  if (e.type === 'EventRetracted') return typeof e.retracts === 'string';
  if (e.type === 'EventCorroborated') return typeof e.corroborates === 'string';
  return true;
}

/** A stored event, or a lean row of one with its data still JSON text. */
export type Foldable =
  | { position: number; recordedAt: string; data: unknown }
  | { position: number; recordedAt: string; json: string };

/**
 * A stored event for a read model's fold at start-up: lifted to the current schema and
 * checked only in the fields the fold reads. Every event was validated in full at the door
 * when it was written, and the hash chain checks catch a row changed in the file since, so
 * neither the fold nor the loading of the bodies a response shows pays for a full schema
 * parse of every event. Anything that does not look like an event gets the full parse, and its
 * error.
 */
export function toFoldEntry(stored: Foldable): LogEntry {
  // Parsed here, one event at a time, so a page of bodies never outlives the young generation.
  const data = upcast('json' in stored ? JSON.parse(stored.json) : stored.data);
  return {
    position: stored.position,
    recordedAt: stored.recordedAt,
    event: foldable(data) ? data : parseStoredEvent(data),
  };
}
