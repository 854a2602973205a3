import { describe, expect, it } from 'vitest';
import { draftDocument } from '../../../service/src/draft/draft.js';
import type { Language } from '../../../service/src/draft/types.js';

// General rules of where a cue stands, on sentences written for this test (not from the corpus).
const kinds = (text: string, language: Language) =>
  draftDocument(text, {
    documentId: 'test',
    published: { precision: 'day', date: '2025-03-10' },
    language,
  }).map((d) => d.kind);

describe('a cue that is no event of its own', () => {
  it('is a time anchor after since / sinds / sedan', () => {
    expect(
      kinds('Since the launch of the fund the ceiling has been raised twice.', 'en'),
    ).not.toContain('InitiativeLaunched');
    expect(
      kinds('Sinds de oprichting van het fonds is het budget verdubbeld.', 'nl'),
    ).not.toContain('InitiativeLaunched');
  });

  it('is a meeting noun that describes ("this is a meeting of ...")', () => {
    expect(kinds('Dit is een bijeenkomst van ruim dertig landen.', 'nl')).toEqual([]);
  });

  it('is someone also taking part, or taking part with no meeting or date named', () => {
    expect(kinds('De staatssecretaris nam ook deel.', 'nl')).toEqual([]);
    expect(kinds('Under mötet deltar även Finlands försvarsminister.', 'sv')).toEqual([]);
  });

  it('is support only needed or aimed at', () => {
    expect(
      kinds('She underlined the need to provide Moldova with more radar systems.', 'en'),
    ).not.toContain('SupportCommitted');
  });

  it('is a running total since a date, or a package named again with "this"', () => {
    expect(
      kinds('Med detta har Norge bidragit med totalt 3 miljarder kronor sedan 2023.', 'sv'),
    ).not.toContain('SupportCommitted');
    expect(
      kinds('Innehållet i detta tredje och hittills största stödpaket bygger på behoven.', 'sv'),
    ).not.toContain('SupportCommitted');
  });

  it('is an explanation ("Innebär att ...", an infinitive subject)', () => {
    expect(
      kinds('Innebär att Finland donerar materiel till ett värde av 20 miljoner kronor.', 'sv'),
    ).toEqual([]);
  });
});

describe('kinds read from the words around a cue', () => {
  it('speaking with someone is a meeting; what was spoken about is drafted beside it', () => {
    expect(
      kinds(
        'The ministers discussed the winter campaign together with the Moldovan minister.',
        'en',
      ),
    ).toContain('MeetingHeld');
    const both = kinds(
      'De ministers spraken met hun Poolse collega over de levering van munitie.',
      'nl',
    );
    expect(both).toEqual(expect.arrayContaining(['MeetingHeld', 'StatementMade']));
  });

  it('telling parliament is a statement, not an announcement', () => {
    expect(kinds('Dit meldde de minister van Financiën vandaag aan de Kamer.', 'nl')).toEqual([
      'StatementMade',
    ]);
  });
});
