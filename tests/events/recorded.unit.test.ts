import { describe, expect, it } from 'vitest';
import { deriveEventId, entryToEvent, locateQuotation } from '@kroniek/events';

const TEXT =
  'Kop \nDe minister heeft een \nnieuw pakket aangekondigd. \n\n \nHet pakket is \ngroot.\n';

const entry = (quotation: string, extra: Record<string, unknown> = {}) => ({
  key: 'pakket-aangekondigd',
  type: 'AnnouncementMade',
  subject: 'pakket',
  title: 'A new package was announced',
  category: 'ukraine-support',
  occurred: { precision: 'day', date: '2025-06-04' },
  knownAt: { date: { precision: 'day', date: '2025-06-04' }, basis: 'public-at-occurrence' },
  source: { section: 'Kop', quotation },
  actors: [],
  ...extra,
});

describe('locateQuotation', () => {
  it('matches across line breaks and trailing spaces and returns the exact characters', () => {
    const [match, ...more] = locateQuotation(TEXT, 'een nieuw pakket aangekondigd.');
    expect(more).toEqual([]);
    expect(match).toEqual({
      start: TEXT.indexOf('een'),
      end: TEXT.indexOf('aangekondigd.') + 'aangekondigd.'.length,
      quotation: 'een \nnieuw pakket aangekondigd.',
    });
  });

  it('reads a page break of blank lines as one space', () => {
    const [match] = locateQuotation(TEXT, 'aangekondigd. Het pakket');
    expect(match?.quotation).toBe('aangekondigd. \n\n \nHet pakket');
  });

  it('finds every occurrence, and none for words the text does not hold', () => {
    expect(locateQuotation(TEXT, 'pakket')).toHaveLength(2);
    expect(locateQuotation(TEXT, 'nieuw  pakket  groot')).toEqual([]);
    expect(locateQuotation(TEXT, '   ')).toEqual([]);
  });
});

describe('entryToEvent with the source text', () => {
  it('fills in document id, offsets and the exact quotation', () => {
    const result = entryToEvent(
      'brief',
      entry('De minister heeft een nieuw pakket aangekondigd.'),
      TEXT,
    );
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.id).toBe(deriveEventId('brief', 'pakket-aangekondigd'));
    expect(result.data.source).toEqual({
      documentId: 'brief',
      location: {
        section: 'Kop',
        start: TEXT.indexOf('De minister'),
        end: TEXT.indexOf(' \n\n'),
      },
      quotation: 'De minister heeft een \nnieuw pakket aangekondigd.',
    });
  });

  it('rejects a quotation that is not in the text, naming the entry', () => {
    const result = entryToEvent('brief', entry('een oud pakket'), TEXT);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(
      /entry 'pakket-aangekondigd': quotation not found/,
    );
    expect(result.error?.issues[0]?.path).toEqual(['source', 'quotation']);
  });

  it('rejects a quotation that occurs more than once', () => {
    const result = entryToEvent('brief', entry('pakket'), TEXT);
    expect(result.error?.issues[0]?.message).toMatch(/found 2 times/);
  });

  it('checks a source that states its offsets against the text', () => {
    const stated = (start: number, end: number) =>
      entry('', {
        source: {
          documentId: 'brief',
          location: { section: 'Kop', start, end },
          quotation: 'Het pakket',
        },
      });
    const at = TEXT.indexOf('Het pakket');
    expect(entryToEvent('brief', stated(at, at + 10), TEXT).success).toBe(true);
    expect(entryToEvent('brief', stated(at + 1, at + 11), TEXT).error?.issues[0]?.message).toMatch(
      /does not stand at its stated location/,
    );
  });

  it('without the text, still requires a complete source', () => {
    const result = entryToEvent('brief', entry('De minister heeft'));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['source.documentId', 'source.location']),
    );
  });

  it('turns a reference written as a key into the id of that entry', () => {
    const result = entryToEvent(
      'brief',
      entry('Het pakket is groot.', {
        type: 'ParliamentaryCommitmentFulfilled',
        fulfils: 'toezegging-pakket',
      }),
      TEXT,
    );
    expect(result.success && result.data.type === 'ParliamentaryCommitmentFulfilled').toBe(true);
    if (result.success && result.data.type === 'ParliamentaryCommitmentFulfilled') {
      expect(result.data.fulfils).toBe(deriveEventId('brief', 'toezegging-pakket'));
    }
  });
});
