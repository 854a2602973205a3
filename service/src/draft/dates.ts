import * as chrono from 'chrono-node';
import type { FuzzyDate, Season } from '@kroniek/events';
import { addDays, isoDay, lastDay, mondayOf, monthOf, pad, yearOf } from './calendar.js';
import { MONTHS, MONTH_RE, WEEKDAY_RE } from './lexicon.js';
import type { DateReading, DocumentContext, Span } from './types.js';

export const DATES_VERSION = 1;

type Read = (m: RegExpExecArray, ctx: DocumentContext) => FuzzyDate | null;
interface DateRule {
  id: string;
  re: RegExp;
  read: Read;
  /** The rule can only match where the sentence holds a digit. */
  digits?: boolean;
  /** Or only where the sentence holds one of these words (lower case). */
  words?: readonly string[];
}

const YEAR = '((?:19|20|21)\\d{2})';
const WD = `(?:(?:${WEEKDAY_RE})\\s+)?`;
const ORD = '(?:e|ste|de|st|nd|rd|th|:e)?';
const PAST = '(\\s+(?:jl\\.?|jongstleden|j\\.l\\.))?';

const MONTH_WORDS = Object.keys(MONTHS);

const month = (s: string | undefined) =>
  s ? MONTHS[s.toLowerCase().replace(/\.$/, '')] : undefined;

/** The year of a day or month given without one: the document's, or the year before after "jl.". */
function inferYear(ctx: DocumentContext, m: number, d: number, past: boolean): number {
  const y = yearOf(ctx.latest);
  if (
    past &&
    (m > monthOf(ctx.latest) || (m === monthOf(ctx.latest) && d > Number(ctx.latest.slice(8))))
  )
    return y - 1;
  return y;
}

function day(
  ctx: DocumentContext,
  d: string,
  mName: string,
  y: string | undefined,
  past: boolean,
): string | null {
  const m = month(mName);
  if (!m) return null;
  const year = y ? Number(y) : inferYear(ctx, m, Number(d), past);
  return isoDay(year, m, Number(d));
}

const SEASONS: Record<string, Season> = {
  najaar: 'autumn',
  herfst: 'autumn',
  autumn: 'autumn',
  hösten: 'autumn',
  höstas: 'autumn',
  voorjaar: 'spring',
  lente: 'spring',
  spring: 'spring',
  våren: 'spring',
  våras: 'spring',
  zomer: 'summer',
  summer: 'summer',
  sommaren: 'summer',
  somras: 'summer',
  winter: 'winter',
  vintern: 'winter',
  vintras: 'winter',
};
const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };
const SEASON_END: Record<Season, number> = { spring: 5, summer: 8, autumn: 11, winter: 2 };

/** The season's year: stated, or the last one before the document ("afgelopen zomer"), or the next. */
function seasonYear(
  ctx: DocumentContext,
  s: Season,
  rel: string | undefined,
  y: string | undefined,
): number {
  if (y) return Number(y);
  const docY = yearOf(ctx.latest);
  const docM = monthOf(ctx.latest);
  const r = (rel ?? '').toLowerCase();
  if (/^(afgelopen|vorige|last|förra|i)$/.test(r)) {
    // The last season of that name that has ended by the document's month.
    if (s === 'winter') return docM >= 3 ? docY - 1 : docM === 12 ? docY - 1 : docY - 2;
    return SEASON_END[s] < docM ? docY : docY - 1;
  }
  if (/^(komende|volgende|next|nästa|kommande)$/.test(r)) {
    return docM < SEASON_START[s] ? docY : docY + 1;
  }
  return docY;
}

function quarter(y: number, q: number): FuzzyDate {
  return { precision: 'between', earliest: `${y}-${pad(q * 3 - 2)}-01`, latest: lastDay(y, q * 3) };
}

const QUARTERS: Record<string, number> = {
  eerste: 1,
  first: 1,
  första: 1,
  tweede: 2,
  second: 2,
  andra: 2,
  derde: 3,
  third: 3,
  tredje: 3,
  vierde: 4,
  fourth: 4,
  fjärde: 4,
};

const docDay = (ctx: DocumentContext): FuzzyDate =>
  ctx.earliest === ctx.latest
    ? { precision: 'day', date: ctx.latest }
    : { precision: 'between', earliest: ctx.earliest, latest: ctx.latest };

const shift = (ctx: DocumentContext, n: number): FuzzyDate =>
  ctx.earliest === ctx.latest
    ? { precision: 'day', date: addDays(ctx.latest, n) }
    : { precision: 'between', earliest: addDays(ctx.earliest, n), latest: addDays(ctx.latest, n) };

