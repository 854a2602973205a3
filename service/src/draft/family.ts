import type { Draft } from './types.js';

/** Kinds that report the same sort of fact; deduplication and the evaluation compare families. */
export type KindFamily = 'meeting' | 'decision' | 'support' | 'parliament' | 'statement';

export const FAMILY: Record<Draft['kind'], KindFamily> = {
  MeetingHeld: 'meeting',
  MeetingScheduled: 'meeting',
  DocumentAdopted: 'decision',
  AgreementSigned: 'decision',
  ProposalTabled: 'decision',
  SupportCommitted: 'support',
  SupportDelivered: 'support',
  AnnouncementMade: 'support',
  InitiativeLaunched: 'support',
  ParliamentaryCommitmentMade: 'parliament',
  ParliamentaryCommitmentFulfilled: 'parliament',
  StatementMade: 'statement',
};

/** Whether two inclusive day windows (null = open) share a day. */
export function windowsOverlap(
  a: { earliest: string | null; latest: string | null },
  b: { earliest: string | null; latest: string | null },
): boolean {
  return (
    (a.earliest === null || b.latest === null || a.earliest <= b.latest) &&
    (b.earliest === null || a.latest === null || b.earliest <= a.latest)
  );
}
