import { api, followLive } from '../lib/api.js';
import type {
  ActorSummary,
  ChangeItem,
  ChartSeries,
  EventDetail,
  SourceWithText,
  SubjectSummary,
  TimelinePage,
} from '../lib/types.js';
import { timelineParams } from '../lib/urlState.js';
import { ChartEvents } from './chartEvents.svelte.js';
import { Remote } from './remote.svelte.js';
import { TimelineStore } from './timeline.svelte.js';
import { ViewStore } from './view.svelte.js';

export interface DashboardOptions {
  /** today's day, YYYY-MM-DD: the clock is injected, as everywhere in kroniek */
  today: () => string;
}

/** Everything the dashboard shows, and where it comes from. */
export class Dashboard {
  readonly today: () => string;
  readonly view = new ViewStore();
  readonly timeline = new TimelineStore();
  readonly detail = new Remote<EventDetail>();
  readonly source = new Remote<SourceWithText>();
  readonly actors = new Remote<ActorSummary[]>();
  readonly subjects = new Remote<SubjectSummary[]>();
  readonly money = new Remote<ChartSeries>();
  readonly quantities = new Remote<ChartSeries>();
  readonly perMonth = new Remote<ChartSeries>();
  /** the events behind chart points that add up several events */
  readonly chartEvents = new ChartEvents();
  readonly changes = new Remote<ChangeItem[]>();
  /** adoptions and signings, for the markers on the money chart */
  readonly markers = new Remote<TimelinePage>();
  /** the months the whole record spans (for the replay slider), from an unreplayed chart */
  readonly span = new Remote<ChartSeries>();

  live = $state(false);
  /** bumped on every appended event, so views reload what they show */
  revision = $state(0);
  /** how many events arrived live since the page was opened */
  arrived = $state(0);

  constructor(options: DashboardOptions) {
    this.today = options.today;
  }

  /** Follows the service's live feed; returns a function that stops it. */
  follow(): () => void {
    return followLive({
      onAppend: () => {
        this.arrived += 1;
        this.revision += 1;
      },
      onStatus: (connected) => {
        this.live = connected;
      },
    });
  }

  /** Asks for the first timeline page of the view in the URL, before anything is mounted. */
  start(): void {
    void this.timeline.load(timelineParams(this.view.current));
  }

  loadSpan(): Promise<void> {
    return this.span.load((s) => api.chart('events-per-month', {}, s), { keep: true });
  }
}
