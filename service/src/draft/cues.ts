import type { Cue } from './cueTypes.js';
import { DECISION_CUES } from './cuesDecision.js';
import { MEETING_CUES } from './cuesMeeting.js';
import { STATEMENT_CUES } from './cuesStatement.js';
import { SUPPORT_CUES } from './cuesSupport.js';

export type { Cue } from './cueTypes.js';

export const CUES_VERSION = 3;

/**
 * The cue lexicon in Dutch, English and Swedish, one entry per kind and strength. The order
 * matters: of two cues of a family with the same weight, the first is drafted.
 */
export const CUES: readonly Cue[] = [
  ...DECISION_CUES,
  ...SUPPORT_CUES,
  ...MEETING_CUES,
  ...STATEMENT_CUES,
];

/** Words that make a sentence a question, an exploration or a denial rather than an event. */
export const HEDGES =
  /(?<![\p{L}])(onderzocht wordt of|wordt onderzocht|onderzoekt of|geen mededelingen|whether|huruvida|undersöker|no decision|geen besluit|inget beslut)(?![\p{L}])/iu;

/** Words that put a meeting in the future. */
export const FUTURE =
  /(?<![\p{L}])(zal|zullen|gaat|gaan|will|is to|are to|are meeting|is meeting|expected|verwacht|gepland|planned|upcoming|komende|aanstaande|ska|skall|kommer att|deltar|leds av|this week|deze week|next week|volgende week|nästa vecka)(?![\p{L}])/iu;

/** A compiled cue: one regular expression over its alternatives. */
export interface CompiledCue extends Cue {
  re: RegExp;
  /** The same expression, global: every place the cue stands. */
  reAll: RegExp;
  /** One word of each alternative (its longest), lower case: the regular expression runs only where one occurs. */
  firstWords: string[];
}

/** The lower-case words of a text, for the cues' quick test. */
export function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles the lexicon ("…" as a gap of up to 60 characters within the sentence). */
export function compileCues(cues: readonly Cue[] = CUES): CompiledCue[] {
  return cues.map((c) => {
    const source = `(?<![\\p{L}])(?:${c.words
      .map((w) =>
        w
          .split('…')
          .map((p) => escape(p.trim()).replace(/ /g, '\\s+'))
          .join('[^.;]{1,60}?'),
      )
      .join('|')})(?![\\p{L}])`;
    return {
      ...c,
      // The longest word of each alternative: rarer than its first ('is', 'to', 'in').
      firstWords: [
        ...new Set(
          c.words.map(
            (w) =>
              (w.toLowerCase().match(/[\p{L}\d]+/gu) ?? ['']).sort(
                (a, b) => b.length - a.length,
              )[0]!,
          ),
        ),
      ],
      re: new RegExp(source, 'iu'),
      reAll: new RegExp(source, 'giu'),
    };
  });
}
