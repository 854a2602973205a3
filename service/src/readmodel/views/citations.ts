import { dayBounds, moneyBounds } from '@kroniek/events';
import type { ActorRef, FactEvent, FuzzyDate, Money, Quantity } from '@kroniek/events';
import { dayString } from '../../temporal/days.js';
import type { ResolvedFact } from '../resolve.js';
import type {
  Agreement,
  CitationRecord,
  FieldAgreement,
  SourcesSummary,
  StatedValues,
} from '../readModelTypes.js';
import type { AppliedCorroboration } from '../corroborations.js';

/*
 * Every source that states a fact, and where each agrees with the record. The record's value is
 * the fact's current one (its own source, as corrected); a corroboration that states another
 * value is listed beside it, never folded into it.
 */

const overlap = (a: { low: number; high: number }, b: { low: number; high: number }) =>
  a.low <= b.high && b.low <= a.high;

/** Dates: the same window; windows that share a day (one vaguer); or windows apart. */
function occurredAgreement(record: FuzzyDate, stated: FuzzyDate): Agreement {
  const a = dayBounds(record);
  const b = dayBounds(stated);
  if (a.earliest === b.earliest && a.latest === b.latest) return 'same';
  const lo = (d: string | null) => d ?? '0000-01-01';
  const hi = (d: string | null) => d ?? '9999-12-31';
  return lo(a.earliest) <= hi(b.latest) && lo(b.earliest) <= hi(a.latest)
    ? 'compatible'
    : 'differs';
}

/** Money per currency: the same bounds; ranges that overlap in every currency; else differs. */
function moneyAgreement(record: Money[] | undefined, stated: Money[]): Agreement {
  const sums = (ms: Money[]) => {
    const m = new Map<string, { low: number; high: number }>();
    for (const x of ms) {
      const b = moneyBounds(x);
      const s = m.get(x.currency) ?? { low: 0, high: 0 };
      m.set(x.currency, { low: s.low + b.low, high: s.high + b.high });
    }
    return m;
  };
  const a = sums(record ?? []);
  const b = sums(stated);
  const currencies = new Set([...a.keys(), ...b.keys()]);
  let same = true;
  for (const c of currencies) {
    const x = a.get(c);
    const y = b.get(c);
    if (!x || !y || !overlap(x, y)) return 'differs';
    if (x.low !== y.low || x.high !== y.high) same = false;
  }
  return same ? 'same' : 'compatible';
}

function quantityAgreement(record: Quantity[] | undefined, stated: Quantity[]): Agreement {
  const key = (qs: Quantity[]) =>
    qs
      .map((q) => `${q.unit}|${q.item ?? ''}|${q.value}`)
      .sort()
      .join(';');
  return key(record ?? []) === key(stated) ? 'same' : 'differs';
}

/** Actors by id and role: the same set; one set within the other; else differs. */
function actorAgreement(record: ActorRef[], stated: ActorRef[]): Agreement {
  const set = (as: ActorRef[]) => new Set(as.map((a) => `${a.id}|${a.role}`));
  const a = set(record);
  const b = set(stated);
  const within = (x: Set<string>, y: Set<string>) => [...x].every((k) => y.has(k));
  if (within(a, b) && within(b, a)) return 'same';
  return within(a, b) || within(b, a) ? 'compatible' : 'differs';
}

/** What a source states of a fact. */
function statedOf(e: {
  occurred: FuzzyDate;
  actors: ActorRef[];
  money?: Money[];
  quantities?: Quantity[];
}): StatedValues {
  const s: StatedValues = { occurred: e.occurred, actors: e.actors };
  if (e.money !== undefined) s.money = e.money;
  if (e.quantities !== undefined) s.quantities = e.quantities;
  return s;
}

/** Field by field, where a corroboration's statement stands against the record's values. */
export function agreementOf(record: FactEvent, stated: StatedValues): FieldAgreement[] {
  const out: FieldAgreement[] = [
    {
      field: 'occurred',
      agreement: occurredAgreement(record.occurred, stated.occurred),
      record: record.occurred,
      stated: stated.occurred,
    },
  ];
  if (stated.money !== undefined)
    out.push({
      field: 'money',
      agreement: moneyAgreement(record.money, stated.money),
      record: record.money ?? [],
      stated: stated.money,
    });
  if (stated.quantities !== undefined)
    out.push({
      field: 'quantities',
      agreement: quantityAgreement(record.quantities, stated.quantities),
      record: record.quantities ?? [],
      stated: stated.quantities,
    });
  if (stated.actors.length > 0)
    out.push({
      field: 'actors',
      agreement: actorAgreement(record.actors, stated.actors),
      record: record.actors,
      stated: stated.actors,
    });
  return out;
}

function corroborationCitation(
  r: ResolvedFact,
  a: AppliedCorroboration,
  earliest: boolean,
): CitationRecord {
  const c = a.corroboration;
  const stated = statedOf(a.event);
  const agreement = agreementOf(r.event, stated);
  return {
    id: a.event.id,
    role: 'corroboration',
    position: c.position,
    source: a.event.source,
    knownAt: a.event.knownAt,
    knownOn: a.knownOn,
    recordedAt: c.recordedAt,
    public: true,
    earliest,
    title: a.event.title,
    stated,
    corrections: a.corrections,
    agreement,
    disagrees: agreement.filter((x) => x.agreement === 'differs').map((x) => x.field),
  };
}

/**
 * Every citation of a resolved fact: its own source first, then the corroborations this replay
 * holds, in log order; `earliest` marks the one the fact is known from.
 */
export function citationsOf(r: ResolvedFact): CitationRecord[] {
  const own = r.ownPublic && r.ownKnownOnDay === r.knownOnDay;
  let marked = own;
  const out: CitationRecord[] = [
    {
      id: r.event.id,
      role: 'own',
      position: r.fact.position,
      source: r.event.source,
      knownAt: r.event.knownAt,
      knownOn: dayString(r.ownKnownOnDay),
      recordedAt: r.fact.recordedAt,
      public: r.ownPublic,
      earliest: own,
      title: r.event.title,
      stated: statedOf(r.event),
      corrections: r.corrections.length,
      agreement: [],
      disagrees: [],
    },
  ];
  for (const a of r.corroborations) {
    const first = !marked && a.knownOnDay === r.knownOnDay;
    marked ||= first;
    out.push(corroborationCitation(r, a, first));
  }
  return out;
}

/** How many sources state a fact in this replay, which documents, and where they disagree. */
export function sourcesOf(r: ResolvedFact): SourcesSummary {
  const documents: string[] = r.ownPublic ? [r.event.source.documentId] : [];
  const disagreements = new Set<string>();
  for (const a of r.corroborations) {
    if (!documents.includes(a.event.source.documentId)) documents.push(a.event.source.documentId);
    for (const x of agreementOf(r.event, statedOf(a.event)))
      if (x.agreement === 'differs') disagreements.add(x.field);
  }
  return {
    count: (r.ownPublic ? 1 : 0) + r.corroborations.length,
    documentIds: documents,
    disagreements: [...disagreements].sort(),
  };
}
