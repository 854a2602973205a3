import { ApiError, api, isAbort } from '../lib/api.js';
import type { TimelineItem, TimelinePage } from '../lib/types.js';

// A screen shows about a dozen rows: a small first page answers, travels and parses fastest.
const FIRST_PAGE = 50;
const NEXT_PAGE = 500;

function sameParams(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/**
 * The timeline as far as it has been read: the first page on every new query, later pages as
 * the reader scrolls towards the end (the list renders only the rows on screen).
 */
export class TimelineStore {
  items = $state.raw<TimelineItem[]>([]);
  total = $state(0);
  counts = $state.raw<TimelinePage['counts']>({ happened: 0, later: 0, byType: {} });
  nextCursor = $state<string | null>(null);
  loading = $state(false);
  loadingMore = $state(false);
  loaded = $state(false);
  error = $state<ApiError | null>(null);
  #params: Record<string, string> = {};
  #controller: AbortController | null = null;
  #inflight: Promise<void> | null = null;

  /** Reads the first page of a query; `keep` leaves the old items on screen until it arrives. */
  async load(
    params: Record<string, string>,
    options: { keep?: boolean; reuse?: boolean } = {},
  ): Promise<void> {
    // `reuse`: the same query already in flight (started before the page was mounted) is kept.
    if (options.reuse && this.#inflight && sameParams(params, this.#params)) return this.#inflight;
    const run = this.#load(params, options);
    this.#inflight = run;
    try {
      await run;
    } finally {
      if (this.#inflight === run) this.#inflight = null;
    }
  }

  async #load(params: Record<string, string>, options: { keep?: boolean }): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.#params = params;
    this.loading = true;
    this.loadingMore = false;
    if (!options.keep) this.loaded = false;
    try {
      const page = await api.timeline({ ...params, limit: FIRST_PAGE }, controller.signal);
      if (controller.signal.aborted) return;
      this.#take(page, false);
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

  /** Reads the next page, if there is one and none is being read. */
  async loadMore(): Promise<void> {
    if (!this.nextCursor || this.loading || this.loadingMore) return;
    const controller = new AbortController();
    this.#controller = controller;
    this.loadingMore = true;
    try {
      const page = await api.timeline(
        { ...this.#params, cursor: this.nextCursor, limit: NEXT_PAGE },
        controller.signal,
      );
      if (controller.signal.aborted) return;
      this.#take(page, true);
    } catch (e) {
      if (isAbort(e) || controller.signal.aborted) return;
      this.error = e instanceof ApiError ? e : new ApiError(0, 'Unexpected error', String(e));
    } finally {
      if (this.#controller === controller) {
        this.loadingMore = false;
        this.#controller = null;
      }
    }
  }

  #take(page: TimelinePage, append: boolean): void {
    this.items = append ? [...this.items, ...page.items] : page.items;
    this.total = page.total;
    this.counts = page.counts;
    this.nextCursor = page.nextCursor;
    this.loaded = true;
  }
}
