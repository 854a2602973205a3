import type { Engine, Selection } from '../engine/engine.js';
import type { ActorSummary } from '../readModelTypes.js';
import type { Resolver } from '../resolve.js';

/**
 * Who did what by asOf (events that certainly happened, known or possibly known by knownBy): per actor the events taken part in (once per event, whatever the
 * number of roles), counts by role and by event kind. Ordered by events, then id.
 */
export function actorSummaries(engine: Engine, sel: Selection, resolve: Resolver): ActorSummary[] {
  const actors = new Map<string, ActorSummary & { subjectSet: Set<string> }>();
  engine.visit(sel, resolve, (r, status) => {
    // Only what certainly happened by asOf (status codes 0-2: happened, any knownAt status listed).
    if (r.retracted || status >= 3) return;
    const seen = new Set<string>();
    for (const a of r.event.actors) {
      let s = actors.get(a.id);
      if (!s) {
        s = {
          id: a.id,
          name: a.name,
          events: 0,
          byRole: {},
          byType: {},
          subjects: [],
          subjectSet: new Set(),
        };
        actors.set(a.id, s);
      }
      s.byRole[a.role] = (s.byRole[a.role] ?? 0) + 1;
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      s.events++;
      s.byType[r.event.type] = (s.byType[r.event.type] ?? 0) + 1;
      s.subjectSet.add(r.event.subject);
    }
  });
  return [...actors.values()]
    .map(({ subjectSet, ...s }) => ({ ...s, subjects: [...subjectSet].sort() }))
    .sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : 1));
}
