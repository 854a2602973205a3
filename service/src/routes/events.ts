import {
  EventBase,
  EventCorrected,
  EventId,
  EventRetracted,
  FuzzyDate,
  isAmendment,
  KnownAt,
  parseStoredEvent,
  isSourceRecord,
  toNameText,
} from '@kroniek/events';
import type { EventOf, FactEvent } from '@kroniek/events';
import { Hono } from 'hono';
import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { ConcurrencyError, ImmutableError, NotFoundError, ValidationError } from '../errors.js';
import type { StoredEvent } from '../store/eventStore.js';
import type { RouteDeps } from '../http/deps.js';
import { defined, EventIdParam, ReplayQueryParams } from '../http/queries.js';
import { validate } from '../http/validate.js';
import {
  appendAndSync,
  checkSource,
  completeEvent,
  ExpectedRevisionInput,
  expectedRevisionOf,
} from './writeSupport.js';

/** What may be amended: a fact, or a corroboration of one (its citation of the fact). */
type Amendable = FactEvent | EventOf<'EventCorroborated'>;

/** What an amendment carries besides its own fields; occurred/knownAt default to the day it is recorded. */
const AmendmentCommon = {
  id: EventId.optional(),
  title: EventBase.shape.title.optional(),
  summary: EventBase.shape.summary,
  occurred: FuzzyDate.optional(),
  knownAt: KnownAt.optional(),
  actors: EventBase.shape.actors.optional(),
  expectedRevision: ExpectedRevisionInput.optional(),
};

export const CorrectionBody = EventCorrected.pick({
  changes: true,
  reason: true,
  source: true,
}).extend(AmendmentCommon);
export const RetractionBody = EventRetracted.pick({ reason: true, source: true }).extend(
  AmendmentCommon,
);

type AmendmentInput = z.infer<typeof RetractionBody>;

/** The id a stored retraction retracts. */
const retractsOf = (e: StoredEvent): unknown => (e.data as { retracts?: unknown } | null)?.retracts;

/** Events: one event with its history, and the two ways to amend one. The log itself is never edited. */
export function eventRoutes(deps: RouteDeps, requireToken: MiddlewareHandler) {
  const { readModel, store } = deps;

  /** The fact (or corroboration) an amendment is about, straight from the log. */
  const target = async (id: string): Promise<{ stream: string; event: Amendable }> => {
    const stored = await store.getById(id);
    if (!stored) throw new NotFoundError('event', id);
    const event = parseStoredEvent(stored.data);
    if (isSourceRecord(event)) {
      throw new ValidationError('only facts can be amended', [
        {
          path: 'id',
          message: `'${id}' is a ${event.type}; correct a source through its own route`,
        },
      ]);
    }
    if (isAmendment(event)) {
      throw new ValidationError('only facts can be amended', [
        {
          path: 'id',
          message: `'${id}' is itself a ${event.type}; amend the event it ${event.type === 'EventCorrected' ? 'corrects' : 'retracts'}`,
        },
      ]);
    }
    return { stream: stored.stream, event };
  };

  /** Fields every amendment shares: where it stands in the record, and when it was made and known. */
  const common = (fact: Amendable, body: AmendmentInput, verb: string) => {
    const today = deps.today();
    const occurred = body.occurred ?? { precision: 'day' as const, date: today };
    return {
      ...(body.id ? { id: body.id } : {}),
      subject: fact.subject,
      category: fact.category,
      title: body.title ?? toNameText(`${verb}: ${fact.title}`.slice(0, 300)).trim(),
      ...(body.summary ? { summary: body.summary } : {}),
      occurred,
      knownAt: body.knownAt ?? {
        date: occurred,
        basis: 'public-at-occurrence' as const,
        note: 'no date given with the amendment: the day it was recorded through the API',
      },
      source: body.source,
      actors: body.actors ?? [],
      reason: body.reason,
    };
  };

  /** The answer to a retraction of a fact retracted already: nothing appended, and why. */
  const alreadyRetracted = async (
    c: Context,
    id: string,
    stream: string,
    by: StoredEvent,
    revision: number,
  ) => {
    c.header('Location', `/api/events/${by.id}`);
    return c.json(
      {
        stream,
        revision,
        position: await store.head(),
        appended: 0,
        events: [{ id: by.id, type: by.type, position: by.position, revision: by.revision }],
        alreadyRetracted: true,
        detail: `event '${id}' was retracted already by '${by.id}'; nothing was appended`,
      },
      200,
    );
  };

  /**
   * Appends an amendment of fact `id` to the fact's own stream, after checking its source. An
   * amendment without an id gets one derived from its content, so posting it twice appends it
   * once. A fact is retracted once: a later retraction appends nothing. Unless the client names
   * an expected revision, the retraction expects the stream as it was checked, and checks again
   * when another write came between.
   */
  const amend = async (
    c: Context,
    id: string,
    body: AmendmentInput,
    build: (fact: Amendable) => Record<string, unknown>,
  ) => {
    const { stream, event: fact } = await target(id);
    await deps.sourceCatalog.ensure([body.source.documentId]);
    checkSource(body.source, deps.sources, []);
    const event = completeEvent(build(fact), [], true);
    const given = expectedRevisionOf(c, body.expectedRevision);
    for (let attempt = 1; ; attempt++) {
      let expected = given;
      if (event.type === 'EventRetracted') {
        const events = await store.readStream(stream);
        const by = events.find((e) => e.type === 'EventRetracted' && retractsOf(e) === id);
        if (by) return alreadyRetracted(c, id, stream, by, events.at(-1)!.revision);
        if (given === 'any') expected = events.at(-1)?.revision ?? 'no_stream';
      }
      try {
        const result = await appendAndSync(deps, stream, [event], expected);
        c.header('Location', `/api/events/${event.id}`);
        return c.json(result, result.appended > 0 ? 201 : 200);
      } catch (error) {
        const recheck = expected !== given && error instanceof ConcurrencyError && attempt < 5;
        if (!recheck) throw error;
      }
    }
  };

  const immutable = () => {
    throw new ImmutableError();
  };

  return new Hono()
    .get('/:id', validate('param', EventIdParam), validate('query', ReplayQueryParams), (c) => {
      const { id } = c.req.valid('param');
      const detail = readModel.event(id, defined(c.req.valid('query')));
      if (!detail) throw new NotFoundError('event', id);
      return c.json(detail);
    })
    .post(
      '/:id/corrections',
      requireToken,
      validate('param', EventIdParam),
      validate('json', CorrectionBody),
      (c) => {
        const { id } = c.req.valid('param');
        const body = c.req.valid('json');
        return amend(c, id, body, (fact) => ({
          type: 'EventCorrected',
          ...common(fact, body, 'Correction'),
          corrects: id,
          changes: body.changes,
        }));
      },
    )
    .post(
      '/:id/retractions',
      requireToken,
      validate('param', EventIdParam),
      validate('json', RetractionBody),
      (c) => {
        const { id } = c.req.valid('param');
        const body = c.req.valid('json');
        return amend(c, id, body, (fact) => ({
          type: 'EventRetracted',
          ...common(fact, body, 'Retraction'),
          retracts: id,
        }));
      },
    )
    .on(['PUT', 'PATCH', 'DELETE'], ['/', '/:id', '/:id/*'], immutable);
}
