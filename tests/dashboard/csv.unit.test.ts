import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defuseFormula } from '@kroniek/events';
import { csvCell, toCsv } from '../../dashboard/src/lib/csv.js';
import { FORMULA_CELLS } from '../support/formulaCells.js';

/** The cells of a one-row CSV as a spreadsheet program reads them back. */
const readBack = (csv: string) => parse(csv, { relax_column_count: false }) as string[][];

describe("the dashboard's CSV", () => {
  it('defuses each planted formula cell', () => {
    const csv = toCsv(
      ['title'],
      FORMULA_CELLS.map((c) => [c]),
    );
    expect(
      readBack(csv)
        .slice(1)
        .map(([title]) => title),
    ).toEqual(FORMULA_CELLS.map((c) => `'${c}`));
  });

  it("applies the service's rule (defuseFormula of @kroniek/events) to every text cell", () => {
    const starts = [
      '',
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      '\n',
      "'",
      '\uFF1D',
      '\uFF0B',
      '\uFF0D',
      '\uFF20',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...starts), fc.string({ unit: 'grapheme' }), (start, rest) => {
        const text = start + rest;
        const [, row] = readBack(toCsv(['text', 'end'], [[text, 'end']]));
        expect(row).toEqual([defuseFormula(text), 'end']);
      }),
    );
  });

  it('writes numbers as numbers, a negative one included', () => {
    expect(csvCell(-2)).toBe('-2');
    expect(toCsv(['a'], [[-1.5]])).toBe('a\r\n-1.5\r\n');
  });
});
