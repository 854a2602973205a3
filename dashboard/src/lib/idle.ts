/**
 * Runs `task` once the browser is idle (or after `timeoutMs` at the latest), so that work the
 * reader did not ask for yet never delays what is on screen. Returns a function that cancels it.
 */
export function whenIdle(task: () => void, timeoutMs = 1000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  // Safari has no requestIdleCallback: a short delay lets the first paint go first.
  const handle = window.setTimeout(task, 50);
  return () => window.clearTimeout(handle);
}
