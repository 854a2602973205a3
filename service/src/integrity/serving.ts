import type { ReadModelFeed } from '../feed.js';
import type { Logger } from '../http/logging.js';
import type { ReadModel } from '../readmodel/readModel.js';
import type { EventStore } from '../store/eventStore.js';
import type { ChainGuard } from './chainGuard.js';
import { reportBreak } from './startup.js';

/** A store whose appends are refused (ChainBrokenError, 503) while the guard knows a break. */
export function refuseWritesWhenBroken<S extends EventStore>(store: S, guard: ChainGuard): S {
  const guarded: S = {
    ...store,
    async append(...args: Parameters<EventStore['append']>) {
      guard.assertWritable();
      return store.append(...args);
    },
  };
  if (store.appendMany) {
    const appendMany = store.appendMany.bind(store);
    guarded.appendMany = async (batches) => {
      guard.assertWritable();
      return appendMany(batches);
    };
  }
  if (store.appendCounted) {
    const appendCounted = store.appendCounted.bind(store);
    guarded.appendCounted = async (batches) => {
      guard.assertWritable();
      return appendCounted(batches);
    };
  }
  if (store.appendCountedJson) {
    const appendCountedJson = store.appendCountedJson.bind(store);
    guarded.appendCountedJson = async (batches) => {
      guard.assertWritable();
      return appendCountedJson(batches);
    };
  }
  return guarded;
}

/** What the fold throws at a row that does not parse (JSON, or the event schema). */
const isParseError = (error: unknown) =>
  error instanceof SyntaxError || (error instanceof Error && error.name === 'ZodError');

/**
 * A feed whose catch-up, when the next row of the log does not parse, names that position:
 * the log is marked broken there (not ready, writes refused, an error-level log line), the
 * model stays at the row before it, and reads go on answering from it instead of failing.
 */
export function stopFeedAtUnparsableRow(
  feed: ReadModelFeed,
  model: ReadModel,
  guard: ChainGuard,
  log: Logger,
): ReadModelFeed {
  const catchUp = async () => {
    try {
      return await feed.catchUp();
    } catch (error) {
      if (!isParseError(error)) throw error;
      const position = model.position() + 1;
      // A schema error lists every issue; the first few hundred characters name the field.
      const why = (error as Error).message.replace(/\s+/g, ' ').slice(0, 300);
      reportBreak(guard, log, position, `the event does not parse: ${why}`);
      return model.position();
    }
  };
  return { ...feed, catchUp };
}
