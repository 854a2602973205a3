import type { CommitmentItem } from './types.js';

export type CommitmentStatus = CommitmentItem['status'];
export type CommitmentKind = CommitmentItem['kind'];

export const COMMITMENT_STATUSES: readonly CommitmentStatus[] = [
  'open',
  'overdue',
  'fulfilled',
  'announced',
  'delivering',
  'delivered',
];
export const COMMITMENT_KINDS: readonly CommitmentKind[] = ['parliamentary', 'pledge'];

/** The filters of the commitments view, kept in the URL as cstatus, ckind and cactor. */
export interface CommitmentFilter {
  status: CommitmentStatus | null;
  kind: CommitmentKind | null;
  actor: string | null;
}

export const NO_COMMITMENT_FILTER: CommitmentFilter = { status: null, kind: null, actor: null };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function oneOf<T extends string>(v: string | null, known: readonly T[]): T | null {
  return v !== null && (known as readonly string[]).includes(v) ? (v as T) : null;
}

/** Reads the filters from a query string's parameters; anything unknown is no filter. */
export function parseCommitmentFilter(p: URLSearchParams): CommitmentFilter {
  const actor = p.get('cactor');
  return {
    status: oneOf(p.get('cstatus'), COMMITMENT_STATUSES),
    kind: oneOf(p.get('ckind'), COMMITMENT_KINDS),
    actor: actor && SLUG.test(actor) ? actor : null,
  };
}

/** Writes the filters that are set into a query string's parameters. */
export function writeCommitmentFilter(f: CommitmentFilter, p: URLSearchParams): void {
  if (f.status) p.set('cstatus', f.status);
  if (f.kind) p.set('ckind', f.kind);
  if (f.actor) p.set('cactor', f.actor);
}

/** The API's query for the filters (GET /api/commitments). */
export function commitmentParams(f: CommitmentFilter): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.status) out.status = f.status;
  if (f.kind) out.kind = f.kind;
  if (f.actor) out.actors = f.actor;
  return out;
}
