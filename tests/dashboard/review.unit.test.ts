import { describe, expect, it } from 'vitest';
import { eventOf, formOf } from '../../dashboard/src/lib/draftForm.js';
import { segmentText } from '../../dashboard/src/lib/reviewText.js';

describe('segmentText', () => {
  it('cuts the text where quotations start and end, naming the drafts covering each stretch', () => {
    const text = 'abcdefghij';
    const segs = segmentText(text, [
      { start: 2, end: 6 },
      { start: 4, end: 8 },
      { start: 9, end: 99 },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.map((s) => [s.text, s.drafts])).toEqual([
      ['ab', []],
      ['cd', [0]],
      ['ef', [0, 1]],
      ['gh', [1]],
      ['ij', []],
    ]);
  });
});

describe('the draft form', () => {
  const proposed = {
    id: '11111111-1111-4111-8111-111111111111',
    schemaVersion: 1,
    type: 'MeetingHeld',
    title: 'Meeting held',
    subject: 'doc-draft-1',
    category: 'drafted',
    occurred: { precision: 'day', date: '2025-06-05' },
    source: {
      documentId: 'doc',
      location: { section: 'A', start: 3, end: 9 },
      quotation: 'abcdef',
    },
    actors: [],
    meeting: { name: 'abcdef' },
    provenance: { drafted: { rule: { id: 'cue.held', version: 1 } } },
  };

  it('gives back the proposed event when nothing is edited', () => {
    const rest: Record<string, unknown> = { ...proposed };
    delete rest.schemaVersion;
    expect(eventOf(proposed, formOf(proposed))).toEqual(rest);
  });

  it('carries every edit, a new structured field included, and names a field whose JSON is broken', () => {
    const form = formOf(proposed);
    form.title = 'New title';
    form.start = 4;
    form.quotation = 'bcdef';
    form.json.money = '[{"currency":"EUR"}]';
    const e = eventOf(proposed, form);
    expect(e).toMatchObject({
      title: 'New title',
      money: [{ currency: 'EUR' }],
      source: { location: { start: 4, end: 9 }, quotation: 'bcdef' },
    });
    form.json.occurred = '{ not json';
    expect(() => eventOf(proposed, form)).toThrow('occurred');
  });
});
