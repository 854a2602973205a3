import { ApiError, isAbort } from './api.js';

/** How a request ended: its value, or the error to show. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * The latest of a loader's requests: starting one aborts the one in flight, so a slow old answer
 * never overwrites a newer one. `run` resolves to undefined for a request that was replaced or
 * cancelled (whoever replaced it owns the loading state from then on).
 */
export class LatestRequest {
  #controller: AbortController | null = null;

  /** True while a request runs. */
  get pending(): boolean {
    return this.#controller !== null;
  }

  async run<T>(fetcher: (signal: AbortSignal) => Promise<T>): Promise<Outcome<T> | undefined> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    try {
      const value = await fetcher(controller.signal);
      return controller.signal.aborted ? undefined : { ok: true, value };
    } catch (e) {
      if (isAbort(e) || controller.signal.aborted) return undefined;
      return { ok: false, error: toApiError(e) };
    } finally {
      if (this.#controller === controller) this.#controller = null;
    }
  }

  /** Aborts the request in flight, if any; its `run` resolves to undefined. */
  cancel(): void {
    this.#controller?.abort();
    this.#controller = null;
  }
}

/** An ApiError as it is, anything else thrown as an unexpected one. */
export function toApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError(0, 'Unexpected error', String(e));
}
