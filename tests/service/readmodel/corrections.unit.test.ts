import { describe, expect, it } from 'vitest';
import { day, idOf, knownOn, makeEvent } from '../../support/projectionEvents.js';
import { entryAt, given } from '../../support/projectionSpec.js';

const maritime = makeEvent('SupportCommitted', 'maritime', {
  occurred: day('2025-06-04'),
  title: 'Maritime package',
  money: [
    {
      currency: 'EUR',
      amount: { kind: 'exact', value: 400e6 },
      approximate: true,
      wording: 'circa €400 mln',
    },
  ],
});
const ct25 = makeEvent('DocumentAdopted', 'ct25', {
  occurred: day('2025-06-05'),
  document: { name: 'CT25' },
});
const correction = makeEvent('EventCorrected', 'fix-maritime', {
  subject: 'maritime',
  corrects: idOf('maritime'),
  changes: { title: 'Maritime support package', occurred: day('2025-06-06') },
  reason: 'announced at the DMM, not the UDCG',
  occurred: day('2025-07-10'),
  knownAt: knownOn('2025-07-10'),
});

describe('a correction', () => {
  it('is applied to the event it corrects and moves it in the timeline', () => {
    given(maritime, ct25)
      .when(correction)
      .then((m) => {
        const items = m.timeline({}).items;
        expect(items.map((i) => [i.id, i.title, i.corrections])).toEqual([
          [ct25.id, 'Title of ct25', 0],
          [maritime.id, 'Maritime support package', 1],
        ]);
        expect(items[1]?.occurredLabel).toBe('6 Jun 2025');
        expect(m.timeline({}).total).toBe(2);
      });
  });

  it('is kept in the history with its reason, source, knownAt and recordedAt', () => {
    given(maritime, ct25)
      .when(correction)
      .then((m) => {
        const detail = m.event(maritime.id)!;
        expect(detail.original.title).toBe('Maritime package');
        expect(detail.current.title).toBe('Maritime support package');
        expect(detail.history).toEqual([
          expect.objectContaining({
            id: correction.id,
            type: 'EventCorrected',
            reason: 'announced at the DMM, not the UDCG',
            changedFields: ['occurred', 'title'],
            knownOn: '2025-07-10',
            recordedAt: '2025-07-01T09:03:00.000Z',
            source: correction.source,
            applied: true,
          }),
        ]);
        expect(m.event(correction.id)?.viaAmendment).toBe(correction.id);
      });
  });

  it('is not applied in a replay known by a day before it was public: the original shows', () => {
    given(maritime, ct25)
      .when(correction)
      .then((m) => {
        const items = m.timeline({ knownBy: '2025-07-09' }).items;
        expect(items.map((i) => [i.id, i.title, i.corrections])).toEqual([
          [maritime.id, 'Maritime package', 0],
          [ct25.id, 'Title of ct25', 0],
        ]);
        expect(m.event(maritime.id, { knownBy: '2025-07-09' })?.history[0]?.applied).toBe(false);
        expect(m.event(correction.id, { knownBy: '2025-07-09' })).toBeNull();
      });
  });

  it('is not applied in an audit replay of what the database held before it was stored', () => {
    given(maritime, ct25)
      .when(correction)
      .then((m) => {
        // positions 1..3 are stored at 09:01, 09:02, 09:03 on 2025-07-01
        const before = m.timeline({ recordedAsOf: '2025-07-01T09:02:30Z' }).items;
        expect(before.map((i) => i.title)).toEqual(['Maritime package', 'Title of ct25']);
        expect(m.timeline({ recordedAsOf: '2025-07-01T09:01:30Z' }).items.map((i) => i.id)).toEqual(
          [maritime.id],
        );
      });
  });

  it('that arrives before its target in the log still applies once the target arrives', () => {
    given(entryAt(1, correction), entryAt(2, maritime)).then((m) => {
      expect(m.timeline({}).items[0]?.title).toBe('Maritime support package');
    });
  });
});

describe('the knownBy axis', () => {
  const scheduled = makeEvent('MeetingScheduled', 'summit', {
    occurred: { precision: 'days', from: '2025-06-24', to: '2025-06-25' },
    meeting: { name: 'NAVO-top' },
    knownAt: knownOn('2025-06-05'),
  });
  const later = makeEvent('StatementMade', 'later', {
    occurred: day('2025-06-01'),
    knownAt: knownOn('2025-06-20'),
  });

  it('answers what the record said on a day, with scheduled events shown as upcoming', () => {
    given(scheduled, later, maritime).then((m) => {
      const page = m.timeline({ asOf: '2025-06-10', knownBy: '2025-06-10' });
      expect(page.items.map((i) => [i.id, i.status])).toEqual([
        [maritime.id, 'happened'],
        [scheduled.id, 'later'],
      ]);
      // The statement (public on 20 June) is hidden and counted as not yet known.
      expect(page.counts).toEqual({
        happened: 1,
        possiblyHappened: 0,
        later: 1,
        known: 2,
        possiblyKnown: 0,
        notYetKnown: 1,
        byType: { SupportCommitted: 1 },
      });
    });
  });

  it('can leave later events out of the listing', () => {
    given(scheduled, maritime).then((m) => {
      const page = m.timeline({ asOf: '2025-06-10', includeLater: false });
      expect(page.items.map((i) => i.id)).toEqual([maritime.id]);
      expect(page.total).toBe(1);
    });
  });
});
