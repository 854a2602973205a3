import type { FuzzyDate, KroniekEvent, Money, Quantity, SourceDocument } from '@kroniek/events';
import { deriveEventId, SCHEMA_VERSION, sha256Hex } from '@kroniek/events';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * A deterministic, seeded stream of synthetic events in kroniek's own vocabulary, for
 * benchmarks only. Synthetic data never enters the real record: it goes to its own store file.
 */
export interface WorkloadOptions {
  size: number;
  seed?: number;
  /** Events per subject on average (default 20: 50,000 subjects at 1M events). */
  eventsPerSubject?: number;
}

const WORDS = (
  'de het een minister kabinet bondgenoten steun oekraine navo defensie capaciteit levering ' +
  'munitie akkoord verdrag voorstel motie kamer toezegging brief besluit pakket investering ' +
  'luchtverdediging drones productie industrie samenwerking veiligheid afschrikking europese ' +
  'raad overeenkomst ondertekend aangenomen aangekondigd gelanceerd verhoging uitgaven plan'
).split(' ');
const ACTORS = [
  ['nl', 'Nederland'],
  ['ua', 'Oekraïne'],
  ['nato', 'NAVO'],
  ['eu', 'Europese Unie'],
  ['de', 'Duitsland'],
  ['fr', 'Frankrijk'],
  ['uk', 'Verenigd Koninkrijk'],
  ['se', 'Zweden'],
  ['no', 'Noorwegen'],
  ['fi', 'Finland'],
  ['lt', 'Litouwen'],
  ['pl', 'Polen'],
  ['us', 'Verenigde Staten'],
  ['be', 'België'],
  ['dk', 'Denemarken'],
  ['tweede-kamer', 'Tweede Kamer'],
] as const;
const CATEGORIES = [
  'ukraine-support',
  'nato-deterrence',
  'defence-industry',
  'hybrid-threats',
  'european-defence',
  'parliament',
];
const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;
const DAY0 = Date.UTC(2014, 0, 1);
const DAYS = Math.floor((Date.UTC(2030, 11, 31) - DAY0) / 86_400_000);

/** Lifecycles: the kinds of events a subject goes through, in order. */
const LIFECYCLES: KroniekEvent['type'][][] = [
  ['ProposalTabled', 'StatementMade', 'DocumentAdopted'],
  ['AnnouncementMade', 'SupportCommitted', 'SupportDelivered', 'SupportDelivered'],
  ['MeetingScheduled', 'MeetingHeld', 'StatementMade'],
  ['AgreementSigned', 'StatementMade'],
  ['ParliamentaryCommitmentMade', 'ParliamentaryCommitmentFulfilled'],
  ['InitiativeLaunched', 'AnnouncementMade'],
];

/** What a subject's later events are, once its lifecycle has run: a mix of every fact kind. */
const AFTERLIFE: KroniekEvent['type'][] = [
  'StatementMade',
  'StatementMade',
  'AnnouncementMade',
  'AnnouncementMade',
  'MeetingHeld',
  'MeetingScheduled',
  'SupportCommitted',
  'SupportDelivered',
  'DocumentAdopted',
  'AgreementSigned',
  'ProposalTabled',
  'ParliamentaryCommitmentMade',
  'InitiativeLaunched',
];

