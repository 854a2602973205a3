/** Runs the catch-up steps of all live streams one at a time, a bounded share of each turn. */
export interface Pacer {
  /** Runs `work` when its turn comes; resolves with its result. */
  run<T>(work: () => Promise<T>): Promise<T>;
}

export interface PacerOptions {
  /** Work per turn of the event loop before other callbacks (requests) get theirs, in ms. */
  budgetMs?: number;
  /** A monotonic clock in ms (default performance.now). */
  now?: () => number;
}

/**
 * Two hundred streams catching up at once would each read and serialise a page in the same
 * turn of the event loop, and a timeline request would wait for all of them. The pacer queues
 * their steps and runs them in order until the turn's budget is spent, then lets the event loop
 * turn (setImmediate) before the next; alone, a stream still catches up at full speed.
 */
export function createPacer({
  budgetMs = 8,
  now = () => performance.now(),
}: PacerOptions = {}): Pacer {
  const queue: (() => Promise<void>)[] = [];
  let running = false;
  // When this turn of the event loop began spending the budget; null once the loop has turned.
  // Kept across pumps: a queue that empties and refills within one turn gets no second budget.
  let turnStarted: number | null = null;
  const budgetLeft = () => {
    if (turnStarted === null) {
      turnStarted = now();
      setImmediate(() => (turnStarted = null));
    }
    return now() - turnStarted < budgetMs;
  };

  const pump = async () => {
    running = true;
    try {
      for (let step = queue.shift(); step; step = queue.shift()) {
        while (!budgetLeft()) await new Promise((resolve) => setImmediate(resolve));
        await step();
      }
    } finally {
      running = false;
    }
  };

  return {
    run<T>(work: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push(() => work().then(resolve, reject));
        if (!running) void pump();
      });
    },
  };
}
