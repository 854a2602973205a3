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

/** 400: the input is malformed; `issues` name each field at fault. */
export class ValidationError extends KroniekError {
  readonly issues: FieldIssue[];
  constructor(message: string, issues: FieldIssue[] = []) {
    super(400, 'Invalid input', message, { issues });
    this.issues = issues;
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
