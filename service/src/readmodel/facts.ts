import type { EventOf, FactEvent } from '@kroniek/events';
import type { OccurredKey } from '../temporal/axes.js';

/*
 * The engine's records as views see them: a fact with its body, and the amendments aimed at
 * it. Plain data: the engine builds them (engine/logIndex.ts), views and resolve.ts read them.
 */

export type AmendmentEvent = EventOf<'EventCorrected'> | EventOf<'EventRetracted'>;

/** A correction or retraction; kept whole (about 1% of a log), with its effect as integers. */
export interface Amendment {
  event: AmendmentEvent;
  position: number;
  recordedAt: string;
  recordedMs: number;
  knownOnDay: number;
  knownOn: string;
  retracts: boolean;
  /** the corrected occurred date, when the correction changes it */
  occ: OccurredKey | null;
  precision: number;
  /** the corrected knownOn day, when the correction changes knownAt */
  knownOnChange: number | null;
  /** the corrected earliest knownAt day (temporal/status.ts), when it changes knownAt */
  knownFromChange: number | null;
}

/**
 * Another source stating a fact (an EventCorroborated), with the corrections and retractions
 * aimed at it. Kept whole, like amendments: corroborations are few.
 */
export interface Corroboration {
  event: EventOf<'EventCorroborated'>;
  position: number;
  recordedAt: string;
  recordedMs: number;
  knownOnDay: number;
  knownOn: string;
  /** corrections and retractions of this corroboration, in log order */
  amendments: Amendment[];
}

/** A fact with its body, materialised on demand (bodies of most facts are not held). */
export interface Fact {
  idx: number;
  event: FactEvent;
  position: number;
  recordedAt: string;
  recordedMs: number;
  knownOnDay: number;
  knownOn: string;
  /** earliest bound of knownAt as a day (-∞ when open): with knownOnDay, the publication window */
  knownFromDay: number;
  occ: OccurredKey;
  /** corrections and retractions aimed at this fact, in log order */
  amendments: Amendment[];
  /** other sources stating this fact, in log order */
  corroborations: Corroboration[];
}
