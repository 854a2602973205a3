import { untrack } from 'svelte';
import { api, type ApiError } from '../lib/api.js';
import { LatestRequest } from '../lib/latest.js';
import type { TimelineItem, TimelinePage } from '../lib/types.js';
import type { LiveFeed } from './live.svelte.js';
import type { ViewStore } from './view.svelte.js';

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
  counts = $state.raw<TimelinePage['counts']>({
    happened: 0,
    possiblyHappened: 0,
    later: 0,
    known: 0,
    possiblyKnown: 0,
    notYetKnown: 0,
    byType: {},
  });
  nextCursor = $state<string | null>(null);
  loading = $state(false);
  loadingMore = $state(false);
  loaded = $state(false);
  error = $state<ApiError | null>(null);
  /** the first page has answered (or failed): what comes after the timeline may start */
  readonly answered = $derived(this.loaded || this.error !== null);
  readonly #view: ViewStore;
  readonly #live: LiveFeed;
  #params: Record<string, string> = {};
  #request = new LatestRequest();
  #inflight: Promise<void> | null = null;

  constructor(view: ViewStore, live: LiveFeed) {
    this.#view = view;
    this.#live = live;
  }

  /** Asks for the first page of the view in the URL (before anything is mounted). */
  start(): void {
    void this.load(this.#view.timelineQuery);
  }

  /** Keeps the timeline in step with the view and the live feed; call during component init. */
  track(): void {
    $effect(() => {
      const params = this.#view.timelineQuery;
      // Until the first live event, the page started by start() is the one wanted: keep it.
      const fresh = this.#live.revision === 0;
      untrack(() => void this.load(params, { keep: true, reuse: fresh }));
    });
  }

  /** Reads the first page again (after an error). */
  retry(): void {
    void this.load(this.#view.timelineQuery);
  }

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
    this.#params = params;
    this.loading = true;
    this.loadingMore = false;
    if (!options.keep) this.loaded = false;
    const outcome = await this.#request.run((signal) =>
      api.timeline({ ...params, limit: FIRST_PAGE }, signal),
    );
    if (!outcome) return; // replaced by a newer query
    if (outcome.ok) {
      this.#take(outcome.value, false);
      this.error = null;
    } else this.error = outcome.error;
    this.loading = false;
  }

  /** Reads the next page, if there is one and none is being read. */
  async loadMore(): Promise<void> {
    const cursor = this.nextCursor;
    if (!cursor || this.loading || this.loadingMore) return;
    this.loadingMore = true;
    const params = this.#params;
    const outcome = await this.#request.run((signal) =>
      api.timeline({ ...params, cursor, limit: NEXT_PAGE }, signal),
    );
    if (!outcome) return; // a new query replaced it
    if (outcome.ok) this.#take(outcome.value, true);
    else this.error = outcome.error;
    this.loadingMore = false;
  }

  #take(page: TimelinePage, append: boolean): void {
    this.items = append ? [...this.items, ...page.items] : page.items;
    this.total = page.total;
    this.counts = page.counts;
    this.nextCursor = page.nextCursor;
    this.loaded = true;
  }
}
