import { NUMBER_WORDS } from './lexicon.js';
import type { Language } from './types.js';

/**
 * A number as written: digits with the language's decimal mark ("1,2" in Dutch and Swedish,
 * "1.2" in English), groups of thousands ("1.000", "1,000", "1 000") or a small number word.
 * Null when the words are no number.
 */
export function parseNumber(raw: string, language: Language): number | null {
  const s = raw.trim().replace(/[\u00a0\u202f ]/g, '');
  const word = NUMBER_WORDS[s.toLowerCase()];
  if (word !== undefined) return word;
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const decimal = language === 'en' ? '.' : ',';
  const group = language === 'en' ? ',' : '.';
  // A group mark followed by exactly three digits is a thousands separator.
  const grouped = s.split(group);
  if (grouped.length > 1 && !grouped.slice(1).every((g) => /^\d{3}(?:[.,]\d+)?$/.test(g))) {
    // "5.69" in a Dutch text: read the mark as a decimal point only if no other reading fits.
    if (grouped.length === 2 && !s.includes(decimal)) return Number(s.replace(group, '.'));
    return null;
  }
  const n = Number(grouped.join('').replace(decimal, '.'));
  return Number.isFinite(n) ? n : null;
}
