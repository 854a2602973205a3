import { describe, expect, it } from 'vitest';
import { uncitedRanges } from '../../../service/src/sources/citations.js';
import type { SourceCitation } from '../../../service/src/sources/citations.js';

const text = 'Eerste zin.\n\nTweede zin over drones. Derde zin.';
const at = (quotation: string): SourceCitation => {
  const start = text.indexOf(quotation);
  return {
    eventId: '00000000-0000-4000-8000-000000000001',
    factId: '00000000-0000-4000-8000-000000000001',
    type: 'StatementMade',
    title: '',
    section: '',
    start,
    end: start + quotation.length,
    quotation,
  };
};

describe('the uncited stretches of a source', () => {
  it('are the gaps between quotations, overlapping ones merged, white space at their ends left out', () => {
    const ranges = uncitedRanges(text, [at('Tweede zin over'), at('over drones.')]);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Eerste zin.', 'Derde zin.']);
  });

  it('are the whole text when nothing is quoted, and nothing when all is', () => {
    expect(uncitedRanges(text, [])).toEqual([{ start: 0, end: text.length }]);
    expect(uncitedRanges(text, [at(text)])).toEqual([]);
  });
});
