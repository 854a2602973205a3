/**
 * Waits until the server is ready and its one-off whole-chain check (a worker thread started at
 * every start, see docs/INTEGRITY) is no longer running, so that a measured load does not share
 * the machine's cores with it. Resolves with the milliseconds waited; a server without the check
 * (no `chain` in /readyz, or `full` other than 'running') resolves at its first 200.
 */
export async function waitForBackgroundCheck(url: string, timeoutMs = 600_000): Promise<number> {
  const t0 = performance.now();
  for (;;) {
    const res = await fetch(`${url}/readyz`).catch(() => undefined);
    if (res?.status === 200) {
      const body = (await res.json()) as { chain?: { full?: string } };
      if (body.chain?.full !== 'running') return performance.now() - t0;
    } else await res?.body?.cancel();
    if (performance.now() - t0 > timeoutMs)
      throw new Error(`the background chain check still ran after ${timeoutMs} ms`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}
