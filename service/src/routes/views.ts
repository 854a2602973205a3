import { Hono } from 'hono';
import { z } from 'zod';
import type { RouteDeps } from '../http/deps.js';
import {
  ChangesQueryParams,
  ChartQueryParams,
  defined,
  ReplayQueryParams,
  SlugParam,
} from '../http/queries.js';
import { NotFoundError } from '../errors.js';
import { validate } from '../http/validate.js';
import { CHART_SERIES } from '../readmodel/chartSeries.js';
import { changeCounts } from '../readmodel/readModel.js';

export const ChartSeriesParam = z.strictObject({
  series: z.enum(CHART_SERIES),
});

/** Who did what: every actor, and one actor's page. */
export function actorRoutes({ readModel }: RouteDeps) {
  return new Hono()
    .get('/', validate('query', ReplayQueryParams), (c) =>
      c.json({ actors: readModel.actors(defined(c.req.valid('query'))) }),
    )
    .get('/:id', validate('param', SlugParam), validate('query', ReplayQueryParams), (c) => {
      const { id } = c.req.valid('param');
      const actor = readModel.actor(id, defined(c.req.valid('query')));
      if (!actor) throw new NotFoundError('actor', id);
      return c.json(actor);
    });
}

/** Chart series: money over time, quantities, events per month. */
export function chartRoutes({ readModel }: RouteDeps) {
  return new Hono().get(
    '/:series',
    validate('param', ChartSeriesParam),
    validate('query', ChartQueryParams),
    (c) => c.json(readModel.chart(c.req.valid('param').series, defined(c.req.valid('query')))),
  );
}

/** What the record learned between two days, corrections and retractions included. */
export function changeRoutes({ readModel }: RouteDeps) {
  return new Hono().get('/', validate('query', ChangesQueryParams), (c) => {
    const { from, to, ...replay } = c.req.valid('query');
    const changes = readModel.changes(from, to, defined(replay));
    return c.json({ from, to, counts: changeCounts(changes), changes });
  });
}

/** The days on which a replay can change, for the dashboard's play control. */
export function replayDayRoutes({ readModel }: RouteDeps) {
  return new Hono().get('/', (c) => c.json({ days: readModel.replayDays() }));
}
