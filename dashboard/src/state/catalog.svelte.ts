import { untrack } from 'svelte';
import { api } from '../lib/api.js';
import { replayDomain } from '../lib/replay.js';
import type { ActorSummary, ChartSeries, SubjectSummary } from '../lib/types.js';
import type { LiveFeed } from './live.svelte.js';
import { Remote } from './remote.svelte.js';

/** What the filters and the replay bar choose from: actors, subjects and the months on record. */
export class Catalog {
  readonly #today: string;
  readonly #live: LiveFeed;
  readonly actors = new Remote<ActorSummary[]>();
  readonly subjects = new Remote<SubjectSummary[]>();
  /** the months the whole record spans (for the replay slider), from an unreplayed chart */
  readonly span = new Remote<ChartSeries>();
  /** the days a replay status can change on (the play control's stops) */
  readonly replayDays = new Remote<string[]>();
  readonly domain = $derived.by(() => {
    const span = this.span.data;
    const days = this.replayDays.data ?? [];
    return replayDomain(
      days.length > 0 ? days : span && 'buckets' in span ? span.buckets.map((b) => b.month) : [],
      this.#today,
    );
  });
  readonly actorNames: ReadonlyMap<string, string> = $derived(
    new Map((this.actors.data ?? []).map((a) => [a.id, a.name])),
  );

  constructor(live: LiveFeed, today: string) {
    this.#live = live;
    this.#today = today;
  }

  /**
   * Loads the lists once `ready()` turns true (they never queue in front of the timeline), and
   * again on every live event; call during component init.
   */
  track(ready: () => boolean): void {
    $effect(() => {
      if (!ready()) return;
      void this.#live.revision;
      untrack(() => this.load());
    });
  }

  load(): void {
    void this.span.load((s) => api.chart('events-per-month', {}, s), { keep: true });
    void this.replayDays.load((s) => api.replayDays(s), { keep: true });
    void this.actors.load((s) => api.actors({}, s), { keep: true });
    void this.subjects.load((s) => api.subjects({}, s), { keep: true });
  }
}
