import type { Money, Quantity } from '@kroniek/events';
import type { Draft } from './types.js';

/**
 * A draft as an entry of a recorded-events file (events/README.md): the fields of its event,
 * a `key`, and the exact quotation with its offsets. The rule, confidence and value spans go in
 * the summary, so an accepted draft keeps saying how it was drafted. Amounts whose currency the
 * words do not state are left out of `money` and named in the summary.
 */
export function draftToEntry(
  draft: Draft,
  documentId: string,
  index: number,
): Record<string, unknown> {
  const key = `draft-${String(index + 1).padStart(3, '0')}-${draft.kind.replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase())}`;
  const money: Money[] = draft.amounts
    .filter((a) => a.currency !== null)
    .map((a) => ({
      currency: a.currency!,
      amount: a.exact
        ? { kind: 'exact' as const, value: a.low }
        : { kind: 'range' as const, low: a.low, high: a.high },
      approximate: a.approximate,
      wording: a.span.text,
      ...(a.note ? { note: a.note } : {}),
    }));
  const quantities: Quantity[] = draft.quantities.map((q) => ({
    value: q.value,
    unit: q.unit,
    item: q.item,
    wording: q.span.text,
  }));
  const spans = [
    draft.occurredSpan
      ? `date '${draft.occurredSpan.text}' at ${draft.occurredSpan.start}`
      : 'no date worded: open window before the document',
    ...draft.amounts.map(
      (a) =>
        `amount '${a.span.text}' at ${a.span.start}${a.currency ? '' : ' (no currency stated, not recorded as money)'}`,
    ),
    ...draft.quantities.map((q) => `quantity '${q.span.text}' at ${q.span.start}`),
    ...draft.actors.map((a) => `actor '${a.span.text}' at ${a.span.start}`),
  ];
  const summary = [
    `Drafted by rule ${draft.rule.id} v${draft.rule.version} (cue '${draft.cue.text}'), confidence ${draft.confidence}; to be reviewed.`,
    `Read from: ${spans.join('; ')}.`,
    ...(draft.corroborates
      ? [
          `Probably corroborates recorded event ${draft.corroborates.eventId} (${draft.corroborates.reasons.join(', ')}).`,
        ]
      : []),
  ].join(' ');
  const entry: Record<string, unknown> = {
    key,
    type: draft.kind,
    subject: `${documentId}-${key}`.slice(0, 120).replace(/-+$/, ''),
    title: draft.title,
    summary: summary.slice(0, 4000),
    category: 'drafted',
    occurred: draft.occurred,
    knownAt: draft.knownAt,
    source: {
      documentId,
      location: { section: draft.section, start: draft.quotation.start, end: draft.quotation.end },
      quotation: draft.quotation.text,
    },
    actors: draft.actors.map((a) => ({ id: a.id, name: a.span.text, role: a.role })),
    ...(money.length > 0 ? { money } : {}),
    ...(quantities.length > 0 ? { quantities } : {}),
  };
  const name = draft.quotation.text.replace(/\s+/g, ' ').slice(0, 300).trim();
  switch (draft.kind) {
    case 'MeetingHeld':
    case 'MeetingScheduled':
      entry.meeting = { name };
      break;
    case 'DocumentAdopted':
      entry.document = { name };
      break;
    case 'AgreementSigned':
      entry.agreement = { name, form: /memorandum|mou\b/i.test(name) ? 'mou' : 'agreement' };
      break;
    case 'ProposalTabled':
      entry.proposal = { name };
      break;
    case 'SupportDelivered':
      entry.stage = 'partial';
      break;
    case 'ParliamentaryCommitmentMade':
      entry.commitment = {
        description: draft.quotation.text.replace(/\s+/g, ' ').slice(0, 2000).trim(),
        ...(draft.due ? { due: draft.due.value } : {}),
      };
      break;
    default:
      break;
  }
  return entry;
}
