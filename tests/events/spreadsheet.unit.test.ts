import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defuseFormula } from '@kroniek/events';
import { FORMULA_CELLS } from '../support/formulaCells.js';

describe('defuseFormula', () => {
  it('puts an apostrophe before each planted formula cell', () => {
    expect(FORMULA_CELLS.map(defuseFormula)).toEqual(FORMULA_CELLS.map((c) => `'${c}`));
  });

  it('leaves other text as it is', () => {
    for (const text of ['', 'Maritiem steunpakket', "'quoted", ' =spaced', '€ 400 mln', '2 - 3'])
      expect(defuseFormula(text)).toBe(text);
  });

  it("is the rule of csv-stringify's escape_formulas for text cells", () => {
    const starts = [
      '',
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      '\n',
      ' ',
      "'",
      '\uFF1D',
      '\uFF0B',
      '\uFF0D',
      '\uFF20',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...starts), fc.string({ unit: 'grapheme' }), (start, rest) => {
        const text = start + rest;
        expect(stringify([[defuseFormula(text)]])).toBe(
          stringify([[text]], { escape_formulas: true }),
        );
      }),
    );
  });
});
