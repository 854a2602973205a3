import type { ApiError } from '../lib/api.js';
import { LatestRequest } from '../lib/latest.js';

/**
 * One piece of data from the service: loading, loaded or failed. A new load aborts the one in
 * flight, so a slow old answer never overwrites a newer one.
 */
export class Remote<T> {
  data = $state<T | null>(null);
  error = $state<ApiError | null>(null);
  loading = $state(false);
  #request = new LatestRequest();

  async load(
    fetcher: (signal: AbortSignal) => Promise<T>,
    options: { keep?: boolean } = {},
  ): Promise<void> {
    this.loading = true;
    if (!options.keep) this.data = null;
    const outcome = await this.#request.run(fetcher);
    if (!outcome) return; // replaced: the newer load owns `loading`
    if (outcome.ok) {
      this.data = outcome.value;
      this.error = null;
    } else this.error = outcome.error;
    this.loading = false;
  }

  clear(): void {
    this.#request.cancel();
    this.data = null;
    this.error = null;
    this.loading = false;
  }
}
