import { defuseFormula } from '@kroniek/events';
import { stringify } from 'csv-stringify/sync';
import type { TimelineItem } from '../readmodel/readModel.js';

const COLUMNS = [
  'id',
  'position',
  'type',
  'subject',
  'title',
  'category',
  'status',
  'occurredStatus',
  'knownStatus',
  'knownLabel',
  'retracted',
  'corrections',
  'occurred',
  'occurredEarliest',
  'occurredLatest',
  'knownOn',
  'knownBasis',
  'recordedAt',
  'actors',
  'money',
  'quantities',
  'documentId',
  'section',
  'quotation',
] as const;

/**
 * The timeline as CSV (RFC 4180, header row). Dates keep their wording and bounds and amounts keep
 * their words: no cell holds a number the source did not give. A text cell that a spreadsheet
 * would run as a formula starts with an apostrophe (`defuseFormula`, the dashboard's rule too).
 */
export function timelineCsv(items: TimelineItem[]): string {
  const rows = items.map((i) => [
    i.id,
    i.position,
    i.type,
    i.subject,
    i.title,
    i.category,
    i.status,
    i.occurredStatus,
    i.knownStatus,
    i.knownLabel,
    i.retracted,
    i.corrections,
    i.occurredLabel,
    i.occurredBounds.earliest ?? '',
    i.occurredBounds.latest ?? '',
    i.knownOn ?? '',
    i.knownAt.basis,
    i.recordedAt,
    i.actors.map((a) => `${a.name} (${a.role})`).join('; '),
    (i.money ?? []).map((m) => m.wording).join('; '),
    (i.quantities ?? []).map((q) => q.wording).join('; '),
    i.source.documentId,
    i.source.location.section,
    i.source.quotation,
  ]);
  return stringify([[...COLUMNS], ...rows], {
    cast: { boolean: (b) => String(b), string: defuseFormula },
  });
}
