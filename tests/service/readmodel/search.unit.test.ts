import { beforeAll, describe, expect, it } from 'vitest';
import type { FactEvent, KroniekEvent } from '@kroniek/events';
import { loadRecordedEvents } from '../../support/letterLog.js';
import { given } from '../../support/projectionSpec.js';

// Free text also finds events by the names of their actors and subjects, and each item says
// which of its fields matched, so the dashboard can mark them.

let recorded: KroniekEvent[] = [];
beforeAll(async () => {
  recorded = await loadRecordedEvents();
});

const facts = () =>
  recorded.filter(
    (e): e is FactEvent => e.type !== 'EventCorrected' && e.type !== 'EventRetracted',
  );

describe('searching the recorded events', () => {
  it('finds every event an actor took part in by the actor name', () => {
    const withBrekelmans = facts()
      .filter((e) => e.actors.some((a) => /brekelmans/i.test(a.name)))
      .map((e) => e.id);
    expect(withBrekelmans.length).toBeGreaterThan(0);
    given(...recorded).then((m) => {
      const page = m.timeline({ q: 'Brekelmans', limit: 500 });
      const ids = page.items.map((i) => i.id);
      expect(ids).toEqual(expect.arrayContaining(withBrekelmans));
      const viaActor = page.items.find(
        (i) => i.id === withBrekelmans[0] && !/brekelmans/i.test(`${i.title} ${i.summary ?? ''}`),
      );
      if (viaActor) expect(viaActor.match?.fields).toContain('actors');
      for (const item of page.items) expect(item.match?.terms).toEqual(['brekelmans']);
    });
  });

  it('finds an event by the words of its subject', () => {
    const subject = facts()[0]!.subject;
    const onSubject = facts()
      .filter((e) => e.subject === subject)
      .map((e) => e.id);
    given(...recorded).then((m) => {
      const page = m.timeline({ q: subject.replace(/-/g, ' '), limit: 500 });
      expect(page.items.map((i) => i.id)).toEqual(expect.arrayContaining(onSubject));
      const item = page.items.find((i) => i.id === onSubject[0]);
      expect(item?.match?.fields).toContain('subject');
    });
  });

  it('names the text fields that matched, accents ignored', () => {
    const e = facts().find((f) => f.title.length > 12)!;
    const word = e.title.split(/\s+/).find((w) => w.length >= 5)!;
    given(...recorded).then((m) => {
      const item = m
        .timeline({ q: word.toUpperCase(), limit: 500 })
        .items.find((i) => i.id === e.id);
      expect(item?.match?.fields).toContain('title');
    });
  });

  it('carries no match without a query', () => {
    given(...recorded).then((m) => {
      expect(m.timeline({ limit: 5 }).items.every((i) => i.match === undefined)).toBe(true);
    });
  });
});
