import { describe, expect, it } from 'vitest';
import { optionFor, pickerOptions } from '../../dashboard/src/lib/pickerOptions.js';

describe('actor and subject pickers', () => {
  const options = pickerOptions(
    [
      { id: 'tweede-kamer', label: 'Tweede Kamer' },
      { id: 'nl-cabinet', label: 'het kabinet' },
      { id: 'defensie', label: 'Defensie' },
      { id: 'nl-ministry-of-defence', label: 'Defensie' },
      { id: 'tweede-kamer', label: 'Tweede Kamer' },
      { id: 'ukraine', label: 'Oekraïne' },
    ],
    'nl',
  );

  it('lists each id once, sorted by label in the UI language, case ignored', () => {
    expect(options.map((o) => o.label)).toEqual([
      'Defensie (defensie)',
      'Defensie (nl-ministry-of-defence)',
      'het kabinet',
      'Oekraïne',
      'Tweede Kamer',
    ]);
  });

  it('finds the option a typed label or id names, case and accents ignored', () => {
    expect(optionFor(options, 'oekraine')?.id).toBe('ukraine');
    expect(optionFor(options, 'tweede-kamer')?.id).toBe('tweede-kamer');
    expect(optionFor(options, 'nobody')).toBeNull();
    expect(optionFor(options, '  ')).toBeNull();
  });
});
