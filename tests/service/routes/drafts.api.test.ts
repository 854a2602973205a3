import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dayBounds } from '@kroniek/events';
import type { KroniekEvent } from '@kroniek/events';
import type { DraftsAnswer } from '../../../service/src/routes/drafts.js';
import { inventedValues } from '../../../service/src/draft/verify.js';
import { auth, DOC, givenApp, IDS, jsonHeaders, NOW, problemOf } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';

let t: TestApp;
beforeEach(async () => (t = await givenApp()));
afterEach(() => t.close());

const draftsOf = async (id = DOC) => {
  const res = await t.app.request(`/api/sources/${id}/drafts`, { method: 'POST', headers: auth });
  return { res, body: res.status === 200 ? ((await res.json()) as DraftsAnswer) : undefined };
};
const accept = (event: unknown, id = DOC) =>
  t.app.request(`/api/sources/${id}/drafts/accept`, {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify({ event }),
  });

describe('POST /api/sources/{id}/drafts', () => {
  it('needs the token', async () => {
    const res = await t.app.request(`/api/sources/${DOC}/drafts`, { method: 'POST' });
    expect(res.status).toBe(401);
  });

  it('answers 404 problem+json for a source the service does not hold', async () => {
    const { res } = await draftsOf('no-such-source');
    expect(res.status).toBe(404);
    expect((await problemOf(res)).contentType).toMatch(/problem\+json/);
  });

  it('drafts the held letter: every value with a span inside its quotation, nothing appended', async () => {
    const head = await t.store.head();
    const { res, body } = await draftsOf();
    expect(res.status).toBe(200);
    expect(body!.documentId).toBe(DOC);
    expect(body!.language).toBe('nl');
    expect(body!.drafts.length).toBeGreaterThan(10);
    const bounds = dayBounds(body!.drafts[0]!.knownAt.date);
    const ctx = {
      documentId: DOC,
      language: body!.language,
      published: body!.drafts[0]!.knownAt.date,
      earliest: bounds.earliest!,
      latest: bounds.latest!,
    };
    for (const d of body!.drafts) {
      expect(inventedValues(d, t.text, ctx)).toEqual([]);
      expect(d.quotation.text).toBe(t.text.slice(d.quotation.start, d.quotation.end));
      expect(d.event.type).toBe(d.corroborates ? 'EventCorroborated' : d.kind);
      expect(d.fact.type).toBe(d.kind);
      expect(d.event.provenance.drafted.rule).toEqual(d.rule);
      expect(d.event.provenance.drafted.drafter).toBe(body!.drafter);
    }
    expect(await t.store.head()).toBe(head);
  });

  it('proposes a draft of a recorded event as its corroboration, on the fact’s subject', async () => {
    const { body } = await draftsOf();
    const mou = t.events.find((e) => e.id === IDS.mou)!;
    const matching = body!.drafts.filter((d) => d.corroborates?.eventId === IDS.mou);
    expect(matching.length).toBeGreaterThan(0);
    for (const d of matching) {
      expect(d.quotation.start).toBeLessThan(mou.source.location.end);
      expect(d.quotation.end).toBeGreaterThan(mou.source.location.start);
      expect(d.event).toMatchObject({
        type: 'EventCorroborated',
        corroborates: IDS.mou,
        subject: mou.subject,
      });
      expect(d.fact.type).toBe(d.kind);
    }
  });
});

describe('POST /api/sources/{id}/drafts/accept', () => {
  it('appends a draft as drafted, once, with its provenance: drafted by its rule, accepted now', async () => {
    const { body } = await draftsOf();
    const draft = body!.drafts.find((d) => !d.corroborates)!;
    const res = await accept(draft.event);
    expect(res.status).toBe(201);
    const stored = await t.store.getById(draft.event.id);
    const event = stored!.data as KroniekEvent;
    expect(event.provenance).toEqual({
      drafted: draft.event.provenance.drafted,
      accepted: { at: NOW, edited: [] },
    });
    expect(event.source.quotation).toBe(draft.quotation.text);
    const again = await accept(draft.event);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { appended: number }).appended).toBe(0);
  });

  it('keeps the reviewer’s edits and names the edited fields; a client’s own provenance is ignored', async () => {
    const { body } = await draftsOf();
    const draft = body!.drafts.find((d) => !d.corroborates)!;
    const edited = {
      ...draft.event,
      title: 'A title the reviewer wrote',
      category: 'ukraine-support',
      provenance: { drafted: { ...draft.event.provenance.drafted, confidence: 1 } },
    };
    const res = await accept(edited);
    expect(res.status).toBe(201);
    const event = (await t.store.getById(draft.event.id))!.data as KroniekEvent;
    expect(event.title).toBe('A title the reviewer wrote');
    expect(event.provenance!.accepted.edited).toEqual(['category', 'title']);
    expect(event.provenance!.drafted.confidence).toBe(draft.confidence);
  });

  it('re-checks an edited quotation against the source text', async () => {
    const { body } = await draftsOf();
    const draft = body!.drafts.find((d) => !d.corroborates)!;
    const src = draft.event.source as { location: { start: number; end: number } };
    const moved = {
      ...draft.event,
      source: {
        ...(draft.event.source as object),
        location: { ...src.location, start: src.location.start + 1, end: src.location.end + 1 },
      },
    };
    const res = await accept(moved);
    expect(res.status).toBe(400);
    const { body: problem } = await problemOf(res);
    expect(problem.issues?.map((i) => i.path)).toContain('event.source.quotation');
    expect(await t.store.getById(draft.event.id)).toBeNull();
  });

  it('appends a proposed corroboration as an EventCorroborated, or the draft as a new fact instead', async () => {
    const { body } = await draftsOf();
    const drafts = body!.drafts.filter((d) => d.corroborates?.eventId === IDS.mou);
    const [asCorroboration, asFact] = [drafts[0]!, drafts.at(-1)!];
    expect((await accept(asCorroboration.event)).status).toBe(201);
    const c = (await t.store.getById(asCorroboration.event.id))!.data as KroniekEvent;
    expect(c).toMatchObject({ type: 'EventCorroborated', corroborates: IDS.mou });
    expect(c.provenance!.accepted.edited).toEqual([]);
    if (asFact !== asCorroboration) {
      expect((await accept(asFact.fact)).status).toBe(201);
      const f = (await t.store.getById(asFact.fact.id))!.data as KroniekEvent;
      expect(f.type).toBe(asFact.kind);
    }
  });

  it('refuses an event the drafter does not propose for the source', async () => {
    const { body } = await draftsOf();
    const res = await accept({ ...body!.drafts[0]!.event, id: IDS.briefing });
    expect(res.status).toBe(400);
    expect((await problemOf(res)).body.issues?.[0]?.path).toBe('event.id');
  });
});
