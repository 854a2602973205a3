import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { givenApp, IDS, problemOf } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { correction, delivery, postJson } from '../../support/writes.js';

// Ids that differ only in letter case would be two events to the store and one to the read
// model. Upper case is refused wherever an id enters, naming the field, and nothing is appended.

let t: TestApp;
beforeEach(async () => (t = await givenApp()));
afterEach(() => t.close());

const LOWER = '6a6b6c6d-6e6f-4a0b-8c0d-0e0f1a1b1c1d';
const UPPER = LOWER.toUpperCase();

/** The problem's issues, after checking the status and that the log did not move. */
async function refused(res: Response, head: number) {
  expect(res.status, await res.clone().text()).toBe(400);
  expect(await t.store.head()).toBe(head);
  return (await problemOf(res)).body.issues ?? [];
}

describe('an event id in upper case', () => {
  it('is refused when posted, naming the field, and nothing is appended', async () => {
    const issues = await refused(
      await postJson(t, '/api/subjects/maritiem-steunpakket/events', delivery({ id: UPPER })),
      4,
    );
    expect(issues).toEqual([{ path: 'id', message: `ids are lower case: write '${LOWER}'` }]);
  });

  it('is refused after its lower-case twin is stored: the same event cannot be posted twice', async () => {
    const first = await postJson(
      t,
      '/api/subjects/maritiem-steunpakket/events',
      delivery({ id: LOWER }),
    );
    expect(first.status).toBe(201);
    const issues = await refused(
      await postJson(t, '/api/subjects/maritiem-steunpakket/events', {
        events: [delivery({ id: UPPER, title: 'Iets anders' })],
      }),
      5,
    );
    expect(issues.map((i) => i.path)).toEqual(['events.0.id']);
  });

  it('is refused in a reference (fulfils) and in an amendment id', async () => {
    const fulfil = delivery({
      type: 'ParliamentaryCommitmentFulfilled',
      stage: undefined,
      fulfils: UPPER,
    });
    const a = await refused(
      await postJson(t, '/api/subjects/briefing-kritieke-capaciteiten/events', fulfil),
      4,
    );
    expect(a.map((i) => i.path)).toEqual(['fulfils']);
    const b = await refused(
      await postJson(t, `/api/events/${IDS.maritime}/corrections`, correction({ id: UPPER })),
      4,
    );
    expect(b.map((i) => i.path)).toEqual(['id']);
  });

  it('is refused in the path of a read and of an amendment', async () => {
    await postJson(t, '/api/subjects/maritiem-steunpakket/events', delivery({ id: LOWER }));
    const read = await refused(await t.app.request(`/api/events/${UPPER}`), 5);
    expect(read).toEqual([{ path: 'id', message: `ids are lower case: write '${LOWER}'` }]);
    const amend = await refused(
      await postJson(t, `/api/events/${UPPER}/corrections`, correction()),
      5,
    );
    expect(amend.map((i) => i.path)).toEqual(['id']);
  });
});
