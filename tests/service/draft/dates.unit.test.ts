import { describe, expect, it } from 'vitest';
import { readDates, undated } from '../../../service/src/draft/dates.js';
import type { DocumentContext } from '../../../service/src/draft/types.js';

const ctx = (
  latest: string,
  language: DocumentContext['language'] = 'nl',
  earliest = latest,
): DocumentContext => ({
  documentId: 'doc',
  language,
  published:
    earliest === latest
      ? { precision: 'day', date: latest }
      : { precision: 'between', earliest, latest },
  earliest,
  latest,
});
const read = (text: string, c: DocumentContext) =>
  readDates({ start: 10, end: 10 + text.length, text }, c);

describe('drafted dates keep the precision of their words', () => {
  it.each([
    [
      'Op 5 juni 2025 vond de DMM plaats.',
      { precision: 'day', date: '2025-06-05', wording: '5 juni 2025' },
    ],
    [
      'de NAVO-top op 24 en 25 juni',
      { precision: 'days', from: '2025-06-24', to: '2025-06-25', wording: '24 en 25 juni' },
    ],
    [
      'in het commissiedebat op 22 mei jl.',
      { precision: 'day', date: '2025-05-22', wording: '22 mei jl.' },
    ],
    [
      'een briefing in het najaar',
      { precision: 'season', season: 'autumn', year: 2025, wording: 'in het najaar' },
    ],
    [
      'afgelopen zomer getekend',
      { precision: 'season', season: 'summer', year: 2024, wording: 'afgelopen zomer' },
    ],
    [
      'medio oktober volgt een besluit',
      { precision: 'month', month: '2025-10', wording: 'medio oktober' },
    ],
    [
      'Defport is onlangs gelanceerd',
      { precision: 'between', latest: '2025-06-23', wording: 'onlangs' },
    ],
    [
      'eerder dit jaar aangekondigd',
      {
        precision: 'between',
        earliest: '2025-01-01',
        latest: '2025-06-23',
        wording: 'eerder dit jaar',
      },
    ],
    [
      'leveringen gaan door tot en met 2026',
      { precision: 'between', latest: '2026-12-31', wording: 'tot en met 2026' },
    ],
  ])('nl: %s', (text, expected) => {
    const [first] = read(text, ctx('2025-06-23', 'nl', '2025-06-05'));
    expect(first?.value).toEqual(expected);
    expect(text.slice(first!.span.start - 10, first!.span.end - 10)).toBe(expected.wording);
  });

  it('"22 december jl." in a letter of June is the December before', () => {
    expect(read('op 22 december jl. besloten', ctx('2025-06-23'))[0]?.value).toMatchObject({
      date: '2024-12-22',
    });
  });

  it.each([
    [
      'Den 13 februari deltar försvarsministern',
      { precision: 'day', date: '2025-02-13', wording: '13 februari' },
    ],
    [
      'avtalet som ingicks i juli i år',
      { precision: 'month', month: '2025-07', wording: 'i juli i år' },
    ],
    [
      'I dag, 20 februari, har regeringen',
      { precision: 'day', date: '2025-02-10', wording: 'I dag' },
    ],
    [
      'i somras undertecknades',
      { precision: 'season', season: 'summer', year: 2024, wording: 'i somras' },
    ],
    [
      'tidigare i år',
      {
        precision: 'between',
        earliest: '2025-01-01',
        latest: '2025-02-10',
        wording: 'tidigare i år',
      },
    ],
  ])('sv: %s', (text, expected) => {
    expect(read(text, ctx('2025-02-10', 'sv'))[0]?.value).toEqual(expected);
  });

  it.each([
    [
      'Ministers are meeting this week (14-15 February 2023)',
      { precision: 'days', from: '2023-02-14', to: '2023-02-15', wording: '14-15 February 2023' },
    ],
    [
      'on Wednesday (16 November 2022)',
      { precision: 'day', date: '2022-11-16', wording: '16 November 2022' },
    ],
    [
      'signed on March 3, 2024 in Kyiv',
      { precision: 'day', date: '2024-03-03', wording: 'March 3, 2024' },
    ],
    ["including today's conference", { precision: 'day', date: '2023-02-13', wording: "today's" }],
  ])('en: %s', (text, expected) => {
    const found = read(text, ctx('2023-02-13', 'en')).map((r) => r.value);
    expect(found).toContainEqual(expected);
  });

  it('an undated mention is an open window ending at the document, never its date', () => {
    expect(read('Nederland levert pantservoertuigen.', ctx('2022-04-19'))).toEqual([]);
    expect(undated(ctx('2025-06-23', 'nl', '2025-06-05'))).toEqual({
      precision: 'between',
      latest: '2025-06-23',
    });
  });

  it('"vandaag" in a document dated by a window stays that window', () => {
    expect(read('vandaag gemeld', ctx('2025-06-23', 'nl', '2025-06-05'))[0]?.value).toEqual({
      precision: 'between',
      earliest: '2025-06-05',
      latest: '2025-06-23',
      wording: 'vandaag',
    });
  });
});
