import { describe, expect, it } from 'vitest';
import { ApiError } from '../../dashboard/src/lib/api.js';
import { LatestRequest } from '../../dashboard/src/lib/latest.js';

/** A request the test answers by hand; it rejects with an AbortError when aborted, as fetch does. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let signal!: AbortSignal;
  const fetcher = (s: AbortSignal) =>
    new Promise<T>((res, rej) => {
      signal = s;
      resolve = res;
      s.addEventListener('abort', () => rej(new DOMException('aborted', 'AbortError')));
    });
  return { fetcher, resolve: (v: T) => resolve(v), signal: () => signal };
}

describe('LatestRequest', () => {
  it('aborts the request in flight when a newer one starts, and the older resolves to nothing', async () => {
    const latest = new LatestRequest();
    const older = deferred<string>();
    const newer = deferred<string>();
    const first = latest.run(older.fetcher);
    const second = latest.run(newer.fetcher);
    expect(older.signal().aborted).toBe(true);
    newer.resolve('new');
    expect(await first).toBeUndefined();
    expect(await second).toEqual({ ok: true, value: 'new' });
    expect(latest.pending).toBe(false);
  });

  it('ignores an answer that arrives after it was replaced, even when the fetcher ignores the signal', async () => {
    const latest = new LatestRequest();
    let answer!: (v: number) => void;
    const first = latest.run(() => new Promise<number>((res) => (answer = res)));
    const second = latest.run(async () => 2);
    answer(1);
    expect(await first).toBeUndefined();
    expect(await second).toEqual({ ok: true, value: 2 });
  });

  it('reports a failed request as an ApiError, and anything else thrown as an unexpected one', async () => {
    const latest = new LatestRequest();
    const problem = new ApiError(503, 'Service Unavailable', 'try later');
    expect(
      await latest.run(async () => {
        throw problem;
      }),
    ).toEqual({ ok: false, error: problem });
    const other = await latest.run(async () => {
      throw new TypeError('boom');
    });
    expect(other?.ok).toBe(false);
    if (other && !other.ok) {
      expect(other.error).toBeInstanceOf(ApiError);
      expect(other.error.status).toBe(0);
      expect(other.error.detail).toContain('boom');
    }
  });

  it('cancel aborts the request in flight and leaves nothing pending', async () => {
    const latest = new LatestRequest();
    const req = deferred<string>();
    const run = latest.run(req.fetcher);
    expect(latest.pending).toBe(true);
    latest.cancel();
    expect(req.signal().aborted).toBe(true);
    expect(latest.pending).toBe(false);
    expect(await run).toBeUndefined();
  });
});
