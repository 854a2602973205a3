import { Slug } from '@kroniek/events';
import { Hono } from 'hono';
import { z } from 'zod';
import type { RouteDeps } from '../http/deps.js';
import { defined, list, ReplayQueryParams } from '../http/queries.js';
import { validate } from '../http/validate.js';
import { COMMITMENT_KINDS, COMMITMENT_STATUSES } from '../readmodel/commitmentTypes.js';

export const CommitmentQueryParams = ReplayQueryParams.extend({
  status: list(z.enum(COMMITMENT_STATUSES)).describe('statuses on asOf'),
  kind: list(z.enum(COMMITMENT_KINDS)).describe('parliamentary (promises to parliament) or pledge'),
  actors: list(Slug).describe('actor ids: who made a commitment or received it'),
});

/** The commitments register: promises to parliament and pledges, with their status on asOf. */
export function commitmentRoutes({ readModel }: RouteDeps) {
  return new Hono().get('/', validate('query', CommitmentQueryParams), (c) =>
    c.json(readModel.commitments(defined(c.req.valid('query')))),
  );
}
