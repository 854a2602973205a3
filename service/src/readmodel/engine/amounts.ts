import type { ActorRole, FactEvent } from '@kroniek/events';
import type { ChartLine } from '../readModelTypes.js';

/*
 * What amounts are made of, shared by the amount store (which records them) and the amount
 * rows (which read them for charts); kept apart so that neither imports the other's module.
 */

export type { AmountSeriesName } from '../chartSeries.js';
export type GroupBy = 'actor' | 'category';

/**
 * Who a sum is attributed to when grouping by actor: the first role present, in this order,
 * the giver or payer first. When no such role is named, whoever speaks for it or takes part
 * (the Drone Line update: the minister of the country that buys): never 'unattributed' while
 * the source names an actor on the giving side. Receiving roles are never credited.
 */
const GIVER_ROLES: ActorRole[] = [
  'donor',
  'promisor',
  'buyer',
  'announcer',
  'signatory',
  'launcher',
  'adopter',
  'proposer',
  'speaker',
  'host',
  'chair',
  'participant',
];

/** The parts of an event that amounts are read from. */
export interface AmountFields {
  type: FactEvent['type'];
  category: string;
  actors: FactEvent['actors'];
  money?: FactEvent['money'];
  quantities?: FactEvent['quantities'];
}

/** The groups an event's amounts go to when charts group by actor. */
export function actorGroups(e: AmountFields): string[] {
  for (const role of GIVER_ROLES) {
    const ids = e.actors.filter((a) => a.role === role).map((a) => a.id);
    if (ids.length > 0) return [...new Set(ids)];
  }
  return ['unattributed'];
}

export interface Amount {
  line: Omit<ChartLine, 'points' | 'certainLow' | 'certainHigh'>;
  low: number;
  high: number;
  approximate: boolean;
  wording: string;
}