/** Yields `size` events in log order, deterministic for a given seed. */
export function* generateWorkload(options: WorkloadOptions): Generator<KroniekEvent> {
  const rng = xoroshiro128plus(options.seed ?? 42);
  const int = (lo: number, hi: number) => uniformInt(rng, lo, hi);
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  const subjects = Math.max(1, Math.round(options.size / (options.eventsPerSubject ?? 20)));
  const progress = new Int32Array(subjects);
  const recent: { id: string; subject: string; category: string }[] = [];
  const documents = syntheticDocumentCount(options.size);
  const texts = createTextCache(options.seed ?? 42);

  for (let n = 0; n < options.size; n++) {
    const s = int(0, subjects - 1);
    const subject = `synthetic-subject-${s}`;
    const doc = int(0, documents - 1);
    const id = deriveEventId(syntheticDocumentId(doc), `e${n}`);
    const common = base(int, pick, id, subject, doc, texts.get(doc));
    const roll = int(0, 999);
    const target = recent.length > 0 ? recent[int(0, recent.length - 1)]! : null;
    if (roll < 7 && target) {
      yield {
        ...common,
        subject: target.subject,
        type: 'EventCorrected',
        corrects: target.id,
        changes: { title: sentence(int, pick, 6) },
        reason: sentence(int, pick, 12),
      };
      continue;
    }
    if (roll < 10 && target) {
      yield {
        ...common,
        subject: target.subject,
        type: 'EventRetracted',
        retracts: target.id,
        reason: sentence(int, pick, 12),
      };
      continue;
    }
    const life = LIFECYCLES[s % LIFECYCLES.length]!;
    const type = progress[s]! < life.length ? life[progress[s]!]! : pick(AFTERLIFE);
    progress[s] = progress[s]! + 1;
    const event = withKind(type, common, int, pick);
    if (recent.length < 10_000) recent.push({ id, subject, category: common.category });
    else recent[int(0, recent.length - 1)] = { id, subject, category: common.category };
    yield event;
  }
}

type Common = Omit<Extract<KroniekEvent, { type: 'StatementMade' }>, 'type'>;

function base(
  int: (a: number, b: number) => number,
  pick: <T>(x: readonly T[]) => T,
  id: string,
  subject: string,
  doc: number,
  text: SyntheticText,
): Common {
  const occurred = fuzzyDate(int);
  const first = int(0, text.wordStarts.length - 15);
  const start = text.wordStarts[first]!;
  const end = text.wordStarts[first + int(5, 14)]! - 1;
  const quotation = text.text.slice(start, end);
  const actors = Array.from({ length: int(1, 2) }, (_, i) => {
    const [aid, name] = pick(ACTORS);
    return { id: aid, name, role: i === 0 ? ('announcer' as const) : ('participant' as const) };
  });
  const e: Common = {
    id,
    schemaVersion: SCHEMA_VERSION,
    subject,
    title: sentence(int, pick, int(3, 6)),
    category: pick(CATEGORIES),
    occurred,
    knownAt:
      int(0, 3) === 0
        ? { date: occurred, basis: 'public-at-occurrence' }
        : { date: { precision: 'day', date: day(int(0, DAYS)) }, basis: 'source-publication' },
    source: {
      documentId: syntheticDocumentId(doc),
      location: { section: 'synthetic', start, end },
      quotation,
    },
    actors,
  };
  if (int(0, 3) === 0) e.money = [money(int)];
  if (int(0, 6) === 0) e.quantities = [quantity(int, pick)];
  return e;
}

function withKind(
  type: KroniekEvent['type'],
  c: Common,
  int: (a: number, b: number) => number,
  pick: <T>(x: readonly T[]) => T,
): KroniekEvent {
  const name = sentence(int, pick, 3);
  switch (type) {
    case 'MeetingHeld':
      return { ...c, type, meeting: { name } };
    case 'MeetingScheduled':
      return { ...c, type, meeting: { name } };
    case 'DocumentAdopted':
      return { ...c, type, document: { name } };
    case 'AgreementSigned':
      return { ...c, type, agreement: { name, form: 'agreement' } };
    case 'ProposalTabled':
      return { ...c, type, proposal: { name } };
    case 'SupportDelivered':
      return { ...c, type, stage: int(0, 1) === 0 ? 'partial' : 'completed' };
    case 'ParliamentaryCommitmentMade':
      return { ...c, type, commitment: { description: name, due: fuzzyDate(int) } };
    case 'ParliamentaryCommitmentFulfilled':
    case 'AnnouncementMade':
    case 'SupportCommitted':
    case 'InitiativeLaunched':
    case 'StatementMade':
      return { ...c, type };
    case 'EventCorrected':
    case 'EventRetracted':
    case 'EventCorroborated':
      throw new Error('amendments and corroborations are generated separately');
  }
}

