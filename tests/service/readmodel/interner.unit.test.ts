import { describe, expect, it } from 'vitest';
import { Interner, StateShapeError } from '../../../service/src/readmodel/engine/growable.js';

describe("Interner.restore (a snapshot's interned strings)", () => {
  it('gives each value its index as id, and goes on interning after them', () => {
    const values = Array.from({ length: 500 }, (_, i) => `subject-${i}`);
    const interner = new Interner();
    interner.restore(values);
    expect(values.map((v) => interner.find(v))).toEqual(values.map((_, i) => i));
    expect(interner.id('new')).toBe(values.length);
    expect(interner.id('subject-7')).toBe(7);
  });

  it('refuses a repeated value or one that is not a string, naming the problem', () => {
    expect(() => new Interner().restore(['a', 'b', 'a'])).toThrow(StateShapeError);
    expect(() => new Interner().restore(['a', 'b', 'a'])).toThrow(/distinct/);
    expect(() => new Interner().restore(['a', 3])).toThrow(/strings/);
  });
});
