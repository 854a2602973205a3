import type { ActorRole, EventType, FuzzyDate } from '@kroniek/events';

/** The languages the drafter reads. */
export type Language = 'nl' | 'en' | 'sv';

/** Where a value was read: absolute offsets into the document text, and the text there. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The rule that produced a value or a draft, with its version. */
export interface RuleRef {
  id: string;
  version: number;
}

/** What the drafter knows of the document it reads. */
export interface DocumentContext {
  documentId: string;
  language: Language;
  /** The document's own date (a day or a window); relative words are resolved against it. */
  published: FuzzyDate;
  /** Inclusive bounds of `published`. */
  earliest: string;
  latest: string;
}

export interface DateReading {
  value: FuzzyDate;
  span: Span;
  rule: RuleRef;
}

export interface AmountReading {
  /** ISO 4217 code, or null when the words state no currency. */
  currency: string | null;
  low: number;
  high: number;
  exact: boolean;
  approximate: boolean;
  note?: string;
  span: Span;
  /** Where the currency was read, when it was stated. */
  currencySpan?: Span;
  rule: RuleRef;
}

export interface QuantityReading {
  value: number;
  unit: 'items' | 'percent';
  item: string;
  span: Span;
  rule: RuleRef;
}

export interface ActorReading {
  id: string;
  role: ActorRole;
  span: Span;
  rule: RuleRef;
}

export interface Corroboration {
  eventId: string;
  title: string;
  score: number;
  reasons: string[];
}

/** One drafted event: every value with the span it was read from. */
export interface Draft {
  kind: Exclude<EventType, 'EventCorrected' | 'EventRetracted' | 'EventCorroborated'>;
  title: string;
  /** `occurred`; `span` is absent when the sentence states no date (an open window before the document). */
  occurred: FuzzyDate;
  occurredSpan?: Span;
  /** For a commitment: when it is due, as worded, with its span. */
  due?: { value: FuzzyDate; span: Span };
  knownAt: { date: FuzzyDate; basis: 'source-publication' };
  amounts: AmountReading[];
  quantities: QuantityReading[];
  actors: ActorReading[];
  quotation: Span;
  section: string;
  /** The cue that fired and where. */
  cue: Span;
  rule: RuleRef;
  confidence: number;
  language: Language;
  /** A recorded event this draft most likely reports again: proposed as corroboration, not a new fact. */
  corroborates?: Corroboration;
}
