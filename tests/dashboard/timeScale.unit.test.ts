import { describe, expect, it } from 'vitest';
import { dayScale } from '../../dashboard/src/lib/timeScale.js';

describe('the day scale of a lifecycle', () => {
  const scale = dayScale(['2025-06-11', '2025-06-01', null, '2025-06-21']);

  it('spans the earliest to the latest known day', () => {
    expect([scale.min, scale.max]).toEqual(['2025-06-01', '2025-06-21']);
  });

  it('places a day as a point and a stretch of days as a band, in percent', () => {
    expect(scale.place({ earliest: '2025-06-11', latest: '2025-06-11' })).toEqual({
      left: 50,
      width: 0,
    });
    expect(scale.place({ earliest: '2025-06-01', latest: '2025-06-11' })).toEqual({
      left: 0,
      width: 50,
    });
    expect(scale.place({ earliest: null, latest: '2025-06-21' })).toEqual({ left: 100, width: 0 });
  });

  it('puts everything at 0 when no day is known', () => {
    expect(dayScale([null]).place({ earliest: null, latest: null })).toEqual({ left: 0, width: 0 });
  });
});
