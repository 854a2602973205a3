import { isFact } from './kinds.js';
import type { KroniekEvent } from './kinds.js';

/**
 * Why event `id` may not be corroborated, or null when it may: only a fact (not an amendment,
 * not another corroboration) that exists and is not retracted. `target` is the stored event with
 * that id, if any; `retracted` whether a retraction of it is recorded.
 */
export function corroborationTargetProblem(
  id: string,
  target: KroniekEvent | undefined,
  retracted: boolean,
): string | null {
  if (!target) return `no event '${id}' to corroborate`;
  if (!isFact(target)) {
    return `'${id}' is an ${target.type}, not a fact: corroborate the fact itself`;
  }
  if (retracted) return `'${id}' is retracted: a retracted fact cannot be corroborated`;
  return null;
}
