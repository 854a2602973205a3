import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KroniekEvent, SCHEMA_VERSION } from '@kroniek/events';
import type { SourceRef, SourceWithText } from '@kroniek/events';
import { createApp, createReadModel, createSqliteEventStore, silentLogger } from '@kroniek/service';
import type { Logger, ReadModel, SqliteEventStore } from '@kroniek/service';
import { loadSources } from '../../service/src/import/sources.js';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const EVENTS_DIR = join(REPO, 'events');
export const DOC = 'kamerbrief-navo-dmm-2025-06';
export const TOKEN = 'test-token-0123456789';
/** The fixed instant of app tests: 1 July 2025, noon in Amsterdam. */
export const NOW = '2025-07-01T10:00:00.000Z';

let sourcesOnce: Promise<Map<string, SourceWithText>> | null = null;
/** The real source documents of the repository. */
export function sources(): Promise<Map<string, SourceWithText>> {
  sourcesOnce ??= loadSources(EVENTS_DIR);
  return sourcesOnce;
}

/** A SourceRef for an exact quotation of the letter (its first occurrence). */
export function quote(text: string, quotation: string, section = 'UDCG'): SourceRef {
  const start = text.indexOf(quotation);
  if (start < 0) throw new Error(`fixture quotation not in the letter: ${quotation}`);
  return {
    documentId: DOC,
    location: { section, start, end: start + quotation.length },
    quotation,
  };
}

export const IDS = {
  udcg: '11111111-1111-4111-8111-111111111111',
  maritime: '22222222-2222-4222-8222-222222222222',
  briefing: '33333333-3333-4333-8333-333333333333',
  mou: '44444444-4444-4444-8444-444444444444',
} as const;

const minister = {
  id: 'nl-minister-defensie',
  name: 'Minister van Defensie',
  role: 'announcer' as const,
};

/** Four events of the letter, with quotations taken from its real text. */
export function fixtureEvents(text: string): KroniekEvent[] {
  const base = { schemaVersion: SCHEMA_VERSION, category: 'ukraine-support' };
  const atOccurrence = (date: string) => ({
    date: { precision: 'day', date },
    basis: 'public-at-occurrence',
  });
  const raw = [
    {
      ...base,
      id: IDS.udcg,
      type: 'MeetingHeld',
      subject: 'udcg-2025-06',
      title: 'Ukraine Defence Contact Group',
      occurred: { precision: 'day', date: '2025-06-04', wording: '4 juni' },
      knownAt: atOccurrence('2025-06-04'),
      source: quote(text, 'Tijdens de Ukraine Defence Contact Group (UDCG) spraken de deelnemende'),
      actors: [{ ...minister, role: 'participant' }],
      meeting: { name: 'Ukraine Defence Contact Group' },
    },
    {
      ...base,
      id: IDS.maritime,
      type: 'SupportCommitted',
      subject: 'maritiem-steunpakket',
      title: 'Maritiem steunpakket voor Oekraïne',
      occurred: { precision: 'day', date: '2025-06-04' },
      knownAt: atOccurrence('2025-06-04'),
      source: quote(
        text,
        'een nieuw maritiem pakket aangekondigd, bestaande uit 58 snelle patrouilleboten',
      ),
      actors: [minister],
      money: [
        {
          currency: 'EUR',
          amount: { kind: 'exact', value: 400_000_000 },
          approximate: true,
          wording: 'circa €400 mln',
        },
      ],
      quantities: [
        {
          value: 58,
          unit: 'items',
          item: 'snelle patrouilleboten',
          wording: '58 snelle patrouilleboten',
        },
      ],
    },
    {
      ...base,
      id: IDS.briefing,
      type: 'ParliamentaryCommitmentMade',
      subject: 'briefing-kritieke-capaciteiten',
      category: 'european-defence',
      title: 'Vertrouwelijke technische briefing over kritieke militaire capaciteiten',
      occurred: { precision: 'between', earliest: '2025-06-05', latest: '2025-06-23' },
      knownAt: {
        date: { precision: 'between', earliest: '2025-06-05', latest: '2025-06-23' },
        basis: 'source-publication',
      },
      source: quote(
        text,
        'en is graag bereid om in het najaar te voorzien in een vertrouwelijke technische',
        'Motie leden Dassen en Omtzigt',
      ),
      actors: [{ ...minister, role: 'promisor' }],
      commitment: {
        description: 'een vertrouwelijke technische briefing',
        due: { precision: 'season', season: 'autumn', year: 2025, wording: 'in het najaar' },
      },
    },
    {
      ...base,
      id: IDS.mou,
      type: 'AgreementSigned',
      subject: 'mou-nl-oekraine-g2b',
      title: 'Memorandum of Understanding Nederland–Oekraïne',
      occurred: { precision: 'day', date: '2025-06-05' },
      knownAt: atOccurrence('2025-06-05'),
      source: quote(
        text,
        'En marge van de DMM is een Memorandum of Understanding tussen Nederland en',
        'DMM',
      ),
      actors: [{ ...minister, role: 'signatory' }],
      agreement: { name: 'MoU government to business', form: 'mou' },
    },
  ];
  return raw.map((e) => KroniekEvent.parse(e));
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  store: SqliteEventStore;
  readModel: ReadModel;
  text: string;
  events: KroniekEvent[];
  /** Moves the store's and the app's clock. */
  setNow(iso: string): void;
  close(): Promise<void>;
}

/** An app over an in-memory SQLite store holding the fixture events, at a fixed clock. */
export async function givenApp(
  options: { log?: Logger; seed?: boolean; liveHeartbeatMs?: number } = {},
): Promise<TestApp> {
  let now = new Date(NOW);
  const clock = () => new Date(now);
  const store = createSqliteEventStore({ path: ':memory:', clock });
  const all = await sources();
  const text = all.get(DOC)!.text;
  const events = fixtureEvents(text);
  if (options.seed !== false) {
    for (const e of events) {
      await store.append(e.subject, [
        { id: e.id, type: e.type, data: e, metadata: { origin: 'test' } },
      ]);
    }
  }
  const readModel = createReadModel({ today: () => now.toISOString().slice(0, 10) });
  const app = createApp({
    store,
    readModel,
    sources: all,
    clock,
    token: TOKEN,
    log: options.log ?? silentLogger,
    ...(options.liveHeartbeatMs ? { liveHeartbeatMs: options.liveHeartbeatMs } : {}),
  });
  return {
    app,
    store,
    readModel,
    text,
    events,
    setNow: (iso) => (now = new Date(iso)),
    close: () => store.close(),
  };
}

export const auth = { Authorization: `Bearer ${TOKEN}` };
export const jsonHeaders = { 'Content-Type': 'application/json', ...auth };

/** A problem+json body. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  issues?: { path: string; message: string }[];
  [k: string]: unknown;
}

/** Asserts nothing; reads a problem body and its content type. */
export async function problemOf(
  res: Response,
): Promise<{ contentType: string | null; body: ProblemBody }> {
  return { contentType: res.headers.get('content-type'), body: (await res.json()) as ProblemBody };
}
