import { EVENT_TYPES } from '@kroniek/events';
import type { EventType } from '@kroniek/events';

/**
 * The code of each kind in the type column: its place in EVENT_TYPES. A snapshot writes the
 * kind names beside the codes and re-codes by name on restore (logIndex.ts), so the order may
 * change between versions.
 */
export const TYPE_CODE = new Map<EventType, number>(EVENT_TYPES.map((t, i) => [t, i]));
