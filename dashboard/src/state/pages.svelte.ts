import { untrack } from 'svelte';
import { api } from '../lib/api.js';
import type { ActorDetail, SubjectDetail } from '../lib/types.js';
import type { LiveFeed } from './live.svelte.js';
import { Remote } from './remote.svelte.js';
import type { ViewStore } from './view.svelte.js';

/** The subject or actor page named in the URL, as of the replay day. */
export class EntityPagesState {
  readonly subject = new Remote<SubjectDetail>();
  readonly actor = new Remote<ActorDetail>();
  readonly #view: ViewStore;
  readonly #live: LiveFeed;

  constructor(view: ViewStore, live: LiveFeed) {
    this.#view = view;
    this.#live = live;
  }

  /** Follows the page in the URL, the replay and the live feed; call during component init. */
  track(): void {
    $effect(() => {
      const page = this.#view.current.page;
      const replay = this.#view.replay;
      void this.#live.revision;
      untrack(() => this.#load(page, replay));
    });
  }

  retry(): void {
    this.#load(this.#view.current.page, this.#view.replay);
  }

  #load(page: { kind: 'subject' | 'actor'; id: string } | null, replay: Record<string, string>) {
    if (page?.kind !== 'subject') this.subject.clear();
    if (page?.kind !== 'actor') this.actor.clear();
    if (!page) return;
    if (page.kind === 'subject') {
      // The same page again (another replay day, a live event): keep it on screen meanwhile.
      const keep = this.subject.data?.id === page.id;
      void this.subject.load((s) => api.subject(page.id, replay, s), { keep });
    } else {
      const keep = this.actor.data?.id === page.id;
      void this.actor.load((s) => api.actor(page.id, replay, s), { keep });
    }
  }
}
