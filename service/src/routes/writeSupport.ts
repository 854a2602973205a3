import { randomUUID } from 'node:crypto';
import canonicalize from 'canonicalize';
import { deriveEventId, KroniekEvent, SCHEMA_VERSION } from '@kroniek/events';
import type { SourceRef, SourceWithText } from '@kroniek/events';
import type { Context } from 'hono';
import { z } from 'zod';
import type { ExpectedRevision } from '../errors.js';
import { ValidationError } from '../errors.js';
import type { RouteDeps } from '../http/deps.js';
import { validationErrorOf } from '../http/validate.js';

/** `expectedRevision` as a body member. */
export const ExpectedRevisionInput = z.union([
  z.enum(['any', 'no_stream', 'stream_exists']),
  z
    .number()
    .int()
    .min(-1)
    .transform((n) => (n === -1 ? ('no_stream' as const) : n)),
]);

/**
 * The expected revision from the body or the If-Match header (`"3"`, `3`, `*`). When both are
 * given they must agree. Defaults to 'any'.
 */
export function expectedRevisionOf(
  c: Context,
  fromBody: ExpectedRevision | undefined,
): ExpectedRevision {
  const header = c.req.header('If-Match');
  let fromHeader: ExpectedRevision | undefined;
  if (header !== undefined) {
    const raw = header
      .trim()
      .replace(/^W\//, '')
      .replace(/^"(.*)"$/, '$1');
    if (raw === '*') fromHeader = 'stream_exists';
    else if (/^\d+$/.test(raw)) fromHeader = Number(raw);
    else
      throw new ValidationError('invalid If-Match header', [
        { path: 'If-Match', message: 'expected a stream revision such as "3" or *' },
      ]);
  }
  if (fromHeader !== undefined && fromBody !== undefined && fromHeader !== fromBody) {
    throw new ValidationError('If-Match and expectedRevision disagree', [
      { path: 'expectedRevision', message: `the If-Match header says ${String(fromHeader)}` },
    ]);
  }
  return fromBody ?? fromHeader ?? 'any';
}

/**
 * The id of an amendment posted without one, derived from its content (as imports derive theirs
 * from document and key): the same correction or retraction posted twice is one event.
 */
export function contentDerivedId(content: Record<string, unknown>): string {
  const rest: Record<string, unknown> = { ...content, schemaVersion: SCHEMA_VERSION };
  delete rest.id;
  return deriveEventId('api', canonicalize(rest) ?? '');
}

/**
 * Completes a posted event (without an id: a random UUID, or with `derive` one derived from its
 * content; the current schema version) and validates it with the event schemas; issues are
 * reported under `prefix`.
 */
export function completeEvent(
  input: Record<string, unknown>,
  prefix: (string | number)[],
  derive = false,
): KroniekEvent {
  const id = input.id ?? (derive ? contentDerivedId(input) : randomUUID());
  const result = KroniekEvent.safeParse({ ...input, id, schemaVersion: SCHEMA_VERSION });
  if (!result.success) {
    throw validationErrorOf('invalid event', result.error, prefix);
  }
  return result.data;
}

/**
 * A quotation must be the exact words of a known source at the place it names, so nothing enters
 * the record that its source does not say.
 */
export function checkSource(
  source: SourceRef,
  sources: ReadonlyMap<string, SourceWithText>,
  prefix: (string | number)[],
): void {
  const at = (field: string) => [...prefix, 'source', field].join('.');
  const doc = sources.get(source.documentId);
  if (!doc) {
    throw new ValidationError('unknown source document', [
      { path: at('documentId'), message: `no source document '${source.documentId}'` },
    ]);
  }
  const { start, end } = source.location;
  if (doc.text.slice(start, end) !== source.quotation) {
    const found = doc.text.indexOf(source.quotation);
    const hint =
      found >= 0
        ? `; it occurs at ${found}..${found + source.quotation.length}`
        : '; it does not occur in the text';
    throw new ValidationError('the quotation is not the source text at its location', [
      { path: at('quotation'), message: `not the text at ${start}..${end} of '${doc.id}'${hint}` },
    ]);
  }
}

/**
 * Appends to one stream, then waits until the read model has seen the append (read-your-writes).
 * The feed's live subscription usually applied the events as the store committed them, so the
 * catch-up (a read of the log) runs only when the model is still behind; events stored already
 * by an earlier attempt (an idempotent retry) are looked up, the new ones come with the result.
 */
export async function appendAndSync(
  deps: RouteDeps,
  stream: string,
  events: KroniekEvent[],
  expectedRevision: ExpectedRevision,
) {
  const result = await deps.store.append(
    stream,
    events.map((e) => ({ id: e.id, type: e.type, data: e, metadata: { origin: 'api' } })),
    { expectedRevision },
  );
  if (deps.readModel.position() < result.lastPosition) await deps.feed.catchUp();
  const written = new Map(result.appended.map((s) => [s.id, s]));
  const stored = await Promise.all(
    events.map((e) => written.get(e.id) ?? deps.store.getById(e.id)),
  );
  return {
    stream,
    revision: result.nextRevision,
    position: result.lastPosition,
    appended: result.appended.length,
    events: stored.flatMap((s) =>
      s ? [{ id: s.id, type: s.type, position: s.position, revision: s.revision }] : [],
    ),
  };
}
