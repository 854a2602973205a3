import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveEventId } from '@kroniek/events';
import type { CommitmentItem, CommitmentRegister } from '@kroniek/service';
import { problemOf } from '../../support/app.js';
import { givenRecordedApp } from '../../support/recordedApp.js';
import type { RecordedApp } from '../../support/recordedApp.js';

// Issue 14, section 2: GET /api/commitments over the recorded letter, replayed on the three
// axes. "Today" is the injected clock, never the wall clock.

const LETTER = 'kamerbrief-navo-dmm-2025-06';
const id = (key: string) => deriveEventId(LETTER, key);
const DASSEN = id('commitment-report-on-motie-dassen-omtzigt');
const DASSEN_FULFILLED = id('commitment-report-on-motie-dassen-omtzigt-fulfilled');
const BRIEFING = id('commitment-confidential-briefing-autumn');
const MARITIME = id('maritime-package-announced');
const MARITIME_DELIVERIES = id('maritime-package-first-deliveries');
const TODAY = '2026-01-15';

let t: RecordedApp;
beforeAll(async () => (t = await givenRecordedApp(TODAY)));
afterAll(() => t.close());

const register = (query = '') => t.json<CommitmentRegister>(`/api/commitments${query}`);
const find = (r: CommitmentRegister, eventId: string): CommitmentItem | undefined =>
  r.items.find((i) => i.id === eventId);

describe('GET /api/commitments', () => {
  it('lists the Dassen-Omtzigt report as fulfilled by the letter, with both sources', async () => {
    const r = await register();
    const dassen = find(r, DASSEN)!;
    const made = t.facts.find((e) => e.id === DASSEN)!;
    expect(dassen).toMatchObject({
      kind: 'parliamentary',
      type: 'ParliamentaryCommitmentMade',
      status: 'fulfilled',
      madeOn: { occurredBounds: { earliest: '2025-05-22', latest: '2025-05-22' } },
      settledBy: { eventId: DASSEN_FULFILLED, status: 'happened', source: { documentId: LETTER } },
      source: made.source,
    });
    expect(dassen.by.map((a) => a.role)).toEqual(['promisor']);
    expect(dassen.to.map((a) => a.id)).toContain('tweede-kamer');
  });

  it('keeps the autumn briefing open on 2025-10-01 and overdue today (the injected clock)', async () => {
    const then = find(await register('?asOf=2025-10-01'), BRIEFING)!;
    expect(then.status).toBe('open');
    expect(then.settledBy).toBeNull();
    expect(then.due).toMatchObject({
      precision: 'season',
      wording: 'in het najaar',
      bounds: { earliest: '2025-09-01', latest: '2025-11-30' },
    });
    expect(find(await register('?asOf=2025-10-01&knownBy=2025-10-01'), BRIEFING)?.status).toBe(
      'open',
    );
    expect(find(await register(), BRIEFING)?.status).toBe('overdue');
  });

  it('moves with the injected clock: "today" decides the default replay day', async () => {
    try {
      t.setToday('2025-11-30');
      expect(find(await register(), BRIEFING)?.status).toBe('open');
      t.setToday('2025-12-01');
      expect(find(await register(), BRIEFING)?.status).toBe('overdue');
    } finally {
      t.setToday(TODAY);
    }
  });

  it('replays as known then: before the letter was public only the promise made in public is known, still open', async () => {
    const r = await register('?asOf=2025-10-01&knownBy=2025-06-04');
    // Issue 13: the promise given in the committee debate of 22 May was public that day; the
    // letter that fulfils it, and the briefing it promises, were not yet public on 4 June.
    expect(find(r, DASSEN)).toMatchObject({ status: 'open', knownOn: '2025-05-22' });
    expect(find(r, BRIEFING)).toBeUndefined();
  });

  it('replays the occurred axis: not made before 22 May, open (not yet fulfilled) on that day', async () => {
    const before = await register('?asOf=2025-05-21');
    expect(find(before, DASSEN)).toBeUndefined();
    expect(before.counts.later).toBeGreaterThan(0);
    const onTheDay = find(await register('?asOf=2025-05-22'), DASSEN)!;
    expect(onTheDay.status).toBe('open');
    expect(onTheDay.steps).toEqual([
      expect.objectContaining({ eventId: DASSEN_FULFILLED, status: 'later' }),
    ]);
  });

  it('lists the maritime package as a pledge that is delivering, by its delivery', async () => {
    const maritime = find(await register(), MARITIME)!;
    const announced = t.facts.find((e) => e.id === MARITIME)!;
    expect(maritime).toMatchObject({
      kind: 'pledge',
      status: 'delivering',
      settledBy: { eventId: MARITIME_DELIVERIES },
      money: announced.money,
    });
    expect(maritime.by.map((a) => a.id)).toContain('netherlands');
  });

  it('filters by status, kind and actor, and counts before the filters', async () => {
    const all = await register();
    const overdue = await register('?status=overdue');
    expect(overdue.items.map((i) => i.id)).toContain(BRIEFING);
    expect(overdue.items.every((i) => i.status === 'overdue')).toBe(true);
    expect(overdue.counts.listed).toBe(overdue.items.length);
    expect(overdue.counts.byStatus).toEqual(all.counts.byStatus);
    const pledges = await register('?kind=pledge');
    expect(pledges.items.length).toBe(all.counts.byKind.pledge);
    expect(pledges.items.every((i) => i.kind === 'pledge')).toBe(true);
    const ministry = await register('?actors=nl-ministry-of-defence');
    expect(ministry.items.map((i) => i.id)).toEqual([BRIEFING]);
    const several = await register('?status=open,fulfilled&kind=parliamentary');
    expect(several.items.map((i) => i.id)).toEqual([DASSEN]);
  });

  it('refuses an unknown status with problem+json', async () => {
    const res = await t.app.request('/api/commitments?status=forgotten');
    expect(res.status).toBe(400);
    const problem = await problemOf(res);
    expect(problem.contentType).toContain('application/problem+json');
    expect(problem.body.status).toBe(400);
  });
});
