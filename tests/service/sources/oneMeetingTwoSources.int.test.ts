import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayBounds, isAmendment } from '@kroniek/events';
import type { KroniekEvent } from '@kroniek/events';
import type { RunningServer } from '@kroniek/service';
import { loadRecordedEvents } from '../../support/letterLog.js';
import { startSeededServer, type SeededServer } from '../../support/seededServer.js';

// Two corpus documents on the same NATO defence ministers' meeting of February 2025: the Swedish
// release of 10 February (before the meeting) and NATO's transcript of 13 February (after it).
// Everything expected below is derived from what events/recorded holds for these two files.
const BEFORE = 'regeringen-se-jonson-dmm-udcg-2025-02-10';
const AFTER = 'nato-rutte-press-conference-dmm-2025-02-13';
const TOKEN = 'two-sources-token-0123456789abcdef0123456789';

interface Item {
  id: string;
  knownOn: string;
  source: { documentId: string };
  sources: { count: number; documentIds: string[] };
}
interface Subject {
  id: string;
  status: string;
  items: Item[];
}

let running: SeededServer | undefined;
let server: RunningServer;
let recorded: KroniekEvent[];

beforeAll(async () => {
  recorded = await loadRecordedEvents();
  running = await startSeededServer('two-sources', TOKEN);
  server = running.server;
}, 60_000);
afterAll(async () => running?.close());

const get = async (path: string) => fetch(`${server.url}${path}`);
const json = async <T>(path: string): Promise<T> => {
  const res = await get(path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
};
/** The last day a recorded event's knownAt allows: the day `knownBy` reads. */
const knownDay = (e: KroniekEvent) => dayBounds(e.knownAt.date).latest!;
const nextDay = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The recorded facts on `subject`, and every document that states each (own + corroborations). */
function recordedOn(subject: string) {
  const facts = recorded.filter((e) => e.subject === subject && !isAmendment(e));
  const documents = new Map<string, Set<string>>();
  for (const f of facts) documents.set(f.id, new Set([f.source.documentId]));
  for (const e of recorded)
    if (e.type === 'EventCorroborated') documents.get(e.corroborates)?.add(e.source.documentId);
  return { facts, documents };
}

/** Subjects on which both documents recorded facts (as lifecycle steps or corroborations). */
function sharedSubjects(): string[] {
  const of = (doc: string) =>
    new Set(recorded.filter((e) => e.source.documentId === doc).map((e) => e.subject));
  const after = of(AFTER);
  return [...of(BEFORE)].filter((s) => after.has(s)).sort();
}

describe('the February 2025 defence ministers\u2019 meeting, stated by two documents', () => {
  it('the two files share subjects, the meeting among them', () => {
    expect(sharedSubjects()).toContain('nato-dmm-2025-02-13');
  });

  it('each shared subject shows every document that states one of its facts, both among them', async () => {
    for (const id of sharedSubjects()) {
      const { facts, documents } = recordedOn(id);
      const subject = await json<Subject>(`/api/subjects/${id}`);
      expect(subject.items.map((i) => i.id).sort()).toEqual(facts.map((f) => f.id).sort());
      for (const item of subject.items) {
        expect(item.sources.documentIds.sort()).toEqual([...documents.get(item.id)!].sort());
        expect(item.sources.count).toBe(documents.get(item.id)!.size);
      }
      const shown = new Set(subject.items.flatMap((i) => i.sources.documentIds));
      expect(shown).toContain(BEFORE);
      expect(shown).toContain(AFTER);
    }
  });

  it('the event detail of each fact lists the documents that state it', async () => {
    for (const id of sharedSubjects()) {
      const { facts, documents } = recordedOn(id);
      for (const f of facts) {
        const detail = await json<{
          item: { sources: { documentIds: string[] } };
          citations: { source: { documentId: string }; knownOn: string; earliest: boolean }[];
        }>(`/api/events/${f.id}`);
        const stating = [...documents.get(f.id)!].sort();
        expect(detail.item.sources.documentIds.sort()).toEqual(stating);
        expect(detail.citations.map((c) => c.source.documentId).sort()).toEqual(stating);
        // the citation the fact is known from is the one public first
        const first = detail.citations.map((c) => c.knownOn).sort()[0];
        expect(detail.citations.find((c) => c.earliest)?.knownOn).toBe(first);
      }
    }
  });

  it('replayed with knownBy between the two days, the meeting is known from the earlier document only', async () => {
    for (const id of sharedSubjects()) {
      const { facts } = recordedOn(id);
      const early = facts.filter((f) => f.source.documentId === BEFORE);
      const late = facts.filter((f) => f.source.documentId === AFTER);
      const earliest = early.map(knownDay).sort()[0]!;
      const later = late.map(knownDay).sort()[0]!;
      expect(earliest < later).toBe(true);
      const between = nextDay(earliest, 1);
      expect(between < later).toBe(true);

      const replayed = await json<Subject>(`/api/subjects/${id}?knownBy=${between}`);
      const expected = facts.filter((f) => knownDay(f) <= between).map((f) => f.id);
      expect(replayed.items.map((i) => i.id).sort()).toEqual(expected.sort());
      expect(replayed.items.map((i) => i.source.documentId)).not.toContain(AFTER);
      // known from the earlier document's day, the first day any source stating it was public
      expect(replayed.items.map((i) => i.knownOn).sort()[0]).toBe(earliest);

      // the day before the earlier document, nothing on the subject is known yet
      const before = await get(`/api/subjects/${id}?knownBy=${nextDay(earliest, -1)}`);
      expect(before.status).toBe(404);

      // from the later document's day on, both documents' facts are known
      const both = await json<Subject>(`/api/subjects/${id}?knownBy=${later}`);
      expect(both.items.map((i) => i.id).sort()).toEqual(facts.map((f) => f.id).sort());
    }
  });

  it('the timeline replayed with knownBy between the days lists the scheduled step, not the held one', async () => {
    const { facts } = recordedOn('nato-dmm-2025-02-13');
    const earliest = facts
      .filter((f) => f.source.documentId === BEFORE)
      .map(knownDay)
      .sort()[0]!;
    const between = nextDay(earliest, 1);
    const timeline = await json<{ items: { id: string }[] }>(
      `/api/timeline?knownBy=${between}&limit=500`,
    );
    const ids = new Set(timeline.items.map((i) => i.id));
    for (const f of facts) expect(ids.has(f.id), f.type).toBe(knownDay(f) <= between);
  });
});
