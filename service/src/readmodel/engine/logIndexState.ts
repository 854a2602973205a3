import { EVENT_TYPES } from '@kroniek/events';
import type { EventType } from '@kroniek/events';
import type { Amendment, Corroboration } from '../facts.js';
import type { LogEntry } from '../readModelTypes.js';
import { StateShapeError } from './growable.js';
import type { FieldState } from './growable.js';
import { TYPE_CODE } from './typeCodes.js';

/**
 * The version of LogIndexState. Bump it whenever what `apply` computes changes meaning (a
 * column's encoding, a rule of the temporal axes, the upcaster), or the state gains or loses
 * a part that is not one of the generic field sets below: a snapshot written by other code
 * is then ignored (full fold) instead of trusted. Fields added to the fact columns `f`, the
 * id table or the amount store are saved and checked by name and type without a bump, and
 * the type column is read by kind name (`kinds`): a new event kind needs no bump either.
 */
export const LOG_INDEX_STATE_VERSION = 3;

/**
 * Everything `apply` built, as plain data (typed arrays, strings, arrays, maps and the
 * amendment objects, shared where the index shares them), for a snapshot: see snapshot.ts.
 * Restored only into an empty index by restoreState.
 */
export interface LogIndexState {
  stateVersion: number;
  /**
   * The kinds by code, as the writer's vocabulary ordered them: the type column is read by
   * these names, so a kind added (anywhere in EVENT_TYPES) never shifts an old snapshot's codes.
   */
  kinds: readonly string[];
  /** the per-fact columns, field by field (see saveFields) */
  columns: Record<string, FieldState>;
  actorId: Int32Array;
  interners: { subjects: string[]; categories: string[]; actors: string[] };
  factsById: Record<string, FieldState>;
  amountStore: Record<string, FieldState>;
  amendmentsById: Map<string, { amendment: Amendment; target: string }>;
  allAmendments: Amendment[];
  amendmentsOf: Amendment[][];
  amendedFacts: number[];
  waiting: Map<string, Amendment[]>;
  /** corroborations by id, with the id of the fact they state */
  corroborationsById: Map<string, { corroboration: Corroboration; target: string }>;
  /** the corroborations of each slot (parallel to amendmentsOf) */
  corroborationsOf: Corroboration[][];
  /** corroborations recorded before the fact they state, by its id */
  corroborationsWaiting: Map<string, Corroboration[]>;
  relatedTo: Map<string, number[]>;
  fulfilments: Map<string, number[]>;
  /** the entries themselves, for an index without a body loader; null with one */
  held: LogEntry[] | null;
  lastPosition: number;
  version: number;
}

/**
 * How the type codes of a state written with the vocabulary `kinds` become this code's: null
 * when they are the same, else the new code of each old one. Throws a StateShapeError when a
 * kind of the state is not in this vocabulary (a snapshot is then refused, never misread).
 */
export function typeRecoding(kinds: unknown): Uint8Array | null {
  if (!Array.isArray(kinds) || !kinds.every((k) => typeof k === 'string'))
    throw new StateShapeError('the kinds of the type column are missing');
  if (kinds.length === EVENT_TYPES.length && kinds.every((k, i) => k === EVENT_TYPES[i]))
    return null;
  return Uint8Array.from(kinds, (k: string) => {
    const code = TYPE_CODE.get(k as EventType);
    if (code === undefined) throw new StateShapeError(`kind '${k}' is not in this vocabulary`);
    return code;
  });
}

export const badCode = (code: number): never => {
  throw new StateShapeError(`type code ${code} names no kind of the state`);
};
