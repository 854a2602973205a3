import { untrack } from 'svelte';
import { fromStore } from 'svelte/store';
import { locale, t } from '../i18n/index.js';
import type { Translate } from '../i18n/translate.js';
import { dateLang } from '../lib/dates.js';
import type ChartsView from '../components/ChartsView.svelte';
import { api } from '../lib/api.js';
import { dayMarkers } from '../lib/markers.js';
import type { ChartSeries, TimelinePage } from '../lib/types.js';
import type { GroupBy } from '../lib/urlState.js';
import { ChartEvents } from './chartEvents.svelte.js';
import type { LiveFeed } from './live.svelte.js';
import { Remote } from './remote.svelte.js';
import type { ViewStore } from './view.svelte.js';

type ChartsModule = { default: typeof ChartsView };

/** The Charts tab: its series, the markers on the money chart and the code that draws them. */
export class ChartsState {
  readonly money = new Remote<ChartSeries>();
  readonly quantities = new Remote<ChartSeries>();
  readonly perMonth = new Remote<ChartSeries>();
  /** money a statement or a proposal mentions, and targets: markers, never summed (issue 14) */
  readonly mentions = new Remote<ChartSeries>();
  readonly targets = new Remote<ChartSeries>();
  /** the record's source documents, named on an exported PNG */
  readonly sources = new Remote<{ id: string; title: string }[]>();
  /** adoptions and signings, for the markers on the money chart */
  readonly adoptions = new Remote<TimelinePage>();
  readonly #t = fromStore(t);
  readonly #locale = fromStore(locale);
  /** marker labels in the UI's language */
  readonly markers = $derived(
    dayMarkers(
      this.adoptions.data?.items ?? [],
      this.#t.current as Translate,
      dateLang(this.#locale.current),
    ),
  );
  /** the events behind chart points that add up several events */
  readonly events = new ChartEvents();
  /** Chart.js and the chart components, imported when the tab is first opened */
  module = $state<Promise<ChartsModule> | null>(null);
  readonly #view: ViewStore;
  readonly #live: LiveFeed;

  constructor(view: ViewStore, live: LiveFeed) {
    this.#view = view;
    this.#live = live;
  }

  /** Loads while the tab is open, again on a new replay, grouping or live event; call during component init. */
  track(): void {
    const open = () => this.#view.current.tab === 'charts';
    $effect(() => {
      if (!open()) return;
      const replay = this.#view.replay;
      const groupBy = this.#view.current.groupBy;
      void this.#live.revision;
      untrack(() => this.#load(replay, groupBy));
    });
    // The data tables name every event of a point that adds up several: look those events up.
    $effect(() => {
      if (!open()) return;
      const series = [this.money.data, this.quantities.data];
      const replay = this.#view.replay;
      untrack(() => void this.events.load(series, replay));
    });
    $effect(() => {
      if (open() && !untrack(() => this.module)) {
        this.module = import('../components/ChartsView.svelte');
      }
    });
  }

  retry(): void {
    this.#load(this.#view.replay, this.#view.current.groupBy);
  }

  #load(replay: Record<string, string>, groupBy: GroupBy): void {
    const grouped = { ...replay, groupBy };
    void this.money.load((s) => api.chart('money-cumulative', grouped, s), { keep: true });
    void this.quantities.load((s) => api.chart('quantities', grouped, s), { keep: true });
    void this.perMonth.load((s) => api.chart('events-per-month', replay, s), { keep: true });
    void this.mentions.load((s) => api.chart('money-mentions', grouped, s), { keep: true });
    void this.targets.load((s) => api.chart('targets', grouped, s), { keep: true });
    if (!this.sources.data) void this.sources.load((s) => api.sources(s), { keep: true });
    const kinds = 'DocumentAdopted,AgreementSigned';
    void this.adoptions.load(
      (s) => api.timeline({ ...replay, kinds, includeLater: 'false', limit: 500 }, s),
      { keep: true },
    );
  }
}
