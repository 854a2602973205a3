import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { givenApp, IDS, problemOf } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { correction, delivery, postJson } from '../../support/writes.js';

// Free text refuses what is not text, naming the field: control characters (tab and line feed
// aside), unpaired surrogates, and in titles and names bidirectional overrides and isolates.

let t: TestApp;
beforeEach(async () => (t = await givenApp()));
afterEach(() => t.close());

const append = (body: Record<string, unknown>) =>
  postJson(t, '/api/subjects/maritiem-steunpakket/events', body);

describe('text fields of a posted event', () => {
  it.each([
    ['a lone surrogate in the title', { title: 'Levering \uD83D' }, 'title', 'U+D83D'],
    ['a lone low surrogate in the summary', { summary: 'x\uDC00y' }, 'summary', 'U+DC00'],
    ['a NUL in the summary', { summary: 'a\u0000b' }, 'summary', 'U+0000'],
    ['an escape in the title', { title: 'Levering \u001B[31m' }, 'title', 'U+001B'],
    ['a carriage return in the summary', { summary: 'regel\r\nregel' }, 'summary', 'U+000D'],
    [
      'a C1 control in a wording',
      { occurred: { precision: 'between', latest: '2025-06-04', wording: 'al\u0085gedaan' } },
      'occurred.wording',
      'U+0085',
    ],
    [
      'a right-to-left override in the title',
      { title: 'Levering \u202Egnirevel' },
      'title',
      'U+202E',
    ],
    [
      'an isolate in an actor name',
      { actors: [{ id: 'nl', name: 'Neder\u2067land', role: 'donor' }] },
      'actors.0.name',
      'U+2067',
    ],
  ])(
    'refuses %s, naming the field, and appends nothing',
    async (_label, overrides, field, char) => {
      const res = await append(delivery(overrides));
      expect(res.status, await res.clone().text()).toBe(400);
      const issues = (await problemOf(res)).body.issues ?? [];
      expect(issues.map((i) => i.path)).toEqual([field]);
      expect(issues[0]!.message).toContain(char);
      expect(await t.store.head()).toBe(4);
    },
  );

  it('keeps tab, line feed, pairs of surrogates and right-to-left text, and bidi marks in a summary', async () => {
    const summary = 'regel 1\n\tregel 2 👩🏽‍🚀 עברית مرحبا \u2067isolate\u2069';
    const title = 'Levering 👩🏽‍🚀 עברית';
    const res = await append(delivery({ title, summary }));
    expect(res.status, await res.clone().text()).toBe(201);
    const { events } = (await res.json()) as { events: { id: string }[] };
    const stored = await t.store.getById(events[0]!.id);
    expect(stored?.data).toMatchObject({ title, summary });
  });

  it('refuses a bidirectional override in a corrected title', async () => {
    const res = await postJson(
      t,
      `/api/events/${IDS.maritime}/corrections`,
      correction({ changes: { title: 'Maritiem \u202Dpakket' } }),
    );
    expect(res.status).toBe(400);
    expect((await problemOf(res)).body.issues?.map((i) => i.path)).toEqual(['changes.title']);
  });
});

describe('an event stored before the entry rules existed', () => {
  it('is still read, listed and can be corrected: the rules apply to new input only', async () => {
    const old = {
      ...t.events[1]!,
      id: '0f0e0d0c-0b0a-4909-8807-060504030201',
      title: 'Oud \u202Epakket\r\nmet regels',
      summary: 'een bel\u0007',
      money: [{ ...t.events[1]!.money![0]!, amount: { kind: 'exact', value: 1e20 } }],
    };
    await t.store.append(old.subject, [
      { id: old.id, type: old.type, data: old, metadata: { origin: 'test' } },
    ]);
    const res = await t.app.request(`/api/events/${old.id}`);
    expect(res.status, await res.clone().text()).toBe(200);
    const detail = (await res.json()) as { current: { title: string; summary: string } };
    expect(detail.current).toMatchObject({ title: old.title, summary: old.summary });
    const timeline = await t.app.request('/api/timeline?subjects=maritiem-steunpakket');
    expect(timeline.status).toBe(200);
    expect(
      ((await timeline.json()) as { items: { id: string }[] }).items.map((i) => i.id),
    ).toContain(old.id);
    const corrected = await postJson(t, `/api/events/${old.id}/corrections`, correction());
    expect(corrected.status, await corrected.clone().text()).toBe(201);
  });
});
