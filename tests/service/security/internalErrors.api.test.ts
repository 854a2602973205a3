import { afterEach, describe, expect, it } from 'vitest';
import type { EventStore } from '@kroniek/service';
import { givenFileApp } from '../../support/fileApp.js';
import type { FileApp } from '../../support/fileApp.js';
import { IDS, jsonHeaders } from '../../support/app.js';

const SECRET_PATH = '/srv/kroniek/private/data/kroniek.db';

/** A store whose named method fails the way a broken disk does, with a path in the message. */
function failing(store: EventStore, method: keyof EventStore): EventStore {
  return new Proxy(store, {
    get(target, property) {
      if (property === method) {
        return () => {
          throw new Error(`SQLITE_IOERR: disk I/O error reading ${SECRET_PATH}`);
        };
      }
      const value = Reflect.get(target, property) as unknown;
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}

let t: FileApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('an internal error', () => {
  it.each([
    ['a read of the log', 'readAll' as const, () => t!.app.request('/api/timeline')],
    ['the head', 'head' as const, () => t!.app.request('/api/log')],
    [
      'a lookup during a write',
      'getById' as const,
      () =>
        t!.app.request(`/api/events/${IDS.mou}/retractions`, {
          method: 'POST',
          headers: jsonHeaders,
          body: JSON.stringify({ reason: 'x', source: t!.events[3]!.source }),
        }),
    ],
  ])('in %s answers 500 problem+json without message, stack or path', async (_l, method, send) => {
    const lines: Record<string, unknown>[] = [];
    t = await givenFileApp({
      wrapStore: (store) => failing(store, method),
      log: { info: () => {}, error: (msg, fields) => lines.push({ msg, ...fields }) },
    });
    const res = await send();
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({
      status: 500,
      title: 'Internal error',
      detail: 'the server could not answer this request; the error has been logged',
    });
    for (const leak of [
      SECRET_PATH,
      '/srv/',
      'SQLITE',
      'disk I/O',
      '.ts:',
      '    at ',
      'node_modules',
    ]) {
      expect(text).not.toContain(leak);
    }
    // The operator still learns what happened.
    expect(JSON.stringify(lines)).toContain(SECRET_PATH);
  });
});
