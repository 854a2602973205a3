import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Provenance } from '@kroniek/events';

/**
 * The provenance of a drafted entry in a recorded-events file (`kroniek draft --yaml`): what the
 * drafter says of it, and a digest of each field as drafted, so that `kroniek import` of the
 * reviewed file can record the acceptance and name the fields the reviewer changed.
 */
export interface DraftedEntryProvenance {
  drafted: Provenance['drafted'];
  /** Per field of the entry as drafted: the first 12 hex digits of SHA-256 over its canonical JSON. */
  fields: Record<string, string>;
}

/** Entry keys that are no field of the event: never counted as an edit. */
const NOT_FIELDS = new Set(['key', 'provenance']);

const digest = (value: unknown) =>
  createHash('sha256')
    .update(canonicalize(value ?? null) ?? 'null')
    .digest('hex')
    .slice(0, 12);

function fieldDigests(entry: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.keys(entry)
      .filter((k) => !NOT_FIELDS.has(k) && entry[k] !== undefined)
      .sort()
      .map((k) => [k, digest(entry[k])]),
  );
}

/** A drafted entry with its provenance: the drafted half and the digests of its fields. */
export function withDraftedProvenance(
  entry: Record<string, unknown>,
  drafted: Provenance['drafted'],
): Record<string, unknown> {
  return { ...entry, provenance: { drafted, fields: fieldDigests(entry) } };
}

/** Whether an entry carries a drafter's provenance not yet accepted. */
function isDrafted(p: unknown): p is { drafted: unknown; fields?: unknown } {
  return typeof p === 'object' && p !== null && 'drafted' in p && !('accepted' in p);
}

/**
 * Accepts a reviewed drafted entry at import: its provenance becomes `{ drafted, accepted: { at,
 * edited, via: 'import' } }`, `edited` the fields whose value differs from the digest written at
 * drafting (or that were added or removed). Entries without a drafter's provenance, or accepted
 * already, are returned as they are. Without its field digests an entry cannot say what was
 * edited: an error names it.
 */
export function acceptDraftedEntry<E extends Record<string, unknown>>(
  entry: E,
  at: string,
): { entry: E } | { error: string } {
  const p = entry.provenance;
  if (!isDrafted(p)) return { entry };
  const fields = p.fields;
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields))
    return {
      error:
        'a drafted entry needs its provenance.fields (the digests written by kroniek draft) to name what the reviewer edited',
    };
  const asDrafted = fields as Record<string, unknown>;
  const now = fieldDigests(entry);
  const edited = [...new Set([...Object.keys(asDrafted), ...Object.keys(now)])]
    .filter((k) => asDrafted[k] !== now[k])
    .sort();
  return {
    entry: {
      ...entry,
      provenance: { drafted: p.drafted, accepted: { at, edited, via: 'import' } },
    },
  };
}
