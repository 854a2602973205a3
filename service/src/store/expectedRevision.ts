import { assertNever } from '@kroniek/events';
import { ConcurrencyError } from '../errors.js';
import type { ExpectedRevision } from '../errors.js';

/**
 * Checks a stream's current revision (null: no stream) against what the writer expects, for
 * every adapter alike; throws a ConcurrencyError naming both.
 */
export function checkExpected(
  stream: string,
  expected: ExpectedRevision,
  current: number | null,
): void {
  if (typeof expected === 'number') {
    if (current !== expected) throw new ConcurrencyError(stream, expected, current);
    return;
  }
  switch (expected) {
    case 'any':
      return;
    case 'no_stream':
      if (current !== null) throw new ConcurrencyError(stream, expected, current);
      return;
    case 'stream_exists':
      if (current === null) throw new ConcurrencyError(stream, expected, current);
      return;
    default:
      assertNever(expected);
  }
}
