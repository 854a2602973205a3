import {
  parseViewState,
  replayParams,
  serializeViewState,
  timelineParams,
  type ViewState,
} from '../lib/urlState.js';

/**
 * The view state, kept in the URL: every change is a history entry (or replaces the current
 * one), and back/forward restore the state they point at.
 */
export class ViewStore {
  current = $state<ViewState>(parseViewState(''));
  // Through a string key, so that loaders re-run only when their query really changed.
  #replayKey = $derived(JSON.stringify(replayParams(this.current)));
  #timelineKey = $derived(JSON.stringify(timelineParams(this.current)));
  /** the replay day and "as known then", as query parameters; a new object only when they change */
  readonly replay: Record<string, string> = $derived(JSON.parse(this.#replayKey));
  /** the timeline's query; a new object only when it changes */
  readonly timelineQuery: Record<string, string> = $derived(JSON.parse(this.#timelineKey));

  constructor() {
    this.current = parseViewState(window.location.search);
    window.addEventListener('popstate', () => {
      this.current = parseViewState(window.location.search);
    });
  }

  /** Applies a change; `replace` for steps that should not each be a history entry (typing, playing). */
  update(patch: Partial<ViewState>, options: { replace?: boolean } = {}): void {
    const next: ViewState = { ...this.current, ...patch };
    const search = serializeViewState(next);
    if (search === window.location.search) {
      this.current = next;
      return;
    }
    const target = `${window.location.pathname}${search}${window.location.hash}`;
    if (options.replace) window.history.replaceState(null, '', target);
    else window.history.pushState(null, '', target);
    this.current = next;
  }
}
