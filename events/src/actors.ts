import { z } from 'zod';
import { Name } from './text.js';

export const Slug = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug such as nato-ct25');

export const ActorRole = z.enum([
  'participant',
  'chair',
  'host',
  'announcer',
  'adopter',
  'proposer',
  'signatory',
  'donor',
  'recipient',
  'promisor',
  'promisee',
  'launcher',
  'speaker',
  'addressee',
  // a purchase: who buys and who sells (a seller is paid, it does not receive support)
  'buyer',
  'seller',
]);
export type ActorRole = z.infer<typeof ActorRole>;

/** Who took part in an event, and in what role. */
export const ActorRef = z.strictObject({
  id: Slug,
  name: Name(200, false),
  role: ActorRole,
});
export type ActorRef = z.infer<typeof ActorRef>;
