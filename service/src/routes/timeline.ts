import { Hono } from 'hono';
import type { RouteDeps } from '../http/deps.js';
import { defined, TimelineQueryParams } from '../http/queries.js';
import { validate } from '../http/validate.js';
import type { TimelineQuery } from '../readmodel/readModel.js';

/** The timeline, one page at a time, with every filter and the three time axes. */
export function timelineRoutes({ readModel }: RouteDeps) {
  return new Hono().get('/', validate('query', TimelineQueryParams), (c) =>
    c.json(readModel.timeline(defined(c.req.valid('query')) as TimelineQuery)),
  );
}
