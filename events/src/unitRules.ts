import { chartRoleOf } from './kindRules.js';
import type { ChartRole, FactType } from './kindRules.js';

// The registry of quantity units: what a unit measures decides how a quantity is charted,
// together with its fact's kind (KIND_RULES). "58 snelle patrouilleboten" counts things given;
// "5%" is a share, a goal however it is worded; "vier andere Europese landen" counts the
// parties to an agreement, nothing pledged. Units not named here count things.

/** What a quantity's unit measures. */
export type UnitClass = 'count' | 'share' | 'parties';

/** Units that are not counts of things, by the word the record uses. */
export const UNIT_CLASSES: Readonly<Record<string, Exclude<UnitClass, 'count'>>> = {
  percent: 'share',
  '%': 'share',
  countries: 'parties',
  parties: 'parties',
  allies: 'parties',
  members: 'parties',
};

/** What a unit measures ('count' unless UNIT_CLASSES names it). */
export function unitClassOf(unit: string): UnitClass {
  return Object.hasOwn(UNIT_CLASSES, unit) ? UNIT_CLASSES[unit]! : 'count';
}

/**
 * How one quantity of a fact is charted: its kind's chart role, except that a share is a target
 * (never a quantity pledged) and a count of parties is never drawn.
 */
export function quantityRoleOf(type: FactType, unit: string): ChartRole {
  const role = chartRoleOf(type);
  const cls = unitClassOf(unit);
  if (cls === 'parties') return 'none';
  if (cls === 'share' && role === 'committed') return 'target';
  return role;
}
