import { FuzzyDate } from '@kroniek/events';
import type { FuzzyDate as FuzzyDateType } from '@kroniek/events';
import { ValidationError } from '../../errors.js';

/** What a person gives about a source when adding it (all optional; some may be found). */
export interface SourceFields {
  id?: string;
  title?: string;
  publisher?: string;
  /** YYYY-MM-DD, YYYY-MM, YYYY, EARLIEST..LATEST (either side may be empty), or a FuzzyDate */
  date?: string | FuzzyDateType;
  /** how the date was established (e.g. why a window) */
  dateRule?: string;
  url?: string;
  parliamentaryNumber?: string;
  language?: string;
  licence?: string;
  kind?: string;
}

/** The names of SourceFields: what a form, a JSON body or the CLI may give, each as text. */
export const SOURCE_FIELD_NAMES = [
  'id',
  'title',
  'publisher',
  'date',
  'dateRule',
  'url',
  'parliamentaryNumber',
  'language',
  'licence',
  'kind',
] as const satisfies readonly (keyof SourceFields)[];

/** A date as written on the command line or in a form, as a FuzzyDate; throws naming `date`. */
export function parseDate(given: string | FuzzyDateType): FuzzyDateType {
  const candidate = typeof given === 'string' ? dateOfText(given.trim()) : given;
  const parsed = FuzzyDate.safeParse(candidate);
  if (!parsed.success) {
    const shown = typeof given === 'string' ? given : JSON.stringify(given);
    const message = `'${shown}' is not a date: give YYYY-MM-DD, YYYY-MM, YYYY or EARLIEST..LATEST`;
    throw new ValidationError(`date: ${message}`, [{ path: 'date', message }]);
  }
  return parsed.data;
}

function dateOfText(s: string): unknown {
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return { precision: 'day', date: s };
  if (/^\d{4}-\d{2}$/.test(s)) return { precision: 'month', month: s };
  if (/^\d{4}$/.test(s)) return { precision: 'year', year: Number(s) };
  const window = /^(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?$/.exec(s);
  if (window && (window[1] || window[2]))
    return {
      precision: 'between',
      ...(window[1] ? { earliest: window[1] } : {}),
      ...(window[2] ? { latest: window[2] } : {}),
    };
  return null;
}

/** A slug made of a title: lower case, ASCII letters and digits joined by single hyphens. */
export function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
}
