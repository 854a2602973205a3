import { ApiError, isAbort } from '../lib/api.js';

/**
 * One piece of data from the service: loading, loaded or failed. A new load aborts the one in
 * flight, so a slow old answer never overwrites a newer one.
 */
export class Remote<T> {
  data = $state<T | null>(null);
  error = $state<ApiError | null>(null);
  loading = $state(false);
  #controller: AbortController | null = null;

  async load(
    fetcher: (signal: AbortSignal) => Promise<T>,
    options: { keep?: boolean } = {},
  ): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.loading = true;
    if (!options.keep) this.data = null;
    try {
      const data = await fetcher(controller.signal);
      if (controller.signal.aborted) return;
      this.data = data;
      this.error = null;
    } catch (e) {
      if (isAbort(e) || controller.signal.aborted) return;
      this.error = e instanceof ApiError ? e : new ApiError(0, 'Unexpected error', String(e));
    } finally {
      if (this.#controller === controller) {
        this.loading = false;
        this.#controller = null;
      }
    }
  }

  clear(): void {
    this.#controller?.abort();
    this.#controller = null;
    this.data = null;
    this.error = null;
    this.loading = false;
  }
}
