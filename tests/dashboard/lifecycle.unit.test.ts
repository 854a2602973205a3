import { describe, expect, it } from 'vitest';
import { lifecyclePath } from '../../dashboard/src/lib/lifecycle.js';
import type { LifecycleStep } from '../../dashboard/src/lib/types.js';

const step = (status: LifecycleStep['status'], day: string): LifecycleStep => ({
  status,
  eventId: `e-${status}`,
  type: 'StatementMade',
  occurredLabel: day,
  occurredBounds: { earliest: day, latest: day },
});
const drawn = (stops: ReturnType<typeof lifecyclePath>) =>
  stops.map((s) => `${s.status}${s.step ? '✓' : s.overdue ? '!' : '…'}`);

describe("a subject's path", () => {
  it('shows support announced and delivering, with delivered still ahead', () => {
    const stops = lifecyclePath(
      'support',
      [step('announced', '2025-06-04'), step('delivering', '2025-09-01')],
      'delivering',
    );
    expect(drawn(stops)).toEqual(['announced✓', 'delivering✓', 'delivered…']);
  });

  it('marks the fulfilment of an overdue commitment as overdue', () => {
    expect(drawn(lifecyclePath('commitment', [step('open', '2025-05-22')], 'overdue'))).toEqual([
      'open✓',
      'fulfilled!',
    ]);
  });

  it('keeps a proposal adopted without a recorded proposal, and steps off its path', () => {
    expect(drawn(lifecyclePath('proposal', [step('adopted', '2025-06-05')], 'adopted'))).toEqual([
      'proposed…',
      'adopted✓',
    ]);
  });
});
