import { parseStoredEvent, upcast } from '@kroniek/events';
import type { LogEvent, SourceWithText } from '@kroniek/events';
import type { EventStore, StoredEvent } from '../store/eventStore.js';
import { corrected, SOURCE_STREAM, sourceOfRegistration } from './records.js';

/** How a source came into the catalog: a registration in the log, or given by the caller. */
export interface SourceOrigin {
  /** the SourceRegistered event's id and when the log stored it; absent for a given source */
  eventId?: string;
  recordedAt?: string;
  /** the SourceCorrected events applied, in log order */
  corrections: { eventId: string; recordedAt: string; reason: string }[];
}

/**
 * The sources the record holds, folded from the source stream of the log: every registration,
 * with the corrections of its metadata applied. `sources` is the lookup everything that checks a
 * quotation uses (get by id → metadata + text).
 */
export interface SourceCatalog {
  /** the sources by id, live (every record applied so far) */
  readonly sources: ReadonlyMap<string, SourceWithText>;
  /** the source registered from these original bytes (SHA-256), if any */
  byOriginal(originalSha256: string): SourceWithText | undefined;
  origin(id: string): SourceOrigin | undefined;
  /** Applies one stored event of the source stream (others, and repeats, are passed over). */
  apply(stored: Pick<StoredEvent, 'stream' | 'revision' | 'data' | 'recordedAt' | 'id'>): void;
  /**
   * Reads what the log holds beyond the position seen last: nothing when the log has not moved,
   * its tail when it moved a little, the source stream again only after a long run of appends.
   */
  catchUp(): Promise<void>;
  /** Catches up only when one of `ids` is not known yet (a source registered elsewhere). */
  ensure(ids: Iterable<string>): Promise<void>;
}

export interface SourceCatalogOptions {
  /** where the source stream is read, and the log's head and tail */
  store: Pick<EventStore, 'readStream' | 'readAll' | 'head'>;
  /** sources that are not (or not yet) in the log, e.g. a test's; the log's win over them */
  given?: Iterable<SourceWithText>;
}

/** Past this many new log entries the source stream is read again rather than the log's tail. */
const TAIL_READ_MAX = 2000;
const TAIL_PAGE = 500;

/** Creates a catalog; call `catchUp` once before serving. */
export function createSourceCatalog(options: SourceCatalogOptions): SourceCatalog {
  const sources = new Map<string, SourceWithText>();
  const origins = new Map<string, SourceOrigin>();
  const originals = new Map<string, string>();
  let revision = -1;
  for (const s of options.given ?? []) {
    sources.set(s.id, s);
    origins.set(s.id, { corrections: [] });
    originals.set(s.originalSha256, s.id);
  }

  const apply: SourceCatalog['apply'] = (stored) => {
    if (stored.stream !== SOURCE_STREAM || stored.revision <= revision) return;
    revision = stored.revision;
    const e = sourceRecordOf(stored.data);
    if (e.type === 'SourceRegistered') {
      const known = origins.get(e.documentId);
      // The first registration of an id holds it; intake refuses a second one.
      if (known?.eventId !== undefined) return;
      const source = sourceOfRegistration(e);
      sources.set(source.id, source);
      originals.set(source.originalSha256, source.id);
      origins.set(source.id, { eventId: e.id, recordedAt: stored.recordedAt, corrections: [] });
    } else if (e.type === 'SourceCorrected') {
      const source = sources.get(e.documentId);
      if (!source) return;
      sources.set(e.documentId, corrected(source, e.changes));
      origins.get(e.documentId)!.corrections.push({
        eventId: e.id,
        recordedAt: stored.recordedAt,
        reason: e.reason,
      });
    }
  };

  // The log position everything up to is applied. The head is read before the stream, so an
  // append in between is read again next time (apply passes over what it has).
  let seen = -1;
  const pull = async () => {
    const head = await options.store.head();
    if (head === seen) return;
    if (seen >= 0 && head - seen <= TAIL_READ_MAX) {
      for (let after = seen; after < head;) {
        const page = await options.store.readAll({ after, limit: TAIL_PAGE });
        for (const stored of page) apply(stored);
        if (page.length < TAIL_PAGE) break;
        after = page.at(-1)!.position;
      }
    } else {
      for (const stored of await options.store.readStream(SOURCE_STREAM)) apply(stored);
    }
    seen = head;
  };
  let running: Promise<void> = Promise.resolve();
  const catchUp = () => (running = running.then(pull, pull));

  return {
    sources,
    byOriginal: (sha) => {
      const id = originals.get(sha);
      return id === undefined ? undefined : sources.get(id);
    },
    origin: (id) => origins.get(id),
    apply,
    catchUp,
    async ensure(ids) {
      for (const id of ids) if (id !== '' && !sources.has(id)) return catchUp();
    },
  };
}

/**
 * A stored source record as the catalog reads it at every start: a registration is lifted and
 * checked in the fields the catalog uses, not parsed against the whole schema again (its text
 * was hashed and checked when it was appended, and the hash chain covers it since); anything
 * else gets the full parse, and its error.
 */
function sourceRecordOf(data: unknown): LogEvent {
  const e = upcast(data) as Record<string, unknown> | null;
  const registration =
    typeof e === 'object' &&
    e !== null &&
    e.type === 'SourceRegistered' &&
    typeof e.id === 'string' &&
    typeof e.documentId === 'string' &&
    typeof e.text === 'string' &&
    typeof e.textSha256 === 'string' &&
    typeof e.originalSha256 === 'string';
  return registration ? (e as unknown as LogEvent) : parseStoredEvent(data);
}
