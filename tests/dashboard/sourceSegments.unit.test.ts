import { describe, expect, it } from 'vitest';
import { segmentsOf, uncitedPercent } from '../../dashboard/src/lib/sourceSegments.js';
import type { SourceCitation } from '../../dashboard/src/lib/types.js';

const text = 'Eerste zin. Tweede zin over drones. Derde zin.';
const cite = (quotation: string, id = '00000000-0000-4000-8000-000000000001'): SourceCitation => {
  const start = text.indexOf(quotation);
  return {
    eventId: id,
    factId: id,
    type: 'StatementMade',
    title: quotation,
    section: '',
    start,
    end: start + quotation.length,
    quotation,
  };
};

describe('a source text cut at its quotations', () => {
  it('gives back the whole text, each stretch with the citations covering it', () => {
    const a = cite('Tweede zin over drones.');
    const b = cite('over drones', '00000000-0000-4000-8000-000000000002');
    const segments = segmentsOf(text, [a, b]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.find((s) => s.text === 'over drones')?.citations).toEqual([a, b]);
    expect(segments.find((s) => s.text.startsWith('Eerste'))?.citations).toEqual([]);
    expect(
      segments.every((s) => s.citations.every((c) => c.start <= s.start && c.end >= s.end)),
    ).toBe(true);
  });

  it('counts the share of text no event cites', () => {
    expect(uncitedPercent(segmentsOf(text, []))).toBe(100);
    expect(uncitedPercent(segmentsOf(text, [cite(text)]))).toBe(0);
  });
});
