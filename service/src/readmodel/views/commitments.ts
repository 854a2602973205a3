import { dayBounds, fulfilmentOf, subjectStepOf } from '@kroniek/events';
import type { ActorRef, ActorRole, FactEvent } from '@kroniek/events';
import { isOverdue } from '../../temporal/axes.js';
import { fuzzyDateLabel } from '../../temporal/labels.js';
import type {
  CommitmentItem,
  CommitmentKind,
  CommitmentLink,
  CommitmentRegister,
  CommitmentStatus,
} from '../commitmentTypes.js';
import type { Engine, Selection } from '../engine/engine.js';
import type { CommitmentQuery } from '../readModelTypes.js';
import type { ResolvedFact, Resolver } from '../resolve.js';

/** Roles of whoever makes a commitment, and of whoever it is made to. */
const MAKER_ROLES: ReadonlySet<ActorRole> = new Set([
  'promisor',
  'donor',
  'announcer',
  'signatory',
]);
const RECEIVER_ROLES: ReadonlySet<ActorRole> = new Set(['promisee', 'recipient', 'addressee']);

/** What kind of commitment a fact makes, if any (by its lifecycle step, KIND_RULES). */
function commitmentKindOf(e: FactEvent): CommitmentKind | null {
  const step = subjectStepOf(e);
  if (step.kind === 'commitment' && step.status === 'open') return 'parliamentary';
  if (step.kind === 'support' && step.status === 'announced') return 'pledge';
  // An announcement with an amount announces support: "een nieuw maritiem pakket ... circa €400 mln".
  if (step.kind === 'announcement' && (e.money?.length || e.quantities?.length)) return 'pledge';
  return null;
}

/** A step that settles commitments: a fulfilment (promises) or a delivery (pledges), with its rank. */
function settlingStep(e: FactEvent): { kind: CommitmentKind; rank: number } | null {
  const step = subjectStepOf(e);
  if (step.kind === 'commitment' && step.status === 'fulfilled')
    return { kind: 'parliamentary', rank: step.rank };
  if (step.kind === 'support' && (step.status === 'delivering' || step.status === 'delivered'))
    return { kind: 'pledge', rank: step.rank };
  return null;
}

interface Settling {
  r: ResolvedFact;
  happened: boolean;
  rank: number;
  /** the commitment it names (fulfils), or null: it settles its subject's commitments */
  names: string | null;
}

function linkOf(s: Settling): CommitmentLink {
  const e = s.r.event;
  return {
    eventId: e.id,
    type: e.type,
    title: e.title,
    occurredLabel: fuzzyDateLabel(e.occurred),
    occurredBounds: dayBounds(e.occurred),
    status: s.happened ? 'happened' : 'later',
    source: e.source,
  };
}

function statusOf(
  kind: CommitmentKind,
  settled: Settling | null,
  item: CommitmentItem,
  day: number,
): CommitmentStatus {
  if (kind === 'parliamentary') {
    if (settled) return 'fulfilled';
    return isOverdue(item.due?.date, day) ? 'overdue' : 'open';
  }
  if (!settled) return 'announced';
  return subjectStepOf(settled.r.event).status === 'delivered' ? 'delivered' : 'delivering';
}

function itemOf(r: ResolvedFact, kind: CommitmentKind): CommitmentItem {
  const e = r.event;
  const by = e.actors.filter((a) => MAKER_ROLES.has(a.role));
  const to = e.actors.filter((a) => RECEIVER_ROLES.has(a.role));
  const item: CommitmentItem = {
    id: e.id,
    kind,
    type: e.type,
    status: kind === 'parliamentary' ? 'open' : 'announced',
    subject: e.subject,
    title: e.title,
    category: e.category,
    madeOn: { occurredLabel: fuzzyDateLabel(e.occurred), occurredBounds: dayBounds(e.occurred) },
    knownOn: r.knownOn,
    by: by.length > 0 ? by : e.actors.filter((a: ActorRef) => !RECEIVER_ROLES.has(a.role)),
    to,
    settledBy: null,
    steps: [],
    source: e.source,
  };
  if (e.type === 'ParliamentaryCommitmentMade') {
    item.description = e.commitment.description;
    const due = e.commitment.due;
    if (due) {
      item.due = {
        date: due,
        label: fuzzyDateLabel(due),
        precision: due.precision,
        bounds: dayBounds(due),
      };
      if (due.wording !== undefined) item.due.wording = due.wording;
    }
  }
  if (e.money !== undefined) item.money = e.money;
  if (e.quantities !== undefined) item.quantities = e.quantities;
  return item;
}

/**
 * Every commitment made by the replay day, in timeline order, with its status then: a promise
 * to parliament is fulfilled by a fulfilment that names it (or, naming none, one on its
 * subject), overdue once its due date is certainly past; a pledge is delivering or delivered by
 * the deliveries on its subject. Only what happened by asOf counts; later steps are listed.
 */
export function commitmentRegister(
  engine: Engine,
  sel: Selection,
  resolve: Resolver,
): CommitmentRegister {
  const made: { r: ResolvedFact; kind: CommitmentKind }[] = [];
  const settling = new Map<string, Settling[]>();
  let later = 0;
  engine.visit(sel, resolve, (r, status) => {
    // A promise is made, and a step settles it, once it certainly happened (status codes 0-2).
    const happened = status < 3;
    const kind = commitmentKindOf(r.event);
    if (kind) {
      if (happened) made.push({ r, kind });
      else later++;
    }
    const step = settlingStep(r.event);
    if (!step) return;
    const names = fulfilmentOf(r.event)?.id ?? null;
    const key = `${step.kind}|${names ?? `subject:${r.event.subject}`}`;
    const list = settling.get(key) ?? [];
    list.push({ r, happened, rank: step.rank, names });
    settling.set(key, list);
  });
  const items = made.map(({ r, kind }) => {
    const item = itemOf(r, kind);
    const steps = [
      ...(settling.get(`${kind}|${item.id}`) ?? []),
      ...(settling.get(`${kind}|subject:${item.subject}`) ?? []),
    ];
    let settled: Settling | null = null;
    for (const s of steps) if (s.happened && (!settled || s.rank >= settled.rank)) settled = s;
    item.steps = steps.map(linkOf);
    item.settledBy = settled ? linkOf(settled) : null;
    item.status = statusOf(kind, settled, item, sel.ctx.asOf);
    return item;
  });
  const byStatus: CommitmentRegister['counts']['byStatus'] = {};
  const byKind: CommitmentRegister['counts']['byKind'] = {};
  for (const i of items) {
    byStatus[i.status] = (byStatus[i.status] ?? 0) + 1;
    byKind[i.kind] = (byKind[i.kind] ?? 0) + 1;
  }
  return { items, counts: { listed: items.length, made: items.length, byStatus, byKind, later } };
}

/** The register narrowed to the filters asked for (counts other than `listed` stay whole). */
export function filterCommitments(
  all: CommitmentRegister,
  q: Pick<CommitmentQuery, 'status' | 'kind' | 'actors'>,
): CommitmentRegister {
  const { status, kind, actors } = q;
  const items = all.items.filter(
    (i) =>
      (!status?.length || status.includes(i.status)) &&
      (!kind?.length || kind.includes(i.kind)) &&
      (!actors?.length || [...i.by, ...i.to].some((a) => actors.includes(a.id))),
  );
  return { items, counts: { ...all.counts, listed: items.length } };
}
