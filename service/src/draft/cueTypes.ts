import type { ActorRole } from '@kroniek/events';
import type { Draft } from './types.js';

/** A cue: words that signal an event kind, with the roles of the actors around them. */
export interface Cue {
  id: string;
  kind: Draft['kind'];
  /** Alternatives of words, matched whole, case-insensitively. `…` stands for up to 60 characters. */
  words: readonly string[];
  weight: number;
  /** Added to the weight when a date is worded right beside the cue ("het commissiedebat op 22 mei"). */
  datedBoost?: number;
  /** A past-tense cue: its event happened, so only a date not after the document is its date. */
  past?: boolean;
  /** Drafted beside a stronger cue even on the same words: "spraken met X over Y" is a meeting and what was said there. */
  alongside?: boolean;
  /** A noun that, made definite ("the meeting", "mötet"), refers back to a meeting already named. */
  anaphoric?: boolean;
  roles: { subject: ActorRole; object: ActorRole };
}
