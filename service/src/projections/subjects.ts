import { dayBounds } from '@kroniek/events';
import { fuzzyDateLabel } from '../temporal/labels.js';
import { compareResolved, toTimelineItem } from './items.js';
import type { LogIndex } from './logIndex.js';
import type { SubjectDetail, SubjectSummary } from './readModelTypes.js';
import type { ResolvedFact } from './resolve.js';
import type { Selection } from './selection.js';
import { evolve, initialState, statusOn } from './subjectLifecycle.js';
import type { LifecycleState } from './subjectLifecycle.js';

interface Group {
  id: string;
  happened: ResolvedFact[];
  later: ResolvedFact[];
}

const place = (r: ResolvedFact) => ({
  occurredLabel: fuzzyDateLabel(r.event.occurred),
  occurredBounds: dayBounds(r.event.occurred),
});

/**
 * Groups a selection (timeline order, retracted left out) by subject. A fulfilment that
 * names the commitment it fulfils also counts for that commitment's subject.
 */
function groupBySubject(index: LogIndex, sel: Selection): Map<string, Group> {
  const c = index.getColumns();
  const groups = new Map<string, Group>();
  const add = (subject: string, r: ResolvedFact, happened: boolean) => {
    let g = groups.get(subject);
    if (!g) groups.set(subject, (g = { id: subject, happened: [], later: [] }));
    (happened ? g.happened : g.later).push(r);
  };
  sel.idx.forEach((i, j) => {
    const r = sel.resolve(index.facts[c.fact[i]!]!);
    const happened = j < sel.prefix;
    add(r.event.subject, r, happened);
    if (r.event.type === 'ParliamentaryCommitmentFulfilled' && r.event.fulfils) {
      const target = index.getFact(r.event.fulfils);
      if (target && target.event.subject !== r.event.subject)
        add(target.event.subject, r, happened);
    }
  });
  return groups;
}

function summarise(g: Group, day: number): { summary: SubjectSummary; state: LifecycleState } {
  const state = g.happened.reduce((s, r) => evolve(s, r.event), initialState());
  const all = [...g.happened, ...g.later];
  const firstEvent = all[0]!.event;
  const summary: SubjectSummary = {
    id: g.id,
    kind: state.kind ?? evolve(initialState(), firstEvent).kind!,
    status: statusOn(state, day),
    title: state.title ?? evolve(initialState(), firstEvent).title!,
    categories: [...new Set(all.map((r) => r.event.category))],
    events: g.happened.length,
    later: g.later.length,
    first: g.happened.length > 0 ? place(g.happened[0]!) : null,
    last: g.happened.length > 0 ? place(g.happened[g.happened.length - 1]!) : null,
    next: g.later.length > 0 ? place(g.later[0]!) : null,
    actors: [...new Set(all.flatMap((r) => r.event.actors.map((a) => a.id)))],
  };
  if (state.due) {
    summary.due = state.due;
    summary.dueLabel = fuzzyDateLabel(state.due);
  }
  return { summary, state };
}

/** Every subject with its lifecycle status on the replay day, ordered by subject id. */
export function subjectSummaries(index: LogIndex, sel: Selection): SubjectSummary[] {
  const groups = groupBySubject(index, sel);
  return [...groups.values()]
    .map((g) => summarise(g, sel.ctx.asOf).summary)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One subject: its summary, the steps of its lifecycle and its events (happened and later). */
export function subjectDetail(index: LogIndex, sel: Selection, id: string): SubjectDetail | null {
  const facts = [...index.factsOfSubject(id)];
  const views = facts
    .map((f) => sel.resolve(f))
    .concat(fulfilmentsElsewhere(index, sel, id))
    .filter((r) => r.visible && !r.retracted)
    .sort(compareResolved);
  if (views.length === 0) return null;
  const g: Group = {
    id,
    happened: views.filter((r) => r.occ.key <= sel.ctx.asOf),
    later: views.filter((r) => r.occ.key > sel.ctx.asOf),
  };
  const { summary, state } = summarise(g, sel.ctx.asOf);
  const relatedSubjects = new Set<string>();
  for (const r of views)
    for (const s of r.event.relatedSubjects ?? []) if (s !== id) relatedSubjects.add(s);
  for (const f of index.factsRelatedTo(id))
    if (f.event.subject !== id) relatedSubjects.add(f.event.subject);
  return {
    ...summary,
    lifecycle: state.steps,
    items: views.map((r) => toTimelineItem(r, sel.ctx.asOf)),
    relatedSubjects: [...relatedSubjects].sort(),
  };
}

/** Fulfilments recorded on another subject that name a commitment of this one. */
function fulfilmentsElsewhere(index: LogIndex, sel: Selection, id: string): ResolvedFact[] {
  return index
    .factsOfSubject(id)
    .flatMap((f) => index.fulfilmentsOf(f.event.id))
    .filter((f) => f.event.subject !== id)
    .map((f) => sel.resolve(f));
}
