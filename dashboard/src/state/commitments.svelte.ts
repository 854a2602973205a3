import { untrack } from 'svelte';
import { api } from '../lib/api.js';
import { commitmentParams } from '../lib/commitmentFilter.js';
import type { CommitmentRegister } from '../lib/types.js';
import type { LiveFeed } from './live.svelte.js';
import { Remote } from './remote.svelte.js';
import type { ViewStore } from './view.svelte.js';

/** The Commitments tab: the register on the replay day, narrowed by its filters. */
export class CommitmentsState {
  readonly #view: ViewStore;
  readonly #live: LiveFeed;
  readonly register = new Remote<CommitmentRegister>();
  /** every commitment of the replay day, unfiltered: the actors the filter offers */
  readonly all = new Remote<CommitmentRegister>();
  #key = $derived(JSON.stringify(commitmentParams(this.#viewFilter())));

  constructor(view: ViewStore, live: LiveFeed) {
    this.#view = view;
    this.#live = live;
  }

  #viewFilter() {
    return this.#view.current.commitments;
  }

  /** Loads while the tab is open, again on a new replay, filter or live event; call during component init. */
  track(): void {
    $effect(() => {
      if (this.#view.current.tab !== 'commitments') return;
      const replay = this.#view.replay;
      const filter = JSON.parse(this.#key) as Record<string, string>;
      void this.#live.revision;
      untrack(() => this.#load(replay, filter));
    });
  }

  retry(): void {
    this.#load(this.#view.replay, commitmentParams(this.#viewFilter()));
  }

  #load(replay: Record<string, string>, filter: Record<string, string>): void {
    void this.register.load((s) => api.commitments({ ...replay, ...filter }, s), { keep: true });
    void this.all.load((s) => api.commitments(replay, s), { keep: true });
  }
}
