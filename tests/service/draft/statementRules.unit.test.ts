import { describe, expect, it } from 'vitest';
import { draftDocument } from '../../../service/src/draft/draft.js';
import type { Language } from '../../../service/src/draft/types.js';

// Cues v3: how government texts report statements beside the events they name, and two kinds of
// background that are no event of their own. Every sentence is written for this test (none is
// taken from the corpus or the letter).
const drafts = (text: string, language: Language) =>
  draftDocument(text, {
    documentId: 'test',
    published: { precision: 'day', date: '2025-03-10' },
    language,
  });
const kinds = (text: string, language: Language) => drafts(text, language).map((d) => d.kind);

describe('statements reported beside another event', () => {
  it('work under way ("is bezig met", "is working on", "arbetar med") is a statement beside a promise', () => {
    expect(
      kinds(
        'Het ministerie is bezig met een evaluatie van de inzet en is graag bereid de Kamer in het voorjaar te informeren.',
        'nl',
      ),
    ).toEqual(expect.arrayContaining(['StatementMade', 'ParliamentaryCommitmentMade']));
    expect(
      kinds(
        'The agency is working on a review of its stockpiles and will inform parliament before the summer.',
        'en',
      ),
    ).toEqual(expect.arrayContaining(['StatementMade', 'ParliamentaryCommitmentMade']));
    expect(
      kinds(
        'Myndigheten arbetar med en översyn av lagren och regeringen kommer att återkomma till riksdagen.',
        'sv',
      ),
    ).toEqual(expect.arrayContaining(['StatementMade', 'ParliamentaryCommitmentMade']));
  });

  it('an update given on something is a statement beside the announcement in the same sentence', () => {
    expect(
      kinds(
        'Naast een update over de levering van radars aan Moldavië heb ik een nieuw trainingsprogramma aangekondigd.',
        'nl',
      ),
    ).toEqual(expect.arrayContaining(['StatementMade', 'AnnouncementMade']));
    expect(
      kinds(
        'Besides an update on the radar deliveries, the minister announced a new training programme.',
        'en',
      ),
    ).toEqual(expect.arrayContaining(['StatementMade', 'AnnouncementMade']));
    expect(
      kinds(
        'Utöver en uppdatering om leveranserna av radar presenterade ministern ett nytt utbildningsprogram.',
        'sv',
      ),
    ).toEqual(expect.arrayContaining(['StatementMade', 'AnnouncementMade']));
  });

  it('what was found or said at a meeting named as the setting is drafted beside that meeting', () => {
    expect(
      kinds(
        'Op de top van 4 maart jl. zijn vier knelpunten geïdentificeerd, waaronder munitie.',
        'nl',
      ),
    ).toEqual(expect.arrayContaining(['MeetingHeld', 'StatementMade']));
    expect(
      kinds(
        'At the summit of 4 March, the ministers identified four shortfalls, including ammunition.',
        'en',
      ),
    ).toEqual(expect.arrayContaining(['MeetingHeld', 'StatementMade']));
    expect(
      kinds('Vid toppmötet den 4 mars underströk ministrarna behovet av mer ammunition.', 'sv'),
    ).toEqual(expect.arrayContaining(['MeetingHeld', 'StatementMade']));
  });

  it('a meeting that is the subject, not the setting, keeps its weaker statement out', () => {
    // "De top benadrukte": the summit itself speaks; no setting phrase, one report.
    expect(kinds('De top van 4 maart jl. benadrukte het belang van munitie.', 'nl')).toEqual([
      'MeetingHeld',
    ]);
  });

  it('contributing to an aim named before ("draagt hieraan bij", "to this") with nothing given is a statement of policy', () => {
    const nl = drafts('Duitsland draagt hieraan bij met zijn nieuwe industriestrategie.', 'nl');
    expect(nl.map((d) => d.kind)).toEqual(['StatementMade']);
    expect(nl[0]!.rule.id).toBe('cue.pledged+policy');
    expect(kinds('Canada will contribute to this through its industrial strategy.', 'en')).toEqual([
      'StatementMade',
    ]);
    expect(kinds('Norge bidrar till detta genom sin industristrategi.', 'sv')).toEqual([
      'StatementMade',
    ]);
  });

  it('contributing to it with an amount or a quantity stays support', () => {
    expect(kinds('Duitsland draagt hieraan bij met 40 miljoen euro.', 'nl')).toEqual([
      'SupportCommitted',
    ]);
    expect(kinds('Norge bidrar till detta med 12 stridsvagnar.', 'sv')).toEqual([
      'SupportCommitted',
    ]);
  });
});

describe('background that is no event of its own', () => {
  it('a delivery in a since-clause after the main clause is a time anchor', () => {
    expect(
      kinds('The front has held in the south since Poland delivered 40 tanks in March.', 'en'),
    ).not.toContain('SupportDelivered');
    expect(
      kinds('Fronten har hållit i söder sedan Polen skänkte 40 stridsvagnar i mars.', 'sv'),
    ).not.toContain('SupportDelivered');
    expect(
      kinds('Het front houdt stand sinds Polen in maart 40 tanks leverde.', 'nl'),
    ).not.toContain('SupportDelivered');
  });

  it('a since-clause that opens the sentence, or a date after since, still reports', () => {
    expect(kinds('Since March Poland has delivered 40 tanks to Moldova.', 'en')).toContain(
      'SupportDelivered',
    );
    expect(kinds('Polen har sedan mars skänkt 40 stridsvagnar till Moldavien.', 'sv')).toContain(
      'SupportDelivered',
    );
    expect(
      kinds('Nederland heeft sinds het begin van de oorlog 40 tanks aan Moldavië geleverd.', 'nl'),
    ).toContain('SupportDelivered');
    // "Danmark" begins like "dan" (then): a word, not a time.
    expect(
      kinds('Fronten har hållit i söder sedan Danmark skänkte 40 stridsvagnar i mars.', 'sv'),
    ).not.toContain('SupportDelivered');
  });

  it('a founding named as the purpose of a decision ("besluit tot oprichting") is the decision only', () => {
    expect(
      kinds(
        'Op 3 februari werd het besluit tot oprichting van een trainingscentrum aangenomen.',
        'nl',
      ),
    ).toEqual(['DocumentAdopted']);
    // Founded itself: a launch.
    expect(kinds('Op 3 februari werd een trainingscentrum opgericht.', 'nl')).toEqual([
      'InitiativeLaunched',
    ]);
  });
});

describe('the date of a statement', () => {
  it('is never after the document: a later date in the sentence belongs to what is promised', () => {
    const statement = drafts(
      'Het ministerie is bezig met een evaluatie van de inzet en is graag bereid de Kamer in het najaar te informeren.',
      'nl',
    ).find((d) => d.kind === 'StatementMade');
    expect(statement?.occurredSpan).toBeUndefined();
    expect(statement?.occurred).toMatchObject({ precision: 'between', latest: '2025-03-10' });
  });
});
