import { untrack } from 'svelte';
import { api } from '../lib/api.js';
import { changesRange } from '../lib/changesRange.js';
import type { ChangeList } from '../lib/types.js';
import type { LiveFeed } from './live.svelte.js';
import { Remote } from './remote.svelte.js';
import type { ViewStore } from './view.svelte.js';

/** The changes as loaded, with the replay they were judged in (its day and "as known then"). */
export type ChangesInReplay = ChangeList & { asOf: string | null; knownThen: boolean };

/**
 * The "What changed" view: what became known, was corrected or retracted in a range of days,
 * each with its two statuses in the replay bar's replay (issue 14).
 */
export class ChangesState {
  readonly #view: ViewStore;
  readonly #live: LiveFeed;
  readonly #today: string;
  readonly changes = new Remote<ChangesInReplay>();
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
      void this.#view.replay;
      void this.#live.revision;
      untrack(() => this.#load(from, to));
    });
  }

  retry(): void {
    this.#load(this.range.from, this.range.to);
  }

  #load(from: string, to: string): void {
    const { asOf = null, knownThen } = this.#view.current;
    // The changes view takes the replay's two days only (not recordedAsOf).
    const { asOf: a, knownBy } = this.#view.replay;
    void this.changes.load(
      async (s) => ({ ...(await api.changes(from, to, { asOf: a, knownBy }, s)), asOf, knownThen }),
      { keep: true },
    );
  }
}
