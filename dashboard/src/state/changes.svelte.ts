import { untrack } from 'svelte';
import { api } from '../lib/api.js';
import { changesRange } from '../lib/changesRange.js';
import type { ChangeItem } from '../lib/types.js';
import type { LiveFeed } from './live.svelte.js';
import { Remote } from './remote.svelte.js';
import type { ViewStore } from './view.svelte.js';

/** The "What changed" view: what became known, was corrected or retracted in a range of days. */
export class ChangesState {
  readonly #view: ViewStore;
  readonly #live: LiveFeed;
  readonly #today: string;
  readonly changes = new Remote<ChangeItem[]>();
  readonly range = $derived.by(() => changesRange(this.#view.current, this.#today));

  constructor(view: ViewStore, live: LiveFeed, today: string) {
    this.#view = view;
    this.#live = live;
    this.#today = today;
  }

  /** Loads while the view is open, again on a new range or a live event; call during component init. */
  track(): void {
    $effect(() => {
      if (this.#view.current.tab !== 'changes') return;
      const { from, to } = this.range;
      void this.#live.revision;
      untrack(() => this.#load(from, to));
    });
  }

  retry(): void {
    this.#load(this.range.from, this.range.to);
  }

  #load(from: string, to: string): void {
    void this.changes.load((s) => api.changes(from, to, s), { keep: true });
  }
}
