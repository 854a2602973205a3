/** What one connection to the live feed reports (see `connectLive` in api.ts). */
export interface LiveConnectionHandlers {
  /** a new event at this log position */
  onAppend: (position: number) => void;
  /** connected, or lost and reconnecting by itself (after an overflow or a dropped socket) */
  onStatus: (connected: boolean) => void;
  /**
   * The connection stopped for good: the service refused it (429/503 when capped, with
   * Retry-After in ms when it said so) or answered something that is not a stream.
   */
  onClosed: (refusal: { status: number; retryAfterMs: number | null }) => void;
}

/** Opens one connection to the live feed; returns a function that closes it. */
export type LiveConnect = (handlers: LiveConnectionHandlers) => () => void;

export interface LiveTimers {
  setTimeout: (task: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export interface LiveFollowerOptions {
  connect: LiveConnect;
  timers: LiveTimers;
  onAppend: (position: number) => void;
  onStatus: (connected: boolean) => void;
  /**
   * Connected again after the feed had stopped for good: events appended meanwhile were not
   * announced, so whatever is on screen should be read again.
   */
  onResume: () => void;
  /** First wait after a refusal without Retry-After, doubled on each refusal in a row. */
  firstRetryMs?: number;
  /** The longest wait between two attempts. */
  maxRetryMs?: number;
}

/**
 * The wait before attempt `attempt` (1 = the first retry): what the service asked for, but never
 * less than an exponential backoff, so a feed that keeps failing is not hammered.
 */
export function retryDelay(
  attempt: number,
  retryAfterMs: number | null,
  firstMs: number,
  maxMs: number,
): number {
  const backoff = Math.min(maxMs, firstMs * 2 ** Math.max(0, attempt - 1));
  return Math.max(retryAfterMs ?? 0, backoff);
}

/** A Retry-After header in ms; only delta-seconds, the form the kroniek service sends. */
export function parseRetryAfter(value: string | null): number | null {
  if (value === null || !/^\s*\d+\s*$/.test(value)) return null;
  return Number(value.trim()) * 1000;
}

/**
 * Follows the live feed for as long as the page wants it. An EventSource reconnects by itself
 * after a dropped socket or an overflow, but gives up for good after a refusal (429/503 when the
 * service is capped): then this waits for Retry-After (or a backoff) and connects again, offline
 * meanwhile. Returns a function that stops following.
 */
export function followLive(options: LiveFollowerOptions): () => void {
  const { connect, timers, firstRetryMs = 1000, maxRetryMs = 60_000 } = options;
  let close: (() => void) | null = null;
  let timer: unknown = null;
  let refusals = 0;
  let resumed = false;
  let stopped = false;

  const open = () => {
    timer = null;
    close = connect({
      onAppend: (position) => {
        if (!stopped) options.onAppend(position);
      },
      onStatus: (connected) => {
        if (stopped) return;
        options.onStatus(connected);
        if (!connected) return;
        refusals = 0;
        if (resumed) {
          resumed = false;
          options.onResume();
        }
      },
      onClosed: ({ retryAfterMs }) => {
        if (stopped) return;
        close?.();
        close = null;
        options.onStatus(false);
        refusals += 1;
        resumed = true;
        timer = timers.setTimeout(
          open,
          retryDelay(refusals, retryAfterMs, firstRetryMs, maxRetryMs),
        );
      },
    });
  };
  open();

  return () => {
    stopped = true;
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    close?.();
    close = null;
  };
}
