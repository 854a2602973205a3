import { fulfilmentOf, isAmendment, isFact, KroniekEvent } from '@kroniek/events';
import { Hono } from 'hono';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { NotFoundError, ValidationError } from '../errors.js';
import type { RouteDeps } from '../http/deps.js';
import { defined, ReplayQueryParams, SlugParam } from '../http/queries.js';
import { refuseUnknownKeys, validate, validationErrorOf } from '../http/validate.js';
import {
  appendAndSync,
  checkSource,
  completeEvent,
  ExpectedRevisionInput,
  expectedRevisionOf,
} from './writeSupport.js';
import { checkCorroboration } from './corroboration.js';

const Posted = z.record(z.string(), z.unknown());

const Batch = z.strictObject({
  events: z.array(Posted).min(1).max(200),
  expectedRevision: ExpectedRevisionInput.optional(),
});

/** The body of an append: one event (checked as an event), or a batch with an optional expected revision. */
export const AppendBody = z.union([Batch, Posted]);

/** Every member any event kind has. */
const EVENT_KEYS: ReadonlySet<string> = new Set(
  KroniekEvent.options.flatMap((kind) => Object.keys(kind.shape)),
);
/** What the body of an append may hold: an event and its expected revision, or a batch. */
const BODY_KEYS: ReadonlySet<string> = new Set([...EVENT_KEYS, 'expectedRevision', 'events']);

/** Splits a body into its events; each event itself is checked by the event schemas later. */
function eventsOf(body: Record<string, unknown>) {
  if (!('events' in body)) {
    const { expectedRevision, ...event } = body;
    const parsed = ExpectedRevisionInput.optional().safeParse(expectedRevision);
    if (!parsed.success)
      throw validationErrorOf('invalid expectedRevision', parsed.error, ['expectedRevision']);
    return { batch: false, inputs: [event], expected: parsed.data };
  }
  const parsed = Batch.safeParse(body);
  if (!parsed.success) throw validationErrorOf('invalid batch', parsed.error);
  return { batch: true, inputs: parsed.data.events, expected: parsed.data.expectedRevision };
}

/** Subjects (the streams): their lifecycle, and appends to them. */
export function subjectRoutes(deps: RouteDeps, requireToken: MiddlewareHandler) {
  const { readModel, store } = deps;
  return new Hono()
    .get('/', validate('query', ReplayQueryParams), (c) =>
      c.json({ subjects: readModel.subjects(defined(c.req.valid('query'))) }),
    )
    .get('/:id', validate('param', SlugParam), validate('query', ReplayQueryParams), (c) => {
      const { id } = c.req.valid('param');
      const subject = readModel.subject(id, defined(c.req.valid('query')));
      if (!subject) throw new NotFoundError('subject', id);
      return c.json(subject);
    })
    .post(
      '/:id/events',
      requireToken,
      validate('param', SlugParam),
      validate('json', Posted, BODY_KEYS),
      async (c) => {
        const { id: subject } = c.req.valid('param');
        const { batch, inputs, expected: fromBody } = eventsOf(c.req.valid('json'));
        // A source registered by another process is read from the log before the checks.
        await deps.sourceCatalog.ensure(inputs.map((input) => documentIdOf(input)));
        const events = inputs.map((input, i) => {
          const prefix = batch ? ['events', i] : [];
          refuseUnknownKeys(input, EVENT_KEYS, prefix);
          const event = completeEvent({ subject, ...input }, prefix);
          const at = (field: string) => [...prefix, field].join('.');
          if (event.subject !== subject) {
            throw new ValidationError('event for another subject', [
              { path: at('subject'), message: `this route appends to '${subject}'` },
            ]);
          }
          if (isAmendment(event)) {
            throw new ValidationError('corrections and retractions have their own routes', [
              { path: at('type'), message: 'use POST /api/events/:id/corrections or /retractions' },
            ]);
          }
          checkSource(event.source, deps.sources, prefix);
          return { event, at };
        });
        for (const { event, at } of events) {
          await checkCorroboration(store, event, at);
          if (!isFact(event)) continue;
          const fulfils = fulfilmentOf(event);
          if (fulfils) {
            const target = await store.getById(fulfils.id);
            if (target?.type !== fulfils.kind) {
              throw new ValidationError('unknown commitment', [
                {
                  path: at(fulfils.field),
                  message: `no ${fulfils.kind} event '${fulfils.id}'`,
                },
              ]);
            }
          }
        }
        const expected = expectedRevisionOf(c, fromBody);
        const result = await appendAndSync(
          deps,
          subject,
          events.map((e) => e.event),
          expected,
        );
        const first = result.events[0];
        if (!batch && first) c.header('Location', `/api/events/${first.id}`);
        return c.json(result, result.appended > 0 ? 201 : 200);
      },
    );
}

/** The document a posted event cites, as far as its raw input says. */
function documentIdOf(input: unknown): string {
  const source = (input as { source?: { documentId?: unknown } } | null)?.source;
  return typeof source?.documentId === 'string' ? source.documentId : '';
}
