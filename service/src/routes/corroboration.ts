import { corroborationTargetProblem, parseStoredEvent, subjectEventOf } from '@kroniek/events';
import type { KroniekEvent } from '@kroniek/events';
import { ValidationError } from '../errors.js';
import type { EventStore } from '../store/eventStore.js';

/**
 * Refuses a corroboration whose `corroborates` names no fact: an unknown id, an amendment or
 * another corroboration, or a retracted fact (a 400 naming the field, as for `fulfils`).
 */
export async function checkCorroboration(
  store: EventStore,
  event: KroniekEvent,
  at: (field: string) => string,
): Promise<void> {
  if (event.type !== 'EventCorroborated') return;
  const id = event.corroborates;
  const stored = await store.getById(id);
  const target = stored ? subjectEventOf(parseStoredEvent(stored.data)) : undefined;
  const retracted =
    stored !== undefined &&
    stored !== null &&
    (await store.readStream(stored.stream)).some(
      (e) => e.type === 'EventRetracted' && (e.data as { retracts?: unknown }).retracts === id,
    );
  const problem = corroborationTargetProblem(id, target, retracted);
  if (problem) {
    throw new ValidationError('nothing to corroborate', [
      { path: at('corroborates'), message: problem },
    ]);
  }
}
