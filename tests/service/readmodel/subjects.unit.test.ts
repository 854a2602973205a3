import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '@kroniek/events';
import type { ReadModel } from '@kroniek/service';
import { day, idOf, knownOn, makeEvent } from '../../support/projectionEvents.js';
import { given } from '../../support/projectionSpec.js';

const promise = (key: string, due: FuzzyDate) =>
  makeEvent('ParliamentaryCommitmentMade', key, {
    occurred: day('2025-05-22'),
    knownAt: knownOn('2025-05-22'),
    commitment: { description: 'vertrouwelijke technische briefing', due },
  });
const briefing = promise('briefing', {
  precision: 'season',
  season: 'autumn',
  year: 2025,
  wording: 'najaar',
});
const yearly = promise('yearly', { precision: 'year', year: 2025 });

const status = (m: ReadModel, id: string, asOf: string) =>
  m.subjects({ asOf }).find((s) => s.id === id)?.status;

describe('a parliamentary commitment', () => {
  it("due 'najaar 2025' is open on 2025-10-01 and overdue only after the autumn has passed", () => {
    given(briefing).then((m) => {
      expect(status(m, 'briefing', '2025-10-01')).toBe('open');
      expect(status(m, 'briefing', '2025-11-30')).toBe('open');
      expect(status(m, 'briefing', '2025-12-01')).toBe('overdue');
      expect(m.subject('briefing', { asOf: '2025-12-01' })?.dueLabel).toBe('autumn 2025');
    });
  });

  it('due with only a year is overdue only after that year', () => {
    given(yearly).then((m) => {
      expect(status(m, 'yearly', '2025-12-31')).toBe('open');
      expect(status(m, 'yearly', '2026-01-01')).toBe('overdue');
    });
  });

  it('is fulfilled by a fulfilment on its subject, or one that names it from elsewhere', () => {
    const done = makeEvent('ParliamentaryCommitmentFulfilled', 'done', {
      subject: 'other-letter',
      fulfils: idOf('briefing'),
      occurred: day('2025-11-15'),
    });
    given(briefing)
      .when(done)
      .then((m) => {
        expect(status(m, 'briefing', '2025-11-14')).toBe('open');
        expect(status(m, 'briefing', '2025-12-15')).toBe('fulfilled');
        expect(
          m.subject('briefing', { asOf: '2025-12-15' })?.lifecycle.map((s) => s.status),
        ).toEqual(['open', 'fulfilled']);
      });
  });

  it('is not overdue on the day the injected clock gives when that day is within its period', () => {
    given(briefing)
      .on('2025-10-01')
      .then((m) => expect(m.subjects()[0]?.status).toBe('open'));
  });
});

describe('lifecycles', () => {
  it('a proposal later adopted', () => {
    const tabled = makeEvent('ProposalTabled', 'dip', {
      occurred: day('2025-06-05'),
      proposal: { name: 'DIP 5%' },
    });
    const adopted = makeEvent('DocumentAdopted', 'dip-adopted', {
      subject: 'dip',
      occurred: day('2025-06-25'),
      document: { name: 'Defence Investment Pledge' },
    });
    given(tabled, adopted).then((m) => {
      expect(m.subjects({ asOf: '2025-06-10' })).toEqual([
        expect.objectContaining({
          id: 'dip',
          kind: 'proposal',
          status: 'proposed',
          title: 'DIP 5%',
          events: 1,
          later: 1,
        }),
      ]);
      expect(status(m, 'dip', '2025-06-25')).toBe('adopted');
    });
  });

  it('a package announced, delivering and delivered, never moving back', () => {
    const announced = makeEvent('SupportCommitted', 'pkg', { occurred: day('2025-06-04') });
    const started = makeEvent('SupportDelivered', 'pkg-started', {
      subject: 'pkg',
      stage: 'started',
      occurred: { precision: 'between', latest: '2025-06-04', wording: 'al gedaan' },
    });
    const completed = makeEvent('SupportDelivered', 'pkg-done', {
      subject: 'pkg',
      stage: 'completed',
      occurred: { precision: 'year', year: 2026 },
    });
    given(announced, started, completed).then((m) => {
      expect(status(m, 'pkg', '2025-06-03')).toBe('upcoming');
      expect(status(m, 'pkg', '2025-06-04')).toBe('delivering');
      // Completed "in 2026": certainly delivered only once the whole year has passed.
      expect(status(m, 'pkg', '2026-01-01')).toBe('delivering');
      expect(status(m, 'pkg', '2026-12-31')).toBe('delivered');
    });
  });

  it('an agreement signed and a meeting scheduled, then upcoming, then held', () => {
    const signed = makeEvent('AgreementSigned', 'cv90', {
      occurred: day('2025-06-05'),
      agreement: { name: 'CV90', form: 'agreement' },
    });
    const summit = makeEvent('MeetingScheduled', 'summit', {
      occurred: { precision: 'days', from: '2025-06-24', to: '2025-06-25' },
      meeting: { name: 'NAVO-top' },
    });
    given(signed, summit).then((m) => {
      expect(status(m, 'cv90', '2025-06-10')).toBe('signed');
      const s = m.subjects({ asOf: '2025-06-10' }).find((x) => x.id === 'summit');
      expect(s).toMatchObject({
        status: 'upcoming',
        kind: 'meeting',
        next: { occurredLabel: '24–25 Jun 2025' },
      });
      // The summit spans 24-25 June: on the 24th it has possibly begun, certainly only on the 25th.
      expect(status(m, 'summit', '2025-06-24')).toBe('upcoming');
      expect(status(m, 'summit', '2025-06-25')).toBe('scheduled');
    });
  });
});

describe('actors', () => {
  it('counts who did what, by role and kind, once per event', () => {
    const nl = { id: 'nl', name: 'Nederland' };
    const a = makeEvent('SupportCommitted', 'a', {
      actors: [
        { ...nl, role: 'donor' },
        { ...nl, role: 'announcer' },
      ],
    });
    const b = makeEvent('AgreementSigned', 'b', {
      actors: [
        { ...nl, role: 'signatory' },
        { id: 'ua', name: 'Oekraïne', role: 'signatory' },
      ],
      agreement: { name: 'MoU', form: 'mou' },
    });
    given(a, b).then((m) => {
      expect(m.actors()).toEqual([
        {
          id: 'nl',
          name: 'Nederland',
          events: 2,
          byRole: { donor: 1, announcer: 1, signatory: 1 },
          byType: { SupportCommitted: 1, AgreementSigned: 1 },
          subjects: ['a', 'b'],
        },
        {
          id: 'ua',
          name: 'Oekraïne',
          events: 1,
          byRole: { signatory: 1 },
          byType: { AgreementSigned: 1 },
          subjects: ['b'],
        },
      ]);
    });
  });
});
