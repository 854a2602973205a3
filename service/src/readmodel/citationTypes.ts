import type { ActorRef, FuzzyDate, KnownAt, Money, Quantity, SourceRef } from '@kroniek/events';

// What a replay says of the sources that state a fact (issue 13: corroboration), as the API
// returns it on timeline items and in an event's detail. Re-exported by readModelTypes.ts.

/** How many sources state a fact in a replay, which documents, and the fields they disagree on. */
export interface SourcesSummary {
  /** citations public by knownBy and recorded by recordedAsOf: the fact's own and corroborations */
  count: number;
  /** their documents, the fact's own first, each once */
  documentIds: string[];
  /** fields on which some corroboration states another value than the record */
  disagreements: string[];
}

/** Where a source's statement stands against the record's current value of a field. */
export type Agreement = 'same' | 'compatible' | 'differs';

/** What a source states of a fact. */
export interface StatedValues {
  occurred: FuzzyDate;
  actors: ActorRef[];
  money?: Money[];
  quantities?: Quantity[];
}

/** One field of a corroboration against the record: both values, and how they stand. */
export interface FieldAgreement {
  field: 'occurred' | 'money' | 'quantities' | 'actors';
  /** 'compatible': not the same, but not contradicting (a vaguer date, an overlapping range, fewer actors) */
  agreement: Agreement;
  record: unknown;
  stated: unknown;
}

/** One source stating a fact: the fact's own, or a corroboration. */
export interface CitationRecord {
  /** the event that cites: the fact itself, or the EventCorroborated */
  id: string;
  role: 'own' | 'corroboration';
  position: number;
  source: SourceRef;
  knownAt: KnownAt;
  /** the latest bound of this source's knownAt */
  knownOn: string;
  recordedAt: string;
  /** whether it was public by knownBy (a corroboration listed always was) */
  public: boolean;
  /** the source the fact is known from: the first public */
  earliest: boolean;
  title: string;
  stated: StatedValues;
  /** corrections of this citation applied in this view */
  corrections: number;
  /** corroborations: each stated field against the record ('own': empty) */
  agreement: FieldAgreement[];
  /** the fields on which it states another value than the record */
  disagrees: string[];
}
