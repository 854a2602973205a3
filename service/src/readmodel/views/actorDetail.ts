import type { ActorRole } from '@kroniek/events';
import type { Engine, Selection } from '../engine/engine.js';
import { toTimelineItem } from '../items.js';
import type { ActorDetail, ActorEvent } from '../readModelTypes.js';
import type { Resolver } from '../resolve.js';

/** Events listed on an actor's page at most; `total` says how many there are. */
export const ACTOR_ITEMS_MAX = 500;

/**
 * One actor: the events it takes part in (happened and later, in timeline order) with its roles
 * in each, and counts by role and kind over the happened ones. Amounts stay on their events,
 * never summed: a statement mentioning money is not money committed. Null for an unknown actor.
 */
export function actorDetail(
  engine: Engine,
  sel: Selection,
  resolve: Resolver,
  id: string,
): ActorDetail | null {
  let name: string | null = null;
  const byRole: Partial<Record<ActorRole, number>> = {};
  const byType: Record<string, number> = {};
  const subjects = new Set<string>();
  const items: ActorEvent[] = [];
  let events = 0;
  let later = 0;
  let total = 0;
  engine.visit(sel, resolve, (r, status) => {
    // What certainly happened by asOf (status codes 0-2) counts; the rest is later.
    const happened = status < 3;
    if (r.retracted) return;
    const mine = r.event.actors.filter((a) => a.id === id);
    if (mine.length === 0) return; // the actor was corrected away
    name ??= mine[0]!.name;
    const roles = [...new Set(mine.map((a) => a.role))];
    total++;
    if (happened) {
      events++;
      for (const role of roles) byRole[role] = (byRole[role] ?? 0) + 1;
      byType[r.event.type] = (byType[r.event.type] ?? 0) + 1;
    } else later++;
    subjects.add(r.event.subject);
    if (items.length < ACTOR_ITEMS_MAX) items.push({ ...toTimelineItem(r, sel.ctx), roles });
  });
  if (name === null) return null;
  return {
    id,
    name,
    events,
    later,
    total,
    byRole,
    byType,
    subjects: [...subjects].sort(),
    items,
  };
}
