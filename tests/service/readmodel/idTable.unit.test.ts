import { describe, expect, it } from 'vitest';
import { deriveEventId } from '@kroniek/events';
import { IdTable } from '../../../service/src/readmodel/engine/idTable.js';

describe('the id table', () => {
  it('finds every stored id, through growth, and nothing else', () => {
    const table = new IdTable();
    const ids = Array.from({ length: 20_000 }, (_, i) => deriveEventId('doc', `k${i}`));
    ids.forEach((id, i) => table.set(id, i));
    ids.forEach((id, i) => expect(table.get(id)).toBe(i));
    expect(table.get(deriveEventId('doc', 'never'))).toBeUndefined();
    // Upper-case hex is the same UUID.
    expect(table.get(ids[7]!.toUpperCase())).toBe(7);
  });

  it('keeps the first number for an id stored twice', () => {
    const table = new IdTable();
    const id = deriveEventId('doc', 'twice');
    table.set(id, 1);
    table.set(id, 2);
    expect(table.get(id)).toBe(1);
  });

  it('stores ids that are not UUIDs in a map', () => {
    const table = new IdTable();
    table.set('not-a-uuid', 3);
    expect(table.get('not-a-uuid')).toBe(3);
    expect(table.get('not-a-uuid-either')).toBeUndefined();
  });

  it('keeps a UUID-shaped id with a character that is not a hex digit apart from the UUID', () => {
    const table = new IdTable();
    const real = deriveEventId('doc', 'real');
    table.set(real, 1);
    // 'á' is U+00E1: its low seven bits are those of 'a'; 'g' and ':' are just past the digits.
    const lookalikes = ['\u00e1', 'g', ':', 'G', '/', '@', '`'].map((c) => `${c}${real.slice(1)}`);
    lookalikes.forEach((id, i) => {
      expect(table.get(id)).toBeUndefined();
      table.set(id, 10 + i);
    });
    lookalikes.forEach((id, i) => expect(table.get(id)).toBe(10 + i));
    expect(table.get(real)).toBe(1);
  });
});
