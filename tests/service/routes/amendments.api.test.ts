import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventDetail } from '@kroniek/service';
import { givenApp, IDS } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { correction, postJson, retraction } from '../../support/writes.js';

// Amendments are idempotent: a fact is retracted once, and a correction or retraction posted
// again without an id is the same event (its id derives from its content).

let t: TestApp;
beforeEach(async () => (t = await givenApp()));
afterEach(() => t.close());

interface Written {
  appended: number;
  events: { id: string; type: string; position: number }[];
  alreadyRetracted?: boolean;
  detail?: string;
}

const retract = (body = retraction()) => postJson(t, `/api/events/${IDS.mou}/retractions`, body);
const correct = (body = correction()) =>
  postJson(t, `/api/events/${IDS.maritime}/corrections`, body);
const amendmentsOf = async (stream: string, type: string) =>
  (await t.store.readStream(stream)).filter((e) => e.type === type);

describe('a retraction of a fact retracted already', () => {
  it('appends nothing and answers 200 naming the retraction that stands', async () => {
    const first = await retract();
    expect(first.status).toBe(201);
    const stored = (await first.json()) as Written;
    const head = await t.store.head();

    const second = await retract(retraction({ reason: 'toch nog eens ingetrokken' }));
    expect(second.status).toBe(200);
    const body = (await second.json()) as Written;
    expect(body).toMatchObject({ appended: 0, alreadyRetracted: true });
    expect(body.events.map((e) => e.id)).toEqual([stored.events[0]!.id]);
    expect(body.detail).toContain('retracted already');
    expect(second.headers.get('Location')).toBe(`/api/events/${stored.events[0]!.id}`);
    expect(await t.store.head()).toBe(head);
    expect(await amendmentsOf('mou-nl-oekraine-g2b', 'EventRetracted')).toHaveLength(1);
  });

  it('is one retraction when two come at once', async () => {
    const answers = await Promise.all([
      retract(retraction({ reason: 'eerste' })),
      retract(retraction({ reason: 'tweede' })),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(await amendmentsOf('mou-nl-oekraine-g2b', 'EventRetracted')).toHaveLength(1);
  });
});

describe('an amendment posted twice without an id', () => {
  it('is one correction: the second post appends nothing and names the same event', async () => {
    const first = await correct();
    expect(first.status).toBe(201);
    const second = await correct();
    expect(second.status).toBe(200);
    const [a, b] = [(await first.json()) as Written, (await second.json()) as Written];
    expect(b.appended).toBe(0);
    expect(b.events[0]!.id).toBe(a.events[0]!.id);
    expect(await amendmentsOf('maritiem-steunpakket', 'EventCorrected')).toHaveLength(1);
    const detail = (await (
      await t.app.request(`/api/events/${IDS.maritime}`)
    ).json()) as EventDetail;
    expect(detail.history).toHaveLength(1);
  });

  it('is two corrections when the content differs', async () => {
    expect((await correct()).status).toBe(201);
    const other = correction({ reason: 'een andere reden' });
    expect((await correct(other)).status).toBe(201);
    expect(await amendmentsOf('maritiem-steunpakket', 'EventCorrected')).toHaveLength(2);
  });
});

describe('GET /api/events/:id of an amendment', () => {
  it.each([
    ['a correction', () => correct(), 'EventCorrected', IDS.maritime],
    ['a retraction', () => retract(), 'EventRetracted', IDS.mou],
  ] as const)('returns %s itself, beside the event it amends', async (_l, post, type, target) => {
    const { events } = (await (await post()).json()) as Written;
    const id = events[0]!.id;
    const res = await t.app.request(`/api/events/${id}`);
    expect(res.status).toBe(200);
    const detail = (await res.json()) as EventDetail;
    expect(detail.amendment).toMatchObject({ id, type, applied: true });
    expect(detail.amendment?.event).toMatchObject({
      id,
      type,
      ...(type === 'EventCorrected' ? { corrects: target } : { retracts: target }),
    });
    expect(detail.item.id).toBe(target);
  });
});
