import { KroniekEvent, LogEvent, SCHEMA_VERSION, sha256Hex, sourceEventId } from '@kroniek/events';
import { randomDates, seeded } from './randomLog.js';

/** A source registered in the log: a log event, not a fact (the fold moves past it). */
function sourceRegistered(n: number): LogEvent {
  const text = `Brief ${n} over steun aan Oekraïne.`;
  const original = sha256Hex(`<p>original ${n}</p>`);
  return LogEvent.parse({
    id: sourceEventId(original),
    schemaVersion: SCHEMA_VERSION,
    type: 'SourceRegistered',
    documentId: `bron-${n}`,
    title: `Bron ${n}`,
    publisher: 'Rijksoverheid',
    published: { date: { precision: 'day', date: '2025-06-05' } },
    language: 'nl',
    location: { url: `https://www.rijksoverheid.nl/documenten/${n}` },
    licence: 'Public domain (Auteurswet art. 15b)',
    mediaType: 'text/html',
    text,
    textSha256: sha256Hex(text),
    originalSha256: original,
  });
}

function sourceCorrected(n: number, id: string): LogEvent {
  return LogEvent.parse({
    id,
    schemaVersion: SCHEMA_VERSION,
    type: 'SourceCorrected',
    documentId: `bron-${n}`,
    changes: { publisher: 'Ministerie van Defensie' },
    reason: 'the publisher is the ministry',
  });
}

/** The same event with `knownAt` (or a correction's new knownAt) as a window, when valid. */
function withWindow(e: KroniekEvent, date: unknown): KroniekEvent {
  const knownAt = { date, basis: 'source-publication' };
  const changed =
    e.type === 'EventCorrected' && e.changes.knownAt
      ? { ...e, changes: { ...e.changes, knownAt } }
      : { ...e, knownAt };
  const parsed = KroniekEvent.safeParse(changed);
  return parsed.success ? parsed.data : e;
}

/**
 * A log with what the replay's newer rules read mixed in: about a third of its events (facts,
 * corroborations, corrections of knownAt) known within a window rather than on a day (a month,
 * a season, "onlangs" with no start, a span of days, a year), source records (registered,
 * now and then corrected) between them, which are not facts, and a corroboration recorded
 * before the fact it states (it waits for it). Deterministic for a seed.
 */
export function withWindowsAndSources(log: readonly KroniekEvent[], seed: number): LogEvent[] {
  const rnd = seeded(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const { fuzzy } = randomDates(int, 5);
  const out: LogEvent[] = [];
  log.forEach((e, n) => {
    out.push(int(3) === 0 ? withWindow(e, fuzzy()) : e);
    if (int(40) !== 0) return;
    out.push(sourceRegistered(n));
    if (int(2) === 0)
      out.push(sourceCorrected(n, `5f0c2d4e-8a1b-4c3d-9e2f-${String(n).padStart(12, '0')}`));
  });
  const early = out.findIndex((e) => e.type === 'EventCorroborated');
  if (early >= 0) {
    const c = out[early] as Extract<KroniekEvent, { type: 'EventCorroborated' }>;
    const target = out.findIndex((e) => e.id === c.corroborates);
    out.splice(target, 0, ...out.splice(early, 1));
  }
  return out;
}
