import { whenIdle } from '../lib/idle.js';
import { Catalog } from './catalog.svelte.js';
import { ChangesState } from './changes.svelte.js';
import { ChartsState } from './charts.svelte.js';
import { CommitmentsState } from './commitments.svelte.js';
import { EventDetailState } from './detail.svelte.js';
import { LiveFeed } from './live.svelte.js';
import { EntityPagesState } from './pages.svelte.js';
import { TimelineStore } from './timeline.svelte.js';
import { ViewStore } from './view.svelte.js';

export interface DashboardOptions {
  /** today's day, YYYY-MM-DD: the clock is injected, as everywhere in kroniek */
  today: () => string;
}

/** Everything the dashboard shows, and where it comes from: one state object per view. */
export class Dashboard {
  /** the day the page was opened: "today" for the replay bar and the changes view */
  readonly today: string;
  readonly view = new ViewStore();
  readonly live = new LiveFeed();
  readonly timeline = new TimelineStore(this.view, this.live);
  readonly catalog: Catalog;
  readonly detail = new EventDetailState(this.view, this.live);
  readonly charts = new ChartsState(this.view, this.live);
  readonly pages = new EntityPagesState(this.view, this.live);
  readonly changes: ChangesState;
  readonly commitments = new CommitmentsState(this.view, this.live);
  /** the timeline has answered and the browser was idle since: the rest may load */
  #settled = $state(false);

  constructor(options: DashboardOptions) {
    this.today = options.today();
    this.catalog = new Catalog(this.live, this.today);
    this.changes = new ChangesState(this.view, this.live, this.today);
  }

  /** Asks for the first timeline page of the view in the URL, before anything is mounted. */
  start(): void {
    this.timeline.start();
  }

  /**
   * Keeps every view's data in step with the URL and the live feed while the page is mounted;
   * call once during component init. The timeline is what a reader comes for: the filter lists,
   * the replay span and the live feed are asked for only once its first page has answered and
   * the browser is idle, so they never queue in front of it.
   */
  track(): void {
    $effect(() =>
      this.timeline.answered && !this.#settled ? whenIdle(() => (this.#settled = true)) : undefined,
    );
    $effect(() => (this.#settled ? this.live.follow() : undefined));
    this.catalog.track(() => this.#settled);
    this.timeline.track();
    this.detail.track();
    this.charts.track();
    this.changes.track();
    this.commitments.track();
    this.pages.track();
  }
}
