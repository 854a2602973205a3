import { dayBounds, fulfilmentOf } from '@kroniek/events';
import { fuzzyDateLabel } from '../../temporal/labels.js';
import { compareResolved, toTimelineItem } from '../items.js';
import type { Engine, Selection } from '../engine/engine.js';
import type { Fact } from '../facts.js';
import type { SubjectDetail, SubjectSummary } from '../readModelTypes.js';
import type { ResolvedFact, Resolver } from '../resolve.js';
import { evolve, initialState, statusOn } from '../subjectLifecycle.js';
import type { LifecycleState } from '../subjectLifecycle.js';

interface Group {
  id: string;
  happened: ResolvedFact[];
  later: ResolvedFact[];
}

const place = (r: ResolvedFact) => ({
  occurredLabel: fuzzyDateLabel(r.event.occurred),
  occurredBounds: dayBounds(r.event.occurred),
});

/** A subject folded one event at a time (events arrive in timeline order, happened first). */
interface Fold {
  id: string;
  state: LifecycleState;
  first: ResolvedFact | null;
  happened: number;
  later: number;
  firstPlace: SubjectSummary['first'];
  lastPlace: SubjectSummary['last'];
  nextPlace: SubjectSummary['next'];
  categories: Set<string>;
  actors: Set<string>;
}

function foldInto(folds: Map<string, Fold>, subject: string, r: ResolvedFact, happened: boolean) {
  let g = folds.get(subject);
  if (!g) {
    g = {
      id: subject,
      state: initialState(),
      first: r,
      happened: 0,
      later: 0,
      firstPlace: null,
      lastPlace: null,
      nextPlace: null,
      categories: new Set(),
      actors: new Set(),
    };
    folds.set(subject, g);
  }
  g.categories.add(r.event.category);
  for (const a of r.event.actors) g.actors.add(a.id);
  if (happened) {
    g.state = evolve(g.state, r.event);
    g.happened++;
    const p = place(r);
    g.firstPlace ??= p;
    g.lastPlace = p;
  } else {
    g.later++;
    g.nextPlace ??= place(r);
  }
}

function summaryOf(g: Fold, day: number): SubjectSummary {
  const { state } = g;
  const firstEvent = g.first!.event;
  const summary: SubjectSummary = {
    id: g.id,
    kind: state.kind ?? evolve(initialState(), firstEvent).kind!,
    status: statusOn(state, day),
    title: state.title ?? evolve(initialState(), firstEvent).title!,
    categories: [...g.categories],
    events: g.happened,
    later: g.later,
    first: g.firstPlace,
    last: g.lastPlace,
    next: g.nextPlace,
    actors: [...g.actors],
  };
  if (state.due) {
    summary.due = state.due;
    summary.dueLabel = fuzzyDateLabel(state.due);
    summary.dueBounds = dayBounds(state.due);
  }
  return summary;
}

function summarise(g: Group, day: number): { summary: SubjectSummary; state: LifecycleState } {
  const folds = new Map<string, Fold>();
  for (const r of g.happened) foldInto(folds, g.id, r, true);
  for (const r of g.later) foldInto(folds, g.id, r, false);
  const fold = folds.get(g.id)!;
  return { summary: summaryOf(fold, day), state: fold.state };
}

/**
 * Every subject with its lifecycle status on the replay day, ordered by subject id. A
 * fulfilment that names the commitment it fulfils also counts for that commitment's subject.
 */
export function subjectSummaries(
  engine: Engine,
  sel: Selection,
  resolve: Resolver,
): SubjectSummary[] {
  const folds = new Map<string, Fold>();
  engine.visit(sel, resolve, (r, status) => {
    // A lifecycle steps on what certainly happened (status codes 0-2); the rest is upcoming.
    const happened = status < 3;
    foldInto(folds, r.event.subject, r, happened);
    const fulfils = fulfilmentOf(r.event);
    if (fulfils) {
      const target = engine.factIdOf(fulfils.id);
      const subject = target === undefined ? undefined : engine.fact(target).event.subject;
      if (subject !== undefined && subject !== r.event.subject)
        foldInto(folds, subject, r, happened);
    }
  });
  return [...folds.values()]
    .map((g) => summaryOf(g, sel.ctx.asOf))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One subject: its summary, the steps of its lifecycle and its events (happened and later). */
export function subjectDetail(
  engine: Engine,
  sel: Pick<Selection, 'ctx'>,
  resolve: Resolver,
  id: string,
): SubjectDetail | null {
  const facts = engine.facts(engine.factsOfSubject(id));
  const views = facts
    .map(resolve)
    .concat(fulfilmentsElsewhere(engine, facts, resolve, id))
    .filter((r) => r.shown && !r.retracted)
    .sort(compareResolved);
  if (views.length === 0) return null;
  const g: Group = {
    id,
    happened: views.filter((r) => r.occ.latest <= sel.ctx.asOf),
    later: views.filter((r) => r.occ.latest > sel.ctx.asOf),
  };
  const { summary, state } = summarise(g, sel.ctx.asOf);
  const relatedSubjects = new Set<string>();
  for (const r of views)
    for (const s of r.event.relatedSubjects ?? []) if (s !== id) relatedSubjects.add(s);
  for (const f of engine.facts(engine.factsRelatedTo(id)))
    if (f.event.subject !== id) relatedSubjects.add(f.event.subject);
  return {
    ...summary,
    lifecycle: state.steps,
    items: views.map((r) => toTimelineItem(r, sel.ctx)),
    relatedSubjects: [...relatedSubjects].sort(),
  };
}

/** Fulfilments recorded on another subject that name a commitment of this one. */
function fulfilmentsElsewhere(
  engine: Engine,
  facts: Fact[],
  resolve: Resolver,
  id: string,
): ResolvedFact[] {
  const elsewhere = facts.flatMap((f) => engine.fulfilmentsOf(f.event.id));
  return engine
    .facts(elsewhere)
    .filter((f) => f.event.subject !== id)
    .map(resolve);
}
