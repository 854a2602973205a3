/** A problem to report to a client: an HTTP status plus RFC 9457 fields. */
export class KroniekError extends Error {
  readonly status: number;
  readonly title: string;
  readonly details: Record<string, unknown>;

  constructor(
    status: number,
    title: string,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
    this.status = status;
    this.title = title;
    this.details = details;
  }
}

/** One invalid field of an input. `path` is the dotted path into the input. */
export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * How many issues a problem response lists; the rest are counted (`moreIssues`). A body of a
 * million unknown keys must not answer with a million issues.
 */
export const MAX_LISTED_ISSUES = 20;

/**
 * The fields of `issues`, named once each, at most {@link MAX_LISTED_ISSUES} of them; `more`
 * counts issues not in the list at all.
 */
export function fieldNames(issues: readonly FieldIssue[], more = 0): string {
  const names = [...new Set(issues.map((i) => i.path || '(root)'))];
  const listed = names.slice(0, MAX_LISTED_ISSUES).join(', ');
  const rest = names.length - Math.min(names.length, MAX_LISTED_ISSUES) + more;
  return rest > 0 ? `${listed} and ${rest} more` : listed;
}

/** 400: the input is malformed; `issues` name each field at fault. */
export class ValidationError extends KroniekError {
  readonly issues: FieldIssue[];
  /**
   * `moreIssues`: how many further issues were found but not listed (a body of countless unknown
   * keys is counted, not listed key by key).
   */
  constructor(message: string, issues: FieldIssue[] = [], moreIssues = 0) {
    super(400, 'Invalid input', message, moreIssues > 0 ? { issues, moreIssues } : { issues });
    this.issues = issues;
  }
}

/** 415: a body that is not of the one media type a route reads. */
export class UnsupportedMediaTypeError extends KroniekError {
  constructor(expected: string, got: string | undefined) {
    super(
      415,
      'Unsupported media type',
      `the body must be sent as Content-Type: ${expected}${got ? `, not '${got}'` : '; none was given'}`,
      { expected },
    );
  }
}

/** 401: a write without a valid bearer token. */
export class UnauthorizedError extends KroniekError {
  constructor(message = 'a valid bearer token is required') {
    super(401, 'Unauthorized', message);
  }
}

/** 404: no such event, subject, source or position. */
export class NotFoundError extends KroniekError {
  constructor(what: string, id: string) {
    super(404, 'Not found', `${what} '${id}' does not exist`, { [what]: id });
  }
}

/** 405: an attempt to change or remove what is immutable. */
export class ImmutableError extends KroniekError {
  constructor(message = 'events are immutable: record a correction or retraction instead') {
    super(405, 'Immutable', message);
  }
}

/** The revision a writer expects a stream to be at. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

/** 409: a stream is not at the revision the writer expected. */
export class ConcurrencyError extends KroniekError {
  readonly expected: ExpectedRevision;
  readonly actual: number | null;
  constructor(stream: string, expected: ExpectedRevision, actual: number | null) {
    super(
      409,
      'Revision conflict',
      `stream '${stream}' expected at ${String(expected)} but is at ${actual === null ? 'no stream' : actual}`,
      { stream, expectedRevision: expected, actualRevision: actual },
    );
    this.expected = expected;
    this.actual = actual;
  }
}

/** 409: an event id already stored with different content. */
export class IdempotencyError extends KroniekError {
  constructor(id: string) {
    super(409, 'Event id reused', `event id '${id}' is already stored with different content`, {
      id,
    });
  }
}

/** 507: the store has no room (disk full or its quota reached); nothing of the write was stored. */
export class StorageFullError extends KroniekError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds = 60) {
    super(
      507,
      'Insufficient storage',
      `the store has no room for this write, and nothing of it was stored; retry after ${retryAfterSeconds} s`,
      { retryAfter: retryAfterSeconds },
    );
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
