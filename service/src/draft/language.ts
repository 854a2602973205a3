import type { Language } from './types.js';

/**
 * Function words that are frequent in one of the three languages and rare in the other two.
 * Counting them is enough to tell Dutch, English and Swedish apart in a paragraph or more.
 */
const MARKERS: Record<Language, readonly string[]> = {
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'in',
    'op',
    'voor',
    'met',
    'dat',
    'die',
    'is',
    'zijn',
    'niet',
    'ook',
    'wordt',
    'worden',
    'naar',
    'bij',
    'aan',
    'heeft',
    'hebben',
    'uw',
    'ik',
    'om',
    'door',
    'zal',
    'deze',
  ],
  en: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'is',
    'that',
    'for',
    'on',
    'with',
    'as',
    'was',
    'by',
    'are',
    'be',
    'this',
    'which',
    'from',
    'have',
    'has',
    'will',
    'their',
    'it',
    'at',
    'an',
  ],
  sv: [
    'och',
    'att',
    'det',
    'som',
    'en',
    'på',
    'är',
    'av',
    'för',
    'med',
    'till',
    'den',
    'har',
    'inte',
    'om',
    'ett',
    'vi',
    'var',
    'från',
    'också',
    'kommer',
    'ska',
    'till',
    'under',
    'sig',
  ],
};

/** The language of a text, by the function words it uses most in its first pages; Dutch on a tie or no evidence. */
export function detectLanguage(whole: string): Language {
  // The first 20,000 characters (some pages) settle it; a long document need not be read whole.
  const text = whole.slice(0, 20_000);
  const counts: Record<Language, number> = { nl: 0, en: 0, sv: 0 };
  const sets = Object.fromEntries(
    (Object.keys(MARKERS) as Language[]).map((l) => [l, new Set(MARKERS[l])]),
  ) as Record<Language, Set<string>>;
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    for (const l of ['nl', 'en', 'sv'] as const) if (sets[l].has(m[0])) counts[l]++;
  }
  // Letters only one language uses settle close calls.
  counts.sv += (text.match(/[åäö]/gi)?.length ?? 0) * 0.5;
  counts.nl += (text.match(/\bij|ij\p{L}/giu)?.length ?? 0) * 0.5;
  const best = (['nl', 'en', 'sv'] as const).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return best;
}
