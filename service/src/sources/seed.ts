import { deriveEventId, SCHEMA_VERSION, sha256Hex } from '@kroniek/events';
import type { SourceCorrected, SourceMetadata, SourceWithText } from '@kroniek/events';
import canonicalize from 'canonicalize';
import type { EventStore, NewEvent } from '../store/eventStore.js';
import type { SourceCatalog } from './catalog.js';
import { metadataOf, registrationOf, SOURCE_STREAM } from './records.js';

/** Store metadata of a seeded source: only what follows from the content, so a re-seed is a no-op. */
const METADATA = { origin: 'seed' } as const;

/** The fields of `next` that differ from `was` (compared as canonical JSON), or null. */
function changesOf(was: SourceMetadata, next: SourceMetadata): Partial<SourceMetadata> | null {
  const a = metadataOf(was) as Record<string, unknown>;
  const b = metadataOf(next) as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(b))
    if (canonicalize(v) !== canonicalize(a[k])) changes[k] = v;
  return Object.keys(changes).length > 0 ? (changes as Partial<SourceMetadata>) : null;
}

/** A correction whose id follows from what it says, so the same one twice is one event. */
export function sourceCorrection(
  documentId: string,
  changes: SourceCorrected['changes'],
  reason: string,
): SourceCorrected {
  const key = `correction:${sha256Hex(canonicalize({ changes, reason }) ?? '')}`;
  return {
    id: deriveEventId(documentId, key),
    schemaVersion: SCHEMA_VERSION,
    type: 'SourceCorrected',
    documentId,
    changes,
    reason,
  };
}

/**
 * Registers each shipped source in the log as a `SourceRegistered` event (its id follows from the
 * original bytes, so a repeat appends nothing). A source whose bytes the log holds already is not
 * registered again; when its metadata file says something else now, a `SourceCorrected` records
 * the change. Answers how many events were new. Call after `catalog.catchUp()`.
 */
export async function registerSources(
  store: Pick<EventStore, 'append'>,
  catalog: SourceCatalog,
  sources: Iterable<SourceWithText>,
): Promise<number> {
  const events: NewEvent[] = [];
  for (const s of sources) {
    const known = catalog.byOriginal(s.originalSha256) ?? catalog.sources.get(s.id);
    if (!known) {
      const data = registrationOf(s);
      events.push({ id: data.id, type: data.type, data, metadata: METADATA });
      continue;
    }
    if (known.id !== s.id || !catalog.origin(known.id)?.eventId) continue;
    const changes = changesOf(known, s);
    if (!changes) continue;
    const data = sourceCorrection(s.id, changes, `events/sources/${s.id}.yaml now says so`);
    events.push({ id: data.id, type: data.type, data, metadata: METADATA });
  }
  if (events.length === 0) return 0;
  const result = await store.append(SOURCE_STREAM, events);
  for (const stored of result.appended) catalog.apply(stored);
  return result.appended.length;
}
