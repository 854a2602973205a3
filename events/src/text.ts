import { z } from 'zod';
import { ENTRY_RULE } from './entryRules.js';

/**
 * Control characters text may not hold: C0 except tab (U+0009) and line feed (U+000A), DEL and
 * C1. A carriage return is refused too: a line break is one `\n`, so that CSV, iCalendar and
 * search see one form. Quotations are the exception: they must be the source's own characters.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_IN_QUOTATION = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** A surrogate that is not half of a pair: a string with one has no UTF-8 form. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): in a title or a
 * name they can make text display as something other than what it is ("Trojan Source").
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

const codePoint = (c: string) =>
  `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `s` is not acceptable text, or undefined when it is. */
export function textProblem(
  s: string,
  options: { bidi?: boolean; quotation?: boolean } = {},
): string | undefined {
  const lone = LONE_SURROGATE.exec(s);
  if (lone) return `holds an unpaired surrogate (${codePoint(lone[0])}) at ${lone.index}`;
  const control = (options.quotation ? CONTROL_IN_QUOTATION : CONTROL).exec(s);
  if (control) {
    const allowed = options.quotation ? 'tab, line feed and carriage return' : 'tab and line feed';
    return `holds a control character (${codePoint(control[0])}) at ${control.index}; only ${allowed} are allowed`;
  }
  if (options.bidi === false) {
    const bidi = BIDI_CONTROL.exec(s);
    if (bidi)
      return `holds a bidirectional control character (${codePoint(bidi[0])}) at ${bidi.index}; titles and names may not`;
  }
  return undefined;
}

/**
 * `s` with what a title or name may not hold replaced: controls and bidirectional controls by a
 * space, unpaired surrogates by U+FFFD. For text made from stored text (an amendment's default
 * title from an event stored before these rules).
 */
export function toNameText(s: string): string {
  return s
    .replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD')
    .replace(new RegExp(`${CONTROL.source}|${BIDI_CONTROL.source}|[\t\n]`, 'g'), ' ');
}

export interface TextOptions {
  min?: number;
  max: number;
  /** trim surrounding white space before the length checks (default false) */
  trim?: boolean;
  /** false for titles and names: no bidirectional override or isolate characters (default true) */
  bidi?: boolean;
  /** a quotation of a source: carriage returns allowed, as the source text may hold them */
  quotation?: boolean;
}

/**
 * The one schema for free text: a string of `min` (default 1) to `max` characters without
 * control characters (tab and line feed aside) or unpaired surrogates; titles and names
 * (`bidi: false`) also without bidirectional overrides. A refused string is named by its field.
 */
export function Text(options: TextOptions) {
  const base = options.trim ? z.string().trim() : z.string();
  return base
    .min(options.min ?? 1)
    .max(options.max)
    .check((ctx) => {
      const problem = textProblem(ctx.value, options);
      if (problem)
        ctx.issues.push({ code: 'custom', message: problem, input: ctx.value, params: ENTRY_RULE });
    });
}

/** A title or a name: without bidirectional override characters; trimmed where `trim`. */
export const Name = (max: number, trim = true) => Text({ max, trim, bidi: false });