function fuzzyDate(int: (a: number, b: number) => number): FuzzyDate {
  const d = int(0, DAYS - 3);
  const r = int(0, 99);
  if (r < 70) return { precision: 'day', date: day(d) };
  if (r < 78) return { precision: 'days', from: day(d), to: day(d + int(1, 2)) };
  if (r < 86) return { precision: 'month', month: day(d).slice(0, 7) };
  if (r < 91)
    return {
      precision: 'season',
      season: SEASONS[int(0, 3)]!,
      year: 2014 + int(0, 16),
      wording: 'najaar',
    };
  if (r < 95) return { precision: 'year', year: 2014 + int(0, 16) };
  return { precision: 'between', latest: day(d), wording: 'onlangs' };
}

function money(int: (a: number, b: number) => number): Money {
  const currency = int(0, 9) === 0 ? 'USD' : 'EUR';
  const millions = int(1, 2000);
  return int(0, 2) === 0
    ? {
        currency,
        amount: { kind: 'range', low: millions * 1e6, high: millions * 3e6 },
        approximate: false,
        wording: `honderden miljoenen`,
      }
    : {
        currency,
        amount: { kind: 'exact', value: millions * 1e6 },
        approximate: int(0, 1) === 0,
        wording: `circa €${millions} mln`,
      };
}

function quantity(
  int: (a: number, b: number) => number,
  pick: <T>(x: readonly T[]) => T,
): Quantity {
  const value = int(1, 500);
  const item = pick([
    'snelle patrouilleboten',
    'maritieme drones',
    'pantservoertuigen',
    'granaten',
  ]);
  return { value, unit: 'items', item, wording: `${value} ${item}` };
}

function sentence(
  int: (a: number, b: number) => number,
  pick: <T>(x: readonly T[]) => T,
  words: number,
): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(WORDS));
  const s = out.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function day(offset: number): string {
  return new Date(DAY0 + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Synthetic source documents: one per 2,000 events, at most 500, so the service holds little text. */
export function syntheticDocumentCount(size: number): number {
  return Math.min(500, Math.max(1, Math.ceil(size / 2000)));
}

export function syntheticDocumentId(doc: number): string {
  return `synthetic-doc-${doc}`;
}

/** A synthetic document's verbatim text and where each of its words begins. */
export interface SyntheticText {
  text: string;
  wordStarts: number[];
}

/** The text of synthetic document `doc`: 1,500 words, the same for the same seed. */
export function syntheticText(seed: number, doc: number): SyntheticText {
  const rng = xoroshiro128plus(seed * 1_000_003 + doc);
  const words: string[] = [];
  const wordStarts: number[] = [];
  let at = 0;
  for (let i = 0; i < 1500; i++) {
    const w = WORDS[uniformInt(rng, 0, WORDS.length - 1)]!;
    wordStarts.push(at);
    words.push(w);
    at += w.length + 1;
  }
  return { text: `${words.join(' ')}\n`, wordStarts };
}

function createTextCache(seed: number) {
  const cache = new Map<number, SyntheticText>();
  return {
    get(doc: number): SyntheticText {
      let t = cache.get(doc);
      if (!t) cache.set(doc, (t = syntheticText(seed, doc)));
      return t;
    },
  };
}

/** A synthetic source document's metadata (valid against `SourceDocument`) and its text. */
export function syntheticSource(seed: number, doc: number): { meta: SourceDocument; text: string } {
  const { text } = syntheticText(seed, doc);
  const id = syntheticDocumentId(doc);
  return {
    text,
    meta: {
      id,
      title: `Synthetic benchmark document ${doc}`,
      kind: 'other',
      language: 'nl',
      author: { name: 'kroniek bench', role: 'workload generator' },
      published: {
        date: { precision: 'year', year: 2014 + (doc % 17) },
        rule: 'synthetic: made up by the benchmark',
      },
      cites: [],
      textFile: `${id}.txt`,
      sha256: sha256Hex(text),
    },
  };
}
