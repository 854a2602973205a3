import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { givenApp, IDS } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { readSse } from '../../support/sse.js';

let t: TestApp;
beforeEach(async () => (t = await givenApp()));
afterEach(() => t.close());

const NEW_ID = '99999999-9999-4999-8999-000000000001';

async function appendOne() {
  const e = t.events[1]!;
  await t.store.append(e.subject, [
    { id: NEW_ID, type: e.type, data: { ...e, id: NEW_ID, title: 'Nog een steunpakket' } },
  ]);
}

describe('GET /api/live', () => {
  it('announces each appended event with its log position as id', async () => {
    const res = await t.app.request('/api/live');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reading = readSse(res.body!, 2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await appendOne();
    const [ready, appended] = await reading;
    expect(ready).toMatchObject({ event: 'ready', data: JSON.stringify({ after: 4 }) });
    expect(appended).toMatchObject({ id: '5', event: 'appended' });
    expect(JSON.parse(appended!.data)).toMatchObject({
      position: 5,
      id: NEW_ID,
      stream: 'maritiem-steunpakket',
      event: { title: 'Nog een steunpakket' },
    });
    // What was announced can be read at once.
    expect(t.readModel.position()).toBe(5);
  });

  it('resumes after Last-Event-ID without missing an event', async () => {
    const res = await t.app.request('/api/live', { headers: { 'Last-Event-ID': '2' } });
    const messages = await readSse(res.body!, 3);
    expect(messages.slice(1).map((m) => m.id)).toEqual(['3', '4']);
    expect(JSON.parse(messages[1]!.data)).toMatchObject({ id: IDS.briefing });
  });

  it('answers 400 for a malformed Last-Event-ID and 404 for a position beyond the head', async () => {
    expect((await t.app.request('/api/live', { headers: { 'Last-Event-ID': 'abc' } })).status).toBe(
      400,
    );
    expect((await t.app.request('/api/live?after=99')).status).toBe(404);
  });

  it('sends keep-alive comments', async () => {
    const quick = await givenApp({ liveHeartbeatMs: 10 });
    const res = await quick.app.request('/api/live');
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes(': ping')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain(': ping');
    await reader.cancel();
    await quick.close();
  });
});
