import { MAX_AMOUNT } from '@kroniek/events';
import { parseNumber } from './numbers.js';
import type { AmountReading, Language, QuantityReading, Span } from './types.js';

export const AMOUNTS_VERSION = 1;

const APPROX =
  "(?:circa|ca\\.?|ongeveer|zo'n|rond(?:om)?|ruim|bijna|nagenoeg|about|around|approximately|roughly|some|nearly|almost|over|more than|cirka|drygt|nästan|omkring|runt|ungefär|närmare|över|mer än|meer dan)";
const CUR_BEFORE = '(€|EUR|USD|US\\$|\\$|£|GBP|SEK|DKK|NOK)';
const NUM =
  '(\\d{1,3}(?:[.,\\s\\u00a0]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|one|two|three|four|five|six|seven|eight|nine|ten|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio)';
const SCALE =
  '(mln\\.?|miljoen|miljard|mld\\.?|mrd\\.?|million|millions|mn|billion|billions|bn|miljon|miljoner|miljarder|miljard|mdr|mdkr|mkr|tkr|tusen|duizend|thousand)';
const CUR_AFTER =
  '(euro|eur|dollar|dollars|usd|kronor|kronen|kroner|kr\\.?|sek|dkk|nok|pond|pounds)';

const SCALES: Record<string, { factor: number; currency?: string }> = {
  mln: { factor: 1e6 },
  miljoen: { factor: 1e6 },
  million: { factor: 1e6 },
  millions: { factor: 1e6 },
  mn: { factor: 1e6 },
  miljon: { factor: 1e6 },
  miljoner: { factor: 1e6 },
  miljard: { factor: 1e9 },
  mld: { factor: 1e9 },
  mrd: { factor: 1e9 },
  billion: { factor: 1e9 },
  billions: { factor: 1e9 },
  bn: { factor: 1e9 },
  miljarder: { factor: 1e9 },
  mdr: { factor: 1e9 },
  mdkr: { factor: 1e9, currency: 'SEK' },
  mkr: { factor: 1e6, currency: 'SEK' },
  tkr: { factor: 1e3, currency: 'SEK' },
  tusen: { factor: 1e3 },
  duizend: { factor: 1e3 },
  thousand: { factor: 1e3 },
};

const CURRENCIES: Record<string, string> = {
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  usd: 'USD',
  us$: 'USD',
  $: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  '£': 'GBP',
  gbp: 'GBP',
  pond: 'GBP',
  pounds: 'GBP',
  sek: 'SEK',
  dkk: 'DKK',
  nok: 'NOK',
};

/** "kronor" is Swedish crowns unless the text names another country's ("danska kronor"). */
function crowns(word: string, before: string, language: Language): string | null {
  if (/dansk|danish|deens/i.test(before)) return 'DKK';
  if (/norsk|norwegian|noors/i.test(before)) return 'NOK';
  if (/svensk|swedish|zweeds/i.test(before) || language === 'sv') return 'SEK';
  return null;
}

const AMOUNT_RE = new RegExp(
  `(?<![\\p{L}\\d])(?:(${APPROX})\\s+)?(?:${CUR_BEFORE}\\s?)?${NUM}\\s*(?:${SCALE}(?![\\p{L}]))?(?:\\s*((?:danska|svenska|norska|deense|zweedse|noorse|danish|swedish|norwegian)\\s+)?${CUR_AFTER}(?![\\p{L}]))?`,
  'giu',
);

const VAGUE_RE =
  /(?<![\p{L}])(honderden|hundreds of|hundratals|tientallen|tens of|tiotals|enkele|several|flera|vele|many|många)\s+(miljoenen|millions|miljoner|miljarden|billions|miljarder)(?:\s+(euro|dollars?|kronor))?(?![\p{L}])/giu;

const VAGUE_FACTOR: Record<string, [number, number]> = {
  honderden: [200, 999],
  'hundreds of': [200, 999],
  hundratals: [200, 999],
  tientallen: [20, 99],
  'tens of': [20, 99],
  tiotals: [20, 99],
  enkele: [2, 9],
  several: [2, 9],
  flera: [2, 9],
  vele: [2, 999],
  many: [2, 999],
  många: [2, 999],
};

/**
 * Every sum of money worded in `sentence`: a number with a currency or a scale word, as it
 * stands; "circa", "about", "cirka", "ruim", "drygt" make it approximate. "honderden miljoenen"
 * is a range, with no currency unless one is stated.
 */
