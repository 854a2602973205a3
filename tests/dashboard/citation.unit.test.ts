import { describe, expect, it } from 'vitest';
import {
  citationText,
  citesWithin,
  kamerstukUrl,
  officialUrl,
} from '../../dashboard/src/lib/citation.js';

describe('official locations', () => {
  it('links a Kamerstuk reference to its page on officielebekendmakingen.nl', () => {
    expect(kamerstukUrl('Kamerstuk 21 501-20, nr. 2217')).toBe(
      'https://zoek.officielebekendmakingen.nl/kst-21501-20-2217.html',
    );
    expect(kamerstukUrl('Kamerstuk 31 125, nr. 134')).toBe(
      'https://zoek.officielebekendmakingen.nl/kst-31125-134.html',
    );
    expect(kamerstukUrl('a press release')).toBeNull();
  });

  it("prefers a document's own url over its number's page", () => {
    expect(
      officialUrl({ url: 'https://example.org/brief', parliamentaryNumber: 'Kamerstuk 1, nr. 2' }),
    ).toBe('https://example.org/brief');
    expect(officialUrl({ parliamentaryNumber: 'Kamerstuk 21 501-20, nr. 2217' })).toContain(
      'kst-21501-20-2217',
    );
    expect(officialUrl(undefined)).toBeNull();
  });
});

describe('a citation', () => {
  it('names author, title, number, date, the passage and both links, on one line per part', () => {
    const text = citationText({
      author: 'R.P. Brekelmans',
      title: 'Brief over de UDCG',
      number: 'Kamerstuk 21 501-28, nr. 300',
      published: '5–23 June 2025',
      section: 'UDCG',
      quotation: 'circa 400\nmiljoen euro',
      url: 'https://example.org/brief',
      link: 'https://kroniek.example/?event=x',
      words: { section: 'section', via: 'In kroniek' },
    });
    expect(text.split('\n')).toEqual([
      'R.P. Brekelmans, “Brief over de UDCG”, Kamerstuk 21 501-28, nr. 300, 5–23 June 2025, section “UDCG”: “circa 400 miljoen euro”',
      'https://example.org/brief',
      'In kroniek: https://kroniek.example/?event=x',
    ]);
  });

  it('finds the documents a passage cites by where their quoted words stand', () => {
    const text = 'Intro. De motie (Kamerstuk A) is uitgevoerd. Elders (Kamerstuk B).';
    const cites = [
      { reference: 'A', quotation: 'De motie (Kamerstuk A)' },
      { reference: 'B', quotation: 'Elders (Kamerstuk B)' },
    ];
    expect(citesWithin(text, cites, 7, 44).map((c) => c.reference)).toEqual(['A']);
  });
});
