import { DOC, jsonHeaders, quote, sources } from './app.js';
import type { TestApp } from './app.js';

const TEXT = (await sources()).get(DOC)!.text;

/** A delivery on the maritime package, as a client would post it (no id, no schemaVersion). */
export function delivery(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'SupportDelivered',
    stage: 'started',
    title: 'Eerste leveringen maritiem pakket',
    category: 'ukraine-support',
    occurred: { precision: 'between', latest: '2025-06-04', wording: 'al gedaan' },
    knownAt: {
      date: { precision: 'between', earliest: '2025-06-05', latest: '2025-06-23' },
      basis: 'source-publication',
    },
    source: quote(TEXT, 'De eerste leveringen zijn al gedaan en gaan door tot'),
    actors: [{ id: 'nl-minister-defensie', name: 'Minister van Defensie', role: 'donor' }],
    ...overrides,
  };
}

/** A correction of the maritime package's title, as a client would post it. */
export function correction(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    changes: { title: 'Maritiem steunpakket (58 patrouilleboten, 62 vaartuigen, 67 drones)' },
    reason: 'de titel noemt nu de onderdelen van het pakket',
    source: quote(TEXT, 'De totale waarde aan dit steunpakket voor maritieme'),
    ...overrides,
  };
}

/** A retraction of the MoU, as a client would post it. */
export function retraction(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    reason: 'dubbel geregistreerd',
    source: quote(
      TEXT,
      'En marge van de DMM is een Memorandum of Understanding tussen Nederland en',
      'DMM',
    ),
    ...overrides,
  };
}

/** POSTs `body` as JSON with the write token (or the headers given). */
export function postJson(
  t: TestApp,
  path: string,
  body: unknown,
  headers: Record<string, string> = jsonHeaders,
): Promise<Response> {
  return Promise.resolve(
    t.app.request(path, {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}
