import type { FuzzyDate } from './fuzzyDate.js';
import type { EventOf, FactEvent } from './kinds.js';

// The registry of event kinds: every rule that depends on the kind of a fact is one entry of
// KIND_RULES, an exhaustive map over the fact kinds, so adding a kind to `KroniekEvent` fails to
// compile here until its rules are written (and nowhere else in the service).

/** The kind of a fact: every event type but corrections and retractions. */
export type FactType = FactEvent['type'];

/** What a subject is, as its events say. */
export const SUBJECT_KINDS = [
  'proposal',
  'document',
  'support',
  'agreement',
  'commitment',
  'meeting',
  'initiative',
  'announcement',
  'statement',
] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/**
 * How far along a subject is. 'upcoming' (nothing happened yet by the replay day) and 'overdue'
 * (an open commitment past its due date) are read on a replay day; the others are steps.
 */
export const SUBJECT_STATUSES = [
  'upcoming',
  'proposed',
  'adopted',
  'announced',
  'delivering',
  'delivered',
  'signed',
  'open',
  'fulfilled',
  'overdue',
  'scheduled',
  'held',
  'launched',
  'stated',
] as const;
export type SubjectStatus = (typeof SUBJECT_STATUSES)[number];

/**
 * How a fact's money and quantities are charted: 'committed' amounts add up on the commitment
 * lines (only kinds that commit: announced or pledged support, signed agreements); a 'delivery'
 * fulfils a commitment already counted, so it never adds to them; a 'target' is a goal or a
 * proposal, drawn apart from what was committed; a 'mention' is an amount a statement, a
 * meeting or a promise to parliament speaks of (the Drone Line update's "honderden miljoenen"):
 * shown with its wording as a marker, never summed; 'none' is never drawn.
 */
export const CHART_ROLES = ['committed', 'delivery', 'target', 'mention', 'none'] as const;
export type ChartRole = (typeof CHART_ROLES)[number];

/** What one fact says about its subject: the kind of thing, a status and how far along it is. */
export interface SubjectStep {
  kind: SubjectKind;
  status: Exclude<SubjectStatus, 'upcoming' | 'overdue'>;
  /** a later event never moves a subject back (deliveries may be dated before their announcement) */
  rank: number;
  /** the subject's name, when the fact names it */
  name?: string;
  /** when a promise is to be kept */
  due?: FuzzyDate;
}

/** The rules of one kind of fact. */
export interface KindRule<K extends FactType> {
  chartRole: ChartRole;
  step: (e: EventOf<K>) => SubjectStep;
  /** the fact this one fulfils: the kind it must be, the field naming it, its id; null: none */
  fulfils: { kind: FactType; field: string; id: (e: EventOf<K>) => string | undefined } | null;
}

/** Every fact kind's rules. A new kind must be added here: the compiler says so. */
export const KIND_RULES: { readonly [K in FactType]: KindRule<K> } = {
  ProposalTabled: {
    chartRole: 'target',
    step: (e) => ({ kind: 'proposal', status: 'proposed', rank: 1, name: e.proposal.name }),
    fulfils: null,
  },
  DocumentAdopted: {
    chartRole: 'target',
    step: (e) => ({ kind: 'document', status: 'adopted', rank: 2, name: e.document.name }),
    fulfils: null,
  },
  SupportCommitted: {
    chartRole: 'committed',
    step: () => ({ kind: 'support', status: 'announced', rank: 1 }),
    fulfils: null,
  },
  AnnouncementMade: {
    chartRole: 'committed',
    step: () => ({ kind: 'announcement', status: 'announced', rank: 1 }),
    fulfils: null,
  },
  SupportDelivered: {
    chartRole: 'delivery',
    step: (e) => ({
      kind: 'support',
      status: e.stage === 'completed' ? 'delivered' : 'delivering',
      rank: e.stage === 'completed' ? 3 : 2,
    }),
    fulfils: null,
  },
  AgreementSigned: {
    chartRole: 'committed',
    step: (e) => ({ kind: 'agreement', status: 'signed', rank: 2, name: e.agreement.name }),
    fulfils: null,
  },
  ParliamentaryCommitmentMade: {
    chartRole: 'mention',
    step: (e) => ({ kind: 'commitment', status: 'open', rank: 1, due: e.commitment.due }),
    fulfils: null,
  },
  ParliamentaryCommitmentFulfilled: {
    chartRole: 'mention',
    step: () => ({ kind: 'commitment', status: 'fulfilled', rank: 3 }),
    fulfils: { kind: 'ParliamentaryCommitmentMade', field: 'fulfils', id: (e) => e.fulfils },
  },
  MeetingScheduled: {
    chartRole: 'mention',
    step: (e) => ({ kind: 'meeting', status: 'scheduled', rank: 1, name: e.meeting.name }),
    fulfils: null,
  },
  MeetingHeld: {
    chartRole: 'mention',
    step: (e) => ({ kind: 'meeting', status: 'held', rank: 2, name: e.meeting.name }),
    fulfils: null,
  },
  InitiativeLaunched: {
    chartRole: 'mention',
    step: () => ({ kind: 'initiative', status: 'launched', rank: 2 }),
    fulfils: null,
  },
  StatementMade: {
    chartRole: 'mention',
    step: () => ({ kind: 'statement', status: 'stated', rank: 0 }),
    fulfils: null,
  },
};

/** The rules of a fact's kind, typed by the kind (so `ruleOf(e.type).step(e)` type-checks). */
function ruleOf<K extends FactType>(type: K): KindRule<K> {
  return KIND_RULES[type];
}

/** How a fact's amounts are charted (see ChartRole). */
export function chartRoleOf(type: FactType): ChartRole {
  return KIND_RULES[type].chartRole;
}

/** What a fact says about its subject's lifecycle. */
export function subjectStepOf(e: FactEvent): SubjectStep {
  return ruleOf(e.type).step(e);
}

/** What a fact says it fulfils (see KindRule.fulfils), with the id; null when nothing. */
export interface Fulfilment {
  kind: FactType;
  field: string;
  id: string;
}

/** The fact `e` says it fulfils: its id, the kind it must be and the field naming it; or null. */
export function fulfilmentOf(e: FactEvent): Fulfilment | null {
  const f = ruleOf(e.type).fulfils;
  const id = f?.id(e);
  return f && id ? { kind: f.kind, field: f.field, id } : null;
}
