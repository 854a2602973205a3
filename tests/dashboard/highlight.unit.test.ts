import { describe, expect, it } from 'vitest';
import { highlightParts } from '../../dashboard/src/lib/highlight.js';

const marked = (text: string, terms: string[]) =>
  highlightParts(text, terms)
    .map((p) => (p.hit ? `[${p.text}]` : p.text))
    .join('');

describe('marking search hits', () => {
  it('marks every occurrence of every term, case ignored', () => {
    expect(marked('R.P. Brekelmans (minister van Defensie)', ['brekelmans', 'defensie'])).toBe(
      'R.P. [Brekelmans] (minister van [Defensie])',
    );
  });

  it('ignores accents as the service does, and keeps the original letters', () => {
    expect(marked('Steun aan Oekraïne', ['oekraine'])).toBe('Steun aan [Oekraïne]');
  });

  it('merges overlapping hits and leaves text without hits whole', () => {
    expect(marked('drones en dronelijn', ['drone', 'dronelijn'])).toBe('[drone]s en [dronelijn]');
    expect(highlightParts('CT25', [])).toEqual([{ text: 'CT25', hit: false }]);
  });
});
