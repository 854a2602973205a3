import { franc } from 'franc';

/** ISO 639-3 (what franc answers) to ISO 639-1, for the languages sources are likely in. */
const TWO_LETTER: Record<string, string> = {
  nld: 'nl',
  eng: 'en',
  swe: 'sv',
  deu: 'de',
  fra: 'fr',
  dan: 'da',
  nob: 'no',
  nno: 'no',
  fin: 'fi',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  pol: 'pl',
  ukr: 'uk',
  rus: 'ru',
  est: 'et',
  lav: 'lv',
  lit: 'lt',
  ces: 'cs',
  slk: 'sk',
  hun: 'hu',
  ron: 'ro',
  bul: 'bg',
  ell: 'el',
  hrv: 'hr',
  slv: 'sl',
  tur: 'tr',
};

/** The language of a text as a two-letter code (franc's trigram model), or null when unsure. */
export function detectLanguage(text: string): string | null {
  const code = franc(text.slice(0, 20_000), { minLength: 20 });
  return TWO_LETTER[code] ?? null;
}
