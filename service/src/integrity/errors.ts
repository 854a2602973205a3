import { KroniekError } from '../errors.js';

/**
 * 503: the hash chain of the log is broken (or a stored event does not parse), so the service
 * takes no writes: anything appended would chain to a log that is not the one it vouches for.
 */
export class ChainBrokenError extends KroniekError {
  constructor(brokenAt: number, reason: string) {
    super(
      503,
      'Log integrity broken',
      `the log is broken at position ${brokenAt} (${reason}); writes are refused until it is repaired`,
      { brokenAt, reason },
    );
  }
}

/** The store does not reach, or holds another hash at, the head recorded outside it. */
export class AnchorMismatchError extends KroniekError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(500, 'Head anchor mismatch', message, details);
  }
}

/** A secret file (the token, the snapshot key) that others than its owner may read. */
export class InsecureFileError extends KroniekError {
  constructor(path: string, mode: number) {
    const octal = mode.toString(8).padStart(3, '0');
    super(
      500,
      'Insecure file',
      `${path} may be read by its group or others (mode ${octal}); run \`chmod 600 ${path}\` and start again`,
      { path },
    );
  }
}
