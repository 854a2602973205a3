import { connectLive } from '../lib/api.js';
import { followLive } from '../lib/liveFollower.js';

/** The service's live feed: whether it is connected, and a revision bumped by every new event. */
export class LiveFeed {
  connected = $state(false);
  /** bumped on every appended event (and after an outage), so views reload what they show */
  revision = $state(0);
  /** how many events arrived live since the page was opened */
  arrived = $state(0);

  /** Follows the feed, reconnecting after a refusal; returns a function that stops it. */
  follow(): () => void {
    return followLive({
      connect: connectLive,
      timers: {
        setTimeout: (task, ms) => window.setTimeout(task, ms),
        clearTimeout: (handle) => window.clearTimeout(handle as number),
      },
      onAppend: () => {
        this.arrived += 1;
        this.revision += 1;
      },
      onStatus: (connected) => {
        this.connected = connected;
      },
      onResume: () => {
        this.revision += 1;
      },
    });
  }
}
