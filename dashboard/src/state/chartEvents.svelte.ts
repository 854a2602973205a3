import { api } from '../lib/api.js';
import { LatestRequest } from '../lib/latest.js';
import { unknownRanges } from '../lib/pointEvents.js';
import type { ChartSeries, TimelineItem } from '../lib/types.js';

/** At most this many dates are looked up per load; later shared points keep their summary. */
const MAX_RANGES = 40;
const PARALLEL = 3;

/**
 * The events behind the charts' shared points (several events on one line and date), by id,
 * read from the timeline of each such date in the same replay, so that the data tables can
 * list every event with its own wording.
 */
export class ChartEvents {
  known = $state.raw<ReadonlyMap<string, TimelineItem>>(new Map());
  #request = new LatestRequest();
  #replayKey = '';

  async load(
    series: readonly (ChartSeries | null)[],
    replay: Record<string, string>,
  ): Promise<void> {
    const key = JSON.stringify(replay);
    if (key !== this.#replayKey) {
      // Another replay day may show other (corrected) wordings: start afresh.
      this.#replayKey = key;
      this.known = new Map();
    }
    const ranges = unknownRanges(series, this.known).slice(0, MAX_RANGES);
    if (ranges.length === 0) return;
    const known = this.known;
    const outcome = await this.#request.run(async (signal) => {
      const found = new Map(known);
      const queue = [...ranges];
      const worker = async () => {
        for (let r = queue.shift(); r; r = queue.shift()) {
          const page = await api.timeline(
            {
              ...replay,
              ...(r.from ? { from: r.from } : {}),
              ...(r.to ? { to: r.to } : {}),
              includeLater: 'false',
              limit: 500,
            },
            signal,
          );
          for (const item of page.items) found.set(item.id, item);
        }
      };
      try {
        await Promise.all(Array.from({ length: Math.min(PARALLEL, ranges.length) }, worker));
      } catch (e) {
        if (signal.aborted) throw e;
        // Otherwise keep what was found: a point whose events are not all known keeps its summary
        // row ("… and N more events"), which is correct, only less detailed.
      }
      return found;
    });
    if (outcome?.ok) this.known = outcome.value;
  }
}
