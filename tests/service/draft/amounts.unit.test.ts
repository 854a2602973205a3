import { describe, expect, it } from 'vitest';
import { readAmounts, readQuantities } from '../../../service/src/draft/amounts.js';
import type { Language } from '../../../service/src/draft/types.js';

const read = (text: string, language: Language) =>
  readAmounts({ start: 0, end: text.length, text }, language);

describe('drafted amounts as worded', () => {
  it.each([
    [
      'De totale waarde is circa €400 mln.',
      'nl',
      { currency: 'EUR', low: 4e8, high: 4e8, approximate: true },
      'circa €400 mln.',
    ],
    [
      'een bijdrage van 400 miljoen euro',
      'nl',
      { currency: 'EUR', low: 4e8, high: 4e8, approximate: false },
      '400 miljoen euro',
    ],
    [
      'ter waarde van EUR 500 miljoen',
      'nl',
      { currency: 'EUR', low: 5e8, approximate: false },
      'EUR 500 miljoen',
    ],
    [
      'a tranche of EUR 500 million',
      'en',
      { currency: 'EUR', low: 5e8, approximate: false },
      'EUR 500 million',
    ],
    [
      'about $1.5 billion in aid',
      'en',
      { currency: 'USD', low: 1.5e9, approximate: true },
      'about $1.5 billion',
    ],
    [
      'ett värde av 1,2 miljarder kronor',
      'sv',
      { currency: 'SEK', low: 1.2e9, approximate: false },
      '1,2 miljarder kronor',
    ],
    [
      'cirka 3,3 miljarder kronor',
      'sv',
      { currency: 'SEK', low: 3.3e9, approximate: true },
      'cirka 3,3 miljarder kronor',
    ],
    ['med 1,8 miljarder DKK', 'sv', { currency: 'DKK', low: 1.8e9 }, '1,8 miljarder DKK'],
    ['ytterligare 700 Mkr i kostnader', 'sv', { currency: 'SEK', low: 7e8 }, '700 Mkr'],
  ] as const)('%s', (text, language, expected, wording) => {
    const [a] = read(text, language);
    expect(a).toMatchObject(expected);
    expect(a!.span.text).toBe(wording);
    expect(text.slice(a!.span.start, a!.span.end)).toBe(wording);
  });

  it('"honderden miljoenen" is a range with no currency unless one is stated', () => {
    const [a] = read('waarbij Nederland voor honderden miljoenen drones aankoopt', 'nl');
    expect(a).toMatchObject({ currency: null, low: 2e8, high: 999_999_999, exact: false });
    expect(a!.note).toContain('no currency stated');
  });

  it('a number without currency or scale is no amount; a year is no quantity', () => {
    expect(read('in 2024 zijn 58 boten geleverd', 'nl')).toEqual([]);
    const text = 'in 2024 zijn 58 snelle patrouilleboten en 3,5% geleverd';
    const q = readQuantities({ start: 0, end: text.length, text }, 'nl', []);
    expect(q.map((x) => [x.value, x.unit, x.span.text])).toEqual([
      [58, 'items', '58 snelle patrouilleboten'],
      [3.5, 'percent', '3,5%'],
    ]);
  });
});
