import { distance } from 'fastest-levenshtein';
import { dayBounds, isFact, moneyBounds } from '@kroniek/events';
import type { KroniekEvent } from '@kroniek/events';
import { FAMILY, windowsOverlap } from './family.js';
import type { Corroboration, Draft } from './types.js';

export const DEDUPE_VERSION = 1;
const THRESHOLD = 0.5;

/** Similarity of two quotations in [0, 1]: 1 - Levenshtein distance / longer length, whitespace folded. */
export function textSimilarity(a: string, b: string): number {
  const x = a.replace(/\s+/g, ' ').trim().toLowerCase();
  const y = b.replace(/\s+/g, ' ').trim().toLowerCase();
  const longer = Math.max(x.length, y.length);
  return longer === 0 ? 1 : 1 - distance(x, y) / longer;
}

/**
 * The recorded event a draft most likely reports again, if any: same kind family and
 * overlapping occurred window required; then scored on the quotation (the same place in the same
 * document counts fully, else text similarity), shared actors and equal amounts. A match is a
 * proposed corroboration of that event, never a new fact.
 */
export function findCorroboration(
  draft: Draft,
  documentId: string,
  record: readonly KroniekEvent[],
): Corroboration | undefined {
  const window = dayBounds(draft.occurred);
  let best: Corroboration | undefined;
  for (const e of record) {
    if (!isFact(e)) continue;
    if (FAMILY[e.type] !== FAMILY[draft.kind]) continue;
    if (!windowsOverlap(window, dayBounds(e.occurred))) continue;
    const reasons = ['same kind family', 'overlapping occurred window'];
    const sameText =
      e.source.documentId === documentId &&
      e.source.location.start < draft.quotation.end &&
      e.source.location.end > draft.quotation.start;
    const sim = sameText ? 1 : textSimilarity(draft.quotation.text, e.source.quotation);
    if (sameText) reasons.push('same place in the same document');
    else reasons.push(`quotation similarity ${sim.toFixed(2)}`);
    const ids = new Set(draft.actors.map((a) => a.id));
    const shared = e.actors.filter((a) => ids.has(a.id)).length;
    if (shared > 0) reasons.push(`${shared} shared actor(s)`);
    const amounts = (e.money ?? []).filter((m) =>
      draft.amounts.some((a) => {
        const b = moneyBounds(m);
        return a.currency === m.currency && a.low === b.low && a.high === b.high;
      }),
    ).length;
    if (amounts > 0) reasons.push(`${amounts} equal amount(s)`);
    const score =
      Math.round((0.6 * sim + 0.25 * Math.min(1, shared / 2) + 0.15 * Math.min(1, amounts)) * 100) /
      100;
    if (score >= THRESHOLD && (!best || score > best.score))
      best = { eventId: e.id, title: e.title, score, reasons };
  }
  return best;
}