/**
 * The date rules, most specific first; a later rule never reads inside an earlier one's span.
 * Each reads only the words it matched, resolved against the document's own date.
 */
export const DATE_RULES: readonly DateRule[] = [
  {
    id: 'date.days-range',
    digits: true,
    re: new RegExp(
      `\\b${WD}(\\d{1,2})${ORD}\\s*(?:en|and|och|-|–|tot|t/m|till|to)\\s*(\\d{1,2})${ORD}\\s+(${MONTH_RE})\\.?(?:\\s+${YEAR})?${PAST}`,
      'giu',
    ),
    read: (m, ctx) => {
      const from = day(ctx, m[1]!, m[3]!, m[4], !!m[5]);
      const to = day(ctx, m[2]!, m[3]!, m[4], !!m[5]);
      return from && to && from < to ? { precision: 'days', from, to } : null;
    },
  },
  {
    id: 'date.days-range-en',
    digits: true,
    re: new RegExp(
      `\\b(${MONTH_RE})\\s+(\\d{1,2})${ORD}\\s*(?:-|–|and|to)\\s*(\\d{1,2})${ORD}(?:,?\\s+${YEAR})?`,
      'giu',
    ),
    read: (m, ctx) => {
      const from = day(ctx, m[2]!, m[1]!, m[4], false);
      const to = day(ctx, m[3]!, m[1]!, m[4], false);
      return from && to && from < to ? { precision: 'days', from, to } : null;
    },
  },
  {
    id: 'date.day',
    digits: true,
    re: new RegExp(
      `\\b${WD}(\\d{1,2})${ORD}\\s+(${MONTH_RE})\\.?(?:\\s+${YEAR})?${PAST}(?![\\p{L}])`,
      'giu',
    ),
    read: (m, ctx) => {
      const d = day(ctx, m[1]!, m[2]!, m[3], !!m[4]);
      return d ? { precision: 'day', date: d } : null;
    },
  },
  {
    id: 'date.day-en',
    digits: true,
    re: new RegExp(
      `\\b${WD.replace('\\s+)?', ',?\\s+)?')}(${MONTH_RE})\\.?\\s+(\\d{1,2})${ORD}(?:,?\\s+${YEAR})?(?![\\d\\p{L}])`,
      'giu',
    ),
    read: (m, ctx) => {
      const d = day(ctx, m[2]!, m[1]!, m[3], false);
      return d ? { precision: 'day', date: d } : null;
    },
  },
  {
    id: 'date.quarter',
    words: ['kwartaal', 'quarter', 'kvartalet'],
    re: new RegExp(
      `\\b(eerste|tweede|derde|vierde|laatste|first|second|third|fourth|last|första|andra|tredje|fjärde|sista)\\s+(?:kwartaal|quarter|kvartalet)(?:\\s+(?:van\\s+|of\\s+|)${YEAR})?`,
      'giu',
    ),
    read: (m, ctx) => {
      const q = QUARTERS[m[1]!.toLowerCase()];
      if (q) return quarter(m[2] ? Number(m[2]) : yearOf(ctx.latest), q);
      // "het laatste kwartaal": the last quarter that ended by the document's date.
      const y = m[2] ? Number(m[2]) : yearOf(ctx.latest);
      if (m[2]) return quarter(y, 4);
      const current = Math.ceil(monthOf(ctx.latest) / 3);
      return current === 1 ? quarter(y - 1, 4) : quarter(y, current - 1);
    },
  },
  {
    id: 'date.month',
    words: MONTH_WORDS,
    re: new RegExp(
      `\\b(?:(medio|begin|eind|half|halverwege|early|mid|late|in|i|början av|mitten av|slutet av|since|sinds|sedan|vanaf|per)\\s+)(${MONTH_RE})(?:\\s+${YEAR}|\\s+(i år|dit jaar|this year))?(?![\\p{L}])`,
      'giu',
    ),
    read: (m, ctx) => {
      const mo = month(m[2]);
      if (!mo || (m[2]!.toLowerCase() === 'may' && !m[3])) return null;
      const y = m[3] ? Number(m[3]) : yearOf(ctx.latest);
      if (/^(since|sinds|sedan|vanaf)$/i.test(m[1]!))
        return { precision: 'between', earliest: `${y}-${pad(mo)}-01`, latest: ctx.latest };
      return { precision: 'month', month: `${y}-${pad(mo)}` };
    },
  },
  {
    id: 'date.month-year',
    digits: true,
    re: new RegExp(`\\b(${MONTH_RE})\\s+${YEAR}\\b`, 'giu'),
    read: (m) => {
      const mo = month(m[1]);
      return mo ? { precision: 'month', month: `${m[2]}-${pad(mo)}` } : null;
    },
  },
  {
    id: 'date.season',
    words: Object.keys(SEASONS),
    re: /\b(?:(afgelopen|vorige|komende|volgende|last|next|this|förra|nästa|kommande|i)\s+|(?:in\s+)?(?:het|de|the|dit|deze)\s+)?(najaar|voorjaar|zomer|winter|herfst|lente|autumn|spring|summer|hösten|våren|sommaren|vintern|somras|höstas|våras|vintras)(?:\s+(?:van\s+|of\s+)?((?:19|20|21)\d{2}))?(?![\p{L}])/giu,
    read: (m, ctx) => {
      const s = SEASONS[m[2]!.toLowerCase()];
      if (!s) return null;
      // Swedish "i somras/i höstas" is always the last one; "i" before a definite form is not.
      const rel = /as$/i.test(m[2]!) ? 'förra' : m[1];
      return { precision: 'season', season: s, year: seasonYear(ctx, s, rel, m[3]) };
    },
  },
  {
    id: 'date.until-year',
    digits: true,
    re: /\b(?:tot en met|t\/m|through|until|till och med|t\.o\.m\.)\s+((?:19|20|21)\d{2})\b/giu,
    read: (m) => ({ precision: 'between', latest: `${m[1]}-12-31` }),
  },
  {
    id: 'date.since-year',
    digits: true,
    re: /\b(?:sinds|since|sedan)\s+((?:19|20|21)\d{2})\b/giu,
    read: (m, ctx) =>
      `${m[1]}-01-01` <= ctx.latest
        ? { precision: 'between', earliest: `${m[1]}-01-01`, latest: ctx.latest }
        : null,
  },
  {
    id: 'date.year',
    digits: true,
    re: /\b(?:in|i|during|under(?: hela)?|gedurende|heel|begin|eind|medio|early|late|mid-?)\s+((?:19|20|21)\d{2})\b(?![,.]\d)/giu,
    read: (m) => ({ precision: 'year', year: Number(m[1]) }),
  },
  {
    id: 'date.today',
    words: ['vandaag', 'heden', 'today', 'dag', 'idag'],
    re: /\b(?:vandaag|heden|today(?:['’]s)?|i dag|idag|eerder op de dag|earlier today|tidigare i dag|later vandaag|later today|senare i dag)(?![\p{L}])/giu,
    read: (_m, ctx) => docDay(ctx),
  },
  {
    id: 'date.yesterday',
    words: ['gisteren', 'yesterday', 'går', 'igår'],
    re: /\b(?:gisteren|yesterday(?:['’]s)?|i går|igår)(?![\p{L}])/giu,
    read: (_m, ctx) => shift(ctx, -1),
  },
  {
    id: 'date.tomorrow',
    words: ['tomorrow', 'morgon', 'imorgon'],
    re: /\b(?:tomorrow(?:['’]s)?|i morgon|imorgon)(?![\p{L}])/giu,
    read: (_m, ctx) => shift(ctx, 1),
  },
  {
    id: 'date.this-week',
    words: ['week', 'vecka', 'veckan'],
    re: /\b(?:deze week|this week|denna vecka|i veckan)(?![\p{L}])/giu,
    read: (_m, ctx) => {
      if (ctx.earliest !== ctx.latest) return null;
      const mon = mondayOf(ctx.latest);
      return { precision: 'between', earliest: mon, latest: addDays(mon, 6) };
    },
  },
  {
    id: 'date.last-week',
    words: ['week', 'veckan'],
    re: /\b(?:vorige week|afgelopen week|last week|förra veckan)(?![\p{L}])/giu,
    read: (_m, ctx) => {
      const mon = mondayOf(ctx.earliest);
      return { precision: 'between', earliest: addDays(mon, -7), latest: addDays(mon, -1) };
    },
  },
  {
    id: 'date.earlier-this-year',
    words: ['jaar', 'year', 'år', 'året', 'maand', 'month', 'månad'],
    re: /\b(?:eerder dit jaar|earlier this year|tidigare i år|tidigare under året|begin dit jaar|eerder deze maand|earlier this month|tidigare denna månad)(?![\p{L}])/giu,
    read: (m, ctx) => {
      const thisMonth = /maand|month|månad/i.test(m[0]);
      const earliest = thisMonth ? `${ctx.latest.slice(0, 7)}-01` : `${yearOf(ctx.latest)}-01-01`;
      return { precision: 'between', earliest, latest: ctx.latest };
    },
  },
  {
    id: 'date.this-year',
    words: ['jaar', 'year', 'år', 'året'],
    re: /\b(?:dit jaar|this year|i år|under året|in de loop van dit jaar)(?![\p{L}])/giu,
    read: (_m, ctx) => ({ precision: 'year', year: yearOf(ctx.latest) }),
  },
  {
    id: 'date.last-year',
    words: ['jaar', 'year', 'året', 'fjol'],
    re: /\b(?:vorig jaar|afgelopen jaar|last year|förra året|i fjol)(?![\p{L}])/giu,
    read: (_m, ctx) => ({ precision: 'year', year: yearOf(ctx.latest) - 1 }),
  },
  {
    id: 'date.next-year',
    words: ['jaar', 'year', 'år'],
    re: /\b(?:volgend jaar|komend jaar|next year|nästa år)(?![\p{L}])/giu,
    read: (_m, ctx) => ({ precision: 'year', year: yearOf(ctx.latest) + 1 }),
  },
  {
    id: 'date.recently',
    words: [
      'onlangs',
      'recentelijk',
      'recent',
      'geleden',
      'recently',
      'nyligen',
      'nyss',
      'häromdagen',
      'eerder',
      'gedaan',
      'reeds',
      'previously',
      'earlier',
      'tidigare',
    ],
    re: /\b(?:onlangs|recentelijk|recent|kort geleden|recently|nyligen|nyss|häromdagen|eerder|al gedaan|reeds|previously|earlier|tidigare)(?![\p{L}])/giu,
    read: (_m, ctx) => ({ precision: 'between', latest: ctx.latest }),
  },
];

/** Every date worded in `sentence` (a span of the document), each with its span and rule. */
export function readDates(sentence: Span, ctx: DocumentContext): DateReading[] {
  const found: DateReading[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const hasDigit = /\d/.test(sentence.text);
  const words = new Set(sentence.text.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);
  for (const rule of DATE_RULES) {
    if (rule.digits && !hasDigit) continue;
    if (rule.words && !rule.words.some((w) => words.has(w))) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(sentence.text); m; m = rule.re.exec(sentence.text)) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (!free(start, end)) continue;
      const value = rule.read(m, ctx);
      if (!value) continue;
      taken.push([start, end]);
      found.push({
        value: { ...value, wording: m[0] },
        span: { start: sentence.start + start, end: sentence.start + end, text: m[0] },
        rule: { id: rule.id, version: DATES_VERSION },
      });
    }
  }
  for (const r of readChrono(sentence, ctx))
    if (free(r.span.start - sentence.start, r.span.end - sentence.start)) found.push(r);
  return found.sort((a, b) => a.span.start - b.span.start);
}

/**
 * chrono-node's Dutch or English parser for day dates the rules above do not cover (e.g.
 * "16/11/2022" or "November the 16th"). Only results whose day and month are certain are kept;
 * a missing year is the document's.
 */
const CHRONO_HINT =
  /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d(?:st|nd|rd|th)\s+(?:of\s+)?\p{L}|the\s+\d{1,2}(?:st|nd|rd|th)/iu;

function readChrono(sentence: Span, ctx: DocumentContext): DateReading[] {
  // chrono is slow on long sentences; it is asked only where a numeric or ordinal date may stand.
  if (ctx.language === 'sv' || !CHRONO_HINT.test(sentence.text)) return [];
  const parser = ctx.language === 'nl' ? chrono.nl : chrono.en;
  const ref = new Date(`${ctx.latest}T12:00:00Z`);
  const out: DateReading[] = [];
  for (const r of parser.parse(sentence.text, ref)) {
    if (!r.start.isCertain('day') || !r.start.isCertain('month') || r.end) continue;
    if (!/\d/.test(r.text)) continue;
    const y = r.start.isCertain('year') ? r.start.get('year')! : yearOf(ctx.latest);
    const d = isoDay(y, r.start.get('month')!, r.start.get('day')!);
    if (!d) continue;
    out.push({
      value: { precision: 'day', date: d, wording: r.text },
      span: {
        start: sentence.start + r.index,
        end: sentence.start + r.index + r.text.length,
        text: r.text,
      },
      rule: { id: `date.chrono-${ctx.language}`, version: DATES_VERSION },
    });
  }
  return out;
}

/** An undated mention: an open window that ends at the document's last possible day. */
export function undated(ctx: DocumentContext): FuzzyDate {
  return { precision: 'between', latest: ctx.latest };
}