export function readAmounts(sentence: Span, language: Language): AmountReading[] {
  const out: AmountReading[] = [];
  const text = sentence.text;
  for (const m of text.matchAll(VAGUE_RE)) {
    const [lo, hi] = VAGUE_FACTOR[m[1]!.toLowerCase()]!;
    const scale = /miljard|billion/i.test(m[2]!) ? 1e9 : 1e6;
    const currency = m[3] ? (CURRENCIES[m[3].toLowerCase()] ?? crowns(m[3], '', language)) : null;
    out.push({
      currency,
      low: lo * scale,
      high: hi * scale + (scale - 1) * (hi === 999 ? 1 : 0),
      exact: false,
      approximate: true,
      note: `'${m[1]}' read as ${lo} to ${hi} times ${scale.toLocaleString('en')}${currency ? '' : '; no currency stated'}`,
      span: at(sentence, m.index, m[0]),
      ...(m[3] ? { currencySpan: at(sentence, m.index + m[0].lastIndexOf(m[3]), m[3]) } : {}),
      rule: { id: 'amount.vague-range', version: AMOUNTS_VERSION },
    });
  }
  for (const m of text.matchAll(AMOUNT_RE)) {
    const [whole, approx, curBefore, num, scaleWord, nationality, curAfter] = m;
    if (!curBefore && !curAfter && !scaleWord) continue;
    if (out.some((o) => overlaps(o.span, sentence.start + m.index, whole.length))) continue;
    // A bare number word with a scale but no currency ("en miljon") is too weak to read.
    const n = parseNumber(num!, language);
    if (n === null) continue;
    const scaleKey = scaleWord?.toLowerCase().replace(/\.$/, '');
    const scale = scaleKey ? SCALES[scaleKey] : undefined;
    let currency: string | null = null;
    let currencyWord: string | undefined;
    if (curBefore)
      [currency, currencyWord] = [CURRENCIES[curBefore.toLowerCase()] ?? null, curBefore];
    else if (curAfter) {
      currencyWord = curAfter;
      const key = curAfter.toLowerCase().replace(/\.$/, '');
      currency =
        CURRENCIES[key] ?? (/^kr/.test(key) ? crowns(key, nationality ?? '', language) : null);
    } else if (scale?.currency) [currency, currencyWord] = [scale.currency, scaleWord];
    if (!currency && !/^\d/.test(num!)) continue;
    if (!currency && !scale) continue;
    // Without a currency, a bare scaled number is a count ("2 miljoen inwoners"), not money.
    if (!currency) continue;
    const value = n * (scale?.factor ?? 1);
    if (!(value <= MAX_AMOUNT)) continue;
    out.push({
      currency,
      low: value,
      high: value,
      exact: true,
      approximate: approx !== undefined,
      span: at(sentence, m.index, whole.trimEnd()),
      ...(currencyWord
        ? {
            currencySpan: at(
              sentence,
              m.index + whole.indexOf(currencyWord, curBefore ? 0 : whole.indexOf(num!)),
              currencyWord,
            ),
          }
        : {}),
      rule: { id: approx ? 'amount.approximate' : 'amount.exact', version: AMOUNTS_VERSION },
    });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

const QUANTITY_RE =
  /(?<![\p{L}\d.,])(\d{1,3}(?:[.\s\u00a0]\d{3})+|\d+(?:[.,]\d+)?)\s*(%|procent|percent|per cent|procent)|(?<![\p{L}\d.,€$])(\d{1,3}(?:[.\s\u00a0]\d{3})+|\d{1,6})\s+(?:(?:st\.?|stycken|stuks|pieces)\s+)?((?:[\p{Ll}\p{Lu}][\p{L}-]*)(?:\s+[\p{Ll}][\p{L}-]*){0,2})/gu;

const NOT_ITEMS =
  /^(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|mars|maj|augusti|jaar|jaren|year|years|år|dagen|days|dag|day|dagar|maanden|months|månader|mln|miljoen|miljard|mld|million|billion|bn|miljoner|miljarder|miljard|mkr|mdkr|euro|eur|kronor|kr|sek|dkk|usd|dollar|dollars|en|and|och|tot|to|till|of|van|av|jl|mm)\b/iu;

/** Counted things ("58 snelle patrouilleboten", "50 st CV90", "3,5%"), each with its span. */
export function readQuantities(
  sentence: Span,
  language: Language,
  taken: Span[],
): QuantityReading[] {
  const out: QuantityReading[] = [];
  for (const m of sentence.text.matchAll(QUANTITY_RE)) {
    const start = sentence.start + m.index;
    if (taken.some((t) => start < t.end && start + m[0].length > t.start)) continue;
    if (m[1] !== undefined) {
      const n = parseNumber(m[1], language);
      if (n === null || n > 1000) continue;
      out.push({
        value: n,
        unit: 'percent',
        item: m[0],
        span: at(sentence, m.index, m[0]),
        rule: { id: 'quantity.percent', version: AMOUNTS_VERSION },
      });
      continue;
    }
    const n = parseNumber(m[3]!, language);
    const item = m[4]!;
    if (n === null || n < 2 || /^(19|20|21)\d{2}$/.test(m[3]!) || NOT_ITEMS.test(item)) continue;
    // The counted noun: the words up to the first that is not a plain word.
    const words = item.split(/\s+/);
    const keep = words
      .slice(
        0,
        /^\p{Ll}/u.test(words[0]!) && words.length > 1 && /^\p{Ll}/u.test(words[1]!) ? 2 : 1,
      )
      .join(' ');
    const len = m[0].indexOf(item) + keep.length;
    out.push({
      value: n,
      unit: 'items',
      item: keep,
      span: at(sentence, m.index, m[0].slice(0, len)),
      rule: { id: 'quantity.count', version: AMOUNTS_VERSION },
    });
  }
  return out;
}

function at(sentence: Span, offset: number, text: string): Span {
  return { start: sentence.start + offset, end: sentence.start + offset + text.length, text };
}

function overlaps(s: Span, start: number, length: number): boolean {
  return start < s.end && start + length > s.start;
}
