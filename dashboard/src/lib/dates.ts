import type { DayBounds, FuzzyDate, Season } from './types.js';

/** The languages dates are written in (the dashboard's locales). */
export type DateLang = 'en' | 'nl';

/** The words around dates, per language (month names come from Intl). */
const WORDS: Record<
  DateLang,
  {
    seasons: Record<Season, string>;
    between: (a: string, b: string) => string;
    onOrBefore: (a: string) => string;
    onOrAfter: (a: string) => string;
    unknown: string;
    upTo: (a: string) => string;
    from: (a: string) => string;
    wholeYear: (y: number) => string;
    someday: (month: string) => string;
  }
> = {
  en: {
    seasons: { spring: 'spring', summer: 'summer', autumn: 'autumn', winter: 'winter' },
    between: (a, b) => `between ${a} and ${b}`,
    onOrBefore: (a) => `on or before ${a}`,
    onOrAfter: (a) => `on or after ${a}`,
    unknown: 'date unknown',
    upTo: (a) => `Up to ${a}`,
    from: (a) => `From ${a}`,
    wholeYear: (y) => `${y} (whole year)`,
    someday: (m) => `Some day in ${m}`,
  },
  nl: {
    seasons: { spring: 'voorjaar', summer: 'zomer', autumn: 'najaar', winter: 'winter' },
    between: (a, b) => `tussen ${a} en ${b}`,
    onOrBefore: (a) => `uiterlijk ${a}`,
    onOrAfter: (a) => `op of na ${a}`,
    unknown: 'datum onbekend',
    upTo: (a) => `Tot en met ${a}`,
    from: (a) => `Vanaf ${a}`,
    wholeYear: (y) => `${y} (heel het jaar)`,
    someday: (m) => `Ergens in ${m}`,
  },
};

/** The words of a language for date phrases that are not a date themselves. */
export function dateWords(lang: DateLang = 'en') {
  return WORDS[lang];
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(s: string): boolean {
  const m = DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function parts(day: string): { y: number; m: number; d: number } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/** Month names per language, read once from Intl (a constant table, never changed). */
const MONTH_NAMES: Record<DateLang, readonly string[]> = {
  en: monthNamesOf('en'),
  nl: monthNamesOf('nl'),
};

function monthNamesOf(lang: DateLang): string[] {
  const f = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => f.format(new Date(Date.UTC(2000, m, 1))));
}

/** The name of a month (1-based) in a language: "June", "juni" (each language's own case). */
export function monthName(month: number, lang: DateLang = 'en'): string {
  return MONTH_NAMES[lang][month - 1] ?? `${month}`;
}

/** "5 June 2025", "5 juni 2025". */
export function formatDay(day: string, lang: DateLang = 'en'): string {
  const { y, m, d } = parts(day);
  return `${d} ${monthName(m, lang)} ${y}`;
}

/** "June 2025" for "2025-06" or "2025-06-05"; "juni 2025" in Dutch. */
export function formatMonth(yearMonth: string, lang: DateLang = 'en'): string {
  const { y, m } = parts(`${yearMonth.slice(0, 7)}-01`);
  return `${monthName(m, lang)} ${y}`;
}

/** "24–25 June 2025", "30 June – 2 July 2025", "30 December 2025 – 2 January 2026". */
export function formatDayRange(from: string, to: string, lang: DateLang = 'en'): string {
  const a = parts(from);
  const b = parts(to);
  if (a.y !== b.y) return `${formatDay(from, lang)} – ${formatDay(to, lang)}`;
  if (a.m !== b.m) return `${a.d} ${monthName(a.m, lang)} – ${b.d} ${monthName(b.m, lang)} ${b.y}`;
  return `${a.d}–${b.d} ${monthName(b.m, lang)} ${b.y}`;
}

/**
 * A fuzzy date in English, exactly as precise as the source: a season stays a season and an
 * open bound stays open. The source's own words follow in parentheses when they add something,
 * e.g. "autumn 2025 (najaar)".
 */
export function formatFuzzyDate(d: FuzzyDate, lang: DateLang = 'en'): string {
  const base = fuzzyBase(d, lang);
  if (!d.wording || d.precision === 'day') return base;
  return `${base} (${d.wording})`;
}

function fuzzyBase(d: FuzzyDate, lang: DateLang): string {
  const w = WORDS[lang];
  switch (d.precision) {
    case 'day':
      return formatDay(d.date, lang);
    case 'days':
      return formatDayRange(d.from, d.to, lang);
    case 'month':
      return formatMonth(d.month, lang);
    case 'season':
      return `${w.seasons[d.season]} ${d.year}`;
    case 'year':
      return String(d.year);
    case 'between':
      if (d.earliest && d.latest)
        return w.between(formatDay(d.earliest, lang), formatDay(d.latest, lang));
      if (d.latest) return w.onOrBefore(formatDay(d.latest, lang));
      if (d.earliest) return w.onOrAfter(formatDay(d.earliest, lang));
      return w.unknown;
    default:
      return assertNever(d);
  }
}

/** A label for a fuzzy date's day bounds when the date itself is not at hand. */
export function formatBounds(b: DayBounds, lang: DateLang = 'en'): string {
  const w = WORDS[lang];
  if (b.earliest && b.latest) {
    return b.earliest === b.latest
      ? formatDay(b.earliest, lang)
      : formatDayRange(b.earliest, b.latest, lang);
  }
  if (b.latest) return w.onOrBefore(formatDay(b.latest, lang));
  if (b.earliest) return w.onOrAfter(formatDay(b.earliest, lang));
  return w.unknown;
}

/** Days between two ISO days (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The ISO day n days after `day` (n may be negative). */
export function addDays(day: string, n: number): string {
  const t = new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000);
  return t.toISOString().slice(0, 10);
}

/** "2025-06-05T10:00:00.000Z" -> "5 June 2025, 10:00 UTC". */
export function formatTimestamp(iso: string, lang: DateLang = 'en'): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const day = t.toISOString().slice(0, 10);
  return `${formatDay(day, lang)}, ${t.toISOString().slice(11, 16)} UTC`;
}

/**
 * Reads a day as a reader types it: ISO (2025-06-04), day first with dashes, slashes or dots
 * (4-6-2025, 4/6/2025: never month first, whatever the browser's locale), or with a month name
 * in English or Dutch ("4 June 2025", "4 juni 2025", "4 jun 2025"). Null when it is no day.
 */
export function parseDayInput(text: string): string | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (isIsoDay(s)) return s;
  let y: number, m: number, d: number;
  const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  const named = /^(\d{1,2})\.? ([a-z]+)\.? (\d{4})$/.exec(s);
  if (numeric) [d, m, y] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  else if (named) {
    const month = monthOfName(named[2]!);
    if (month === null) return null;
    [d, m, y] = [Number(named[1]), month, Number(named[3])];
  } else return null;
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDay(iso) ? iso : null;
}

/** The month (1-based) a name or its first three letters stands for, in English or Dutch. */
function monthOfName(name: string): number | null {
  for (const lang of ['en', 'nl'] as const) {
    for (let m = 1; m <= 12; m++) {
      const full = monthName(m, lang).toLowerCase();
      if (name === full || (name.length >= 3 && full.startsWith(name))) return m;
    }
  }
  return null;
}

/** Exhaustiveness guard for switches over discriminated unions. */
export function assertNever(x: never): never {
  throw new TypeError(`unexpected variant: ${JSON.stringify(x)}`);
}

/** The date language of a UI locale ("nl", "nl-BE" → Dutch; anything else English). */
export function dateLang(locale: string | null | undefined): DateLang {
  return locale?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
