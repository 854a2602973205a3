import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActorDetail } from '@kroniek/service';
import { givenApp, problemOf } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';

// One actor's page: its events with its roles in each, read like a subject's page.

let t: TestApp;
beforeEach(async () => (t = await givenApp()));
afterEach(() => t.close());

const factsOf = (id: string) =>
  t.events.filter(
    (e) =>
      e.type !== 'EventCorrected' &&
      e.type !== 'EventRetracted' &&
      e.actors.some((a) => a.id === id),
  );

describe('GET /api/actors/:id', () => {
  it("lists the actor's events with its roles in each, and counts them by role", async () => {
    const actor = t.events.flatMap((e) => ('actors' in e ? e.actors : []))[0]!;
    const expected = factsOf(actor.id);
    const res = await t.app.request(`/api/actors/${actor.id}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as ActorDetail;
    expect(body.name).toBe(actor.name);
    expect(body.items.map((i) => i.id).sort()).toEqual(expected.map((e) => e.id).sort());
    expect(body.total).toBe(expected.length);
    for (const item of body.items) {
      const roles = item.actors.filter((a) => a.id === actor.id).map((a) => a.role);
      expect(item.roles).toEqual([...new Set(roles)]);
    }
    const list = (await (await t.app.request('/api/actors')).json()) as {
      actors: { id: string; events: number; byRole: unknown }[];
    };
    const summary = list.actors.find((a) => a.id === actor.id)!;
    expect(body.events).toBe(summary.events);
    expect(body.byRole).toEqual(summary.byRole);
  });

  it('replays: on a day before its first event, those events are later', async () => {
    const actor = t.events.flatMap((e) => ('actors' in e ? e.actors : []))[0]!;
    const body = (await (
      await t.app.request(`/api/actors/${actor.id}?asOf=2000-01-01`)
    ).json()) as ActorDetail;
    expect(body.events).toBe(0);
    expect(body.later).toBe(body.total);
    expect(body.items.every((i) => i.status === 'later')).toBe(true);
  });

  it('answers 404 for an actor no event names, 400 for a malformed id', async () => {
    const missing = await t.app.request('/api/actors/nobody-at-all');
    expect(missing.status).toBe(404);
    expect((await problemOf(missing)).body.title).toBeTruthy();
    expect((await t.app.request('/api/actors/Not%20A%20Slug')).status).toBe(400);
  });
});
