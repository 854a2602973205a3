import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayBounds } from '@kroniek/events';
import { draftDocument } from '../../../service/src/draft/draft.js';
import { inventedValues } from '../../../service/src/draft/verify.js';
import type { DocumentContext, Language } from '../../../service/src/draft/types.js';

/**
 * Generated sentences in the three languages: an actor, a cue, an object, maybe a date, maybe
 * an amount, in any order the grammar allows. Every value of every draft must be a parse of a
 * span inside its quotation, and the generated date and amount must be read as generated.
 */
const GRAMMAR: Record<
  Language,
  {
    actors: string[];
    verbs: string[];
    objects: string[];
    months: string[];
    scale: string[];
    currency: string[];
    approx: string[];
    decimal: string;
  }
> = {
  nl: {
    actors: [
      'Nederland',
      'De bondgenoten',
      'Het kabinet',
      'Zweden',
      'De Europese Raad',
      'Defensie',
    ],
    verbs: [
      'ondertekende',
      'kondigde aan',
      'nam aan',
      'heeft toegezegd',
      'heeft geleverd',
      'lanceerde',
      'stelde voor',
    ],
    objects: [
      'een steunpakket voor Oekraïne',
      'een nieuwe strategie',
      'een overeenkomst met Noorwegen',
      'munitie aan Oekraïne',
    ],
    months: [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ],
    scale: ['miljoen', 'miljard', 'mln'],
    currency: ['euro'],
    approx: ['circa', 'ongeveer', 'ruim'],
    decimal: ',',
  },
  en: {
    actors: [
      'The Netherlands',
      'NATO Allies',
      'Sweden',
      'The European Council',
      'Ukraine',
      'Denmark',
    ],
    verbs: ['signed', 'announced', 'adopted', 'pledged', 'delivered', 'launched', 'proposed'],
    objects: [
      'a support package for Ukraine',
      'a new strategy',
      'an agreement with Norway',
      'ammunition to Ukraine',
    ],
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    scale: ['million', 'billion'],
    currency: ['euro', 'dollars'],
    approx: ['about', 'around', 'nearly'],
    decimal: '.',
  },
  sv: {
    actors: ['Sverige', 'Regeringen', 'Danmark', 'Nederländerna', 'Försvarsmakten', 'Ukraina'],
    verbs: [
      'undertecknade',
      'presenterade',
      'antog',
      'donerade',
      'lanserade',
      'föreslog',
      'beslutade',
    ],
    objects: [
      'ett stödpaket till Ukraina',
      'en ny strategi',
      'ett avtal med Norge',
      'ammunition till Ukraina',
    ],
    months: [
      'januari',
      'februari',
      'mars',
      'april',
      'maj',
      'juni',
      'juli',
      'augusti',
      'september',
      'oktober',
      'november',
      'december',
    ],
    scale: ['miljoner', 'miljarder'],
    currency: ['kronor'],
    approx: ['cirka', 'drygt', 'ungefär'],
    decimal: ',',
  },
};

const sentence = (language: Language) => {
  const g = GRAMMAR[language];
  return fc
    .record({
      actor: fc.constantFrom(...g.actors),
      verb: fc.constantFrom(...g.verbs),
      object: fc.constantFrom(...g.objects),
      day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
      month: fc.integer({ min: 0, max: 11 }),
      whole: fc.integer({ min: 1, max: 999 }),
      fraction: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
      scale: fc.constantFrom(...g.scale),
      currency: fc.option(fc.constantFrom(...g.currency), { nil: undefined }),
      approx: fc.option(fc.constantFrom(...g.approx), { nil: undefined }),
      dateFirst: fc.boolean(),
    })
    .map((p) => {
      const number = `${p.whole}${p.fraction ? `${g.decimal}${p.fraction}` : ''}`;
      const amount = p.currency
        ? `${p.approx ? `${p.approx} ` : ''}${number} ${p.scale} ${p.currency}`
        : '';
      const date = p.day
        ? language === 'en'
          ? `on ${p.day} ${g.months[p.month]} 2024`
          : `op ${p.day} ${g.months[p.month]} 2024`.replace(/^op/, language === 'sv' ? 'den' : 'op')
        : '';
      const worth = amount
        ? language === 'nl'
          ? ` ter waarde van ${amount}`
          : language === 'en'
            ? ` worth ${amount}`
            : ` till ett värde av ${amount}`
        : '';
      const core = `${p.actor} ${p.verb} ${p.object}${worth}`;
      const text =
        p.dateFirst && date
          ? `${date[0]!.toUpperCase()}${date.slice(1)} ${core[0]!.toLowerCase()}${core.slice(1)}.`
          : `${core}${date ? ` ${date}` : ''}.`;
      return { text, p, number, date };
    });
};

const published = { precision: 'day' as const, date: '2024-12-31' };
const ctx = (language: Language): DocumentContext => ({
  documentId: 'generated',
  language,
  published,
  earliest: '2024-12-31',
  latest: '2024-12-31',
});

describe('nothing invented, by construction', () => {
  for (const language of ['nl', 'en', 'sv'] as const) {
    it(`${language}: every value of every draft is a parse of a span inside its quotation`, () => {
      fc.assert(
        fc.property(fc.array(sentence(language), { minLength: 1, maxLength: 4 }), (sentences) => {
          const text = sentences.map((s) => s.text).join(' ');
          const drafts = draftDocument(text, { documentId: 'generated', published, language });
          expect(drafts.length).toBeGreaterThan(0);
          for (const d of drafts) {
            expect(inventedValues(d, text, ctx(language))).toEqual([]);
            expect(text.slice(d.quotation.start, d.quotation.end)).toBe(d.quotation.text);
            // No draft is stamped with the document's date unless its words say so.
            if (!d.occurredSpan)
              expect(dayBounds(d.occurred)).toEqual({ earliest: null, latest: '2024-12-31' });
          }
          for (const s of sentences) {
            const mine = drafts.filter((d) => s.text.includes(d.quotation.text));
            expect(mine.length).toBeGreaterThan(0);
            if (s.p.day)
              expect(mine[0]!.occurred).toMatchObject({
                precision: 'day',
                date: `2024-${String(s.p.month + 1).padStart(2, '0')}-${String(s.p.day).padStart(2, '0')}`,
              });
            if (s.p.currency) {
              const a = mine[0]!.amounts[0]!;
              const factor = /^(miljard|billion|miljarder)$/.test(s.p.scale) ? 1e9 : 1e6;
              expect(a.low).toBeCloseTo(Number(s.number.replace(',', '.')) * factor, 0);
              expect(a.approximate).toBe(s.p.approx !== undefined);
            }
          }
        }),
        { numRuns: 150, seed: 15 },
      );
    });
  }
});
