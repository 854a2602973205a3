/** One thing that keeps the service from being ready, as `/readyz` names it. */
export interface NotReady {
  /** What holds it back, in words an operator can act on. */
  reason: string;
  [detail: string]: unknown;
}

export interface HoldOptions {
  /** Shown beside the reason in `/readyz`. */
  detail?: Record<string, unknown>;
  /** Checked at each `/readyz`: once true the hold is released by itself. */
  until?: () => boolean | Promise<boolean>;
}

/**
 * What keeps the service from being ready besides the store and the read model, each under a key
 * of its own (a full disk, a broken chain ...): parts of the service hold and release readiness,
 * `/readyz` reports every hold.
 */
export interface Readiness {
  hold(key: string, reason: string, options?: HoldOptions): void;
  release(key: string): void;
  /** The holds in force, after releasing those whose `until` has come. */
  reasons(): Promise<NotReady[]>;
}

export function createReadiness(): Readiness {
  const holds = new Map<string, { reason: string } & HoldOptions>();
  return {
    hold(key, reason, options = {}) {
      holds.set(key, { reason, ...options });
    },
    release(key) {
      holds.delete(key);
    },
    async reasons() {
      const held: NotReady[] = [];
      for (const [key, hold] of [...holds]) {
        if (hold.until && (await hold.until())) {
          // Only if no newer hold replaced it meanwhile.
          if (holds.get(key) === hold) holds.delete(key);
          continue;
        }
        held.push({ ...hold.detail, reason: hold.reason });
      }
      return held;
    },
  };
}
