import { untrack } from 'svelte';
import { api } from '../lib/api.js';
import type { EventDetail, SourceWithText } from '../lib/types.js';
import type { LiveFeed } from './live.svelte.js';
import { Remote } from './remote.svelte.js';
import type { ViewStore } from './view.svelte.js';

/** The event open in the detail panel, as of the replay day, and the source document it cites. */
export class EventDetailState {
  readonly detail = new Remote<EventDetail>();
  readonly source = new Remote<SourceWithText>();
  readonly #view: ViewStore;
  readonly #live: LiveFeed;
  #documentId = $derived(this.detail.data?.item.source.documentId ?? null);

  constructor(view: ViewStore, live: LiveFeed) {
    this.#view = view;
    this.#live = live;
  }

  /** Follows the event named in the URL, the replay and the live feed; call during component init. */
  track(): void {
    $effect(() => {
      const id = this.#view.current.event;
      const replay = this.#view.replay;
      void this.#live.revision;
      untrack(() => {
        if (!id) return this.detail.clear();
        // The same event again (another replay day, a live event): keep it on screen meanwhile.
        const keep = this.detail.data?.item.id === id;
        void this.detail.load((s) => api.event(id, replay, s), { keep });
      });
    });
    // A source document never changes: read it once per document.
    $effect(() => {
      const doc = this.#documentId;
      untrack(() => {
        if (doc && this.source.data?.id !== doc) void this.source.load((s) => api.source(doc, s));
      });
    });
  }

  retry(): void {
    const id = this.#view.current.event;
    const replay = this.#view.replay;
    if (id) void this.detail.load((s) => api.event(id, replay, s));
  }
}
