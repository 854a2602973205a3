import { actorMatcher } from './actors.js';
import { readAmounts, readQuantities } from './amounts.js';
import { readDates } from './dates.js';
import type { DocumentContext, Draft, Span } from './types.js';

/** A value of a draft that is not a parse of a span inside its quotation. */
export interface InventedValue {
  what: string;
  span?: Span;
  why: string;
}

/**
 * Checks "nothing invented" for one draft: every date, amount, currency, quantity and actor
 * stands at its span in the text, inside the quotation, and reading that span alone gives the
 * same value again.
 */
export function inventedValues(draft: Draft, text: string, ctx: DocumentContext): InventedValue[] {
  const out: InventedValue[] = [];
  const q = draft.quotation;
  if (text.slice(q.start, q.end) !== q.text)
    out.push({ what: 'quotation', span: q, why: 'not the text at its offsets' });
  const inside = (what: string, s: Span | undefined) => {
    if (!s) return false;
    if (s.start < q.start || s.end > q.end)
      return !!out.push({ what, span: s, why: 'outside the quotation' });
    if (text.slice(s.start, s.end) !== s.text)
      return !!out.push({ what, span: s, why: 'not the text at its offsets' });
    return true;
  };
  if (draft.occurredSpan) {
    if (inside('date', draft.occurredSpan)) {
      const again = readDates(draft.occurredSpan, ctx)[0];
      if (!again || JSON.stringify(again.value) !== JSON.stringify(draft.occurred))
        out.push({
          what: 'date',
          span: draft.occurredSpan,
          why: 'its span does not read as this date',
        });
    }
  } else if (
    draft.occurred.precision !== 'between' ||
    draft.occurred.earliest !== undefined ||
    draft.occurred.latest !== ctx.latest ||
    draft.occurred.wording !== undefined
  ) {
    out.push({
      what: 'date',
      why: 'a date without a span must be the open window before the document',
    });
  }
  if (draft.due && inside('due date', draft.due.span)) {
    const again = readDates(draft.due.span, ctx)[0];
    if (!again || JSON.stringify(again.value) !== JSON.stringify(draft.due.value))
      out.push({
        what: 'due date',
        span: draft.due.span,
        why: 'its span does not read as this date',
      });
  }
  for (const a of draft.amounts) {
    if (!inside('amount', a.span)) continue;
    const again = readAmounts(a.span, ctx.language).find((b) => b.span.start === a.span.start);
    if (!again || again.low !== a.low || again.high !== a.high || again.currency !== a.currency)
      out.push({ what: 'amount', span: a.span, why: 'its span does not read as this amount' });
    if (a.currency !== null && !inside('currency', a.currencySpan))
      out.push({ what: 'currency', span: a.span, why: 'no span for the currency' });
  }
  for (const x of draft.quantities) {
    if (!inside('quantity', x.span)) continue;
    const again = readQuantities(x.span, ctx.language, [])[0];
    if (!again || again.value !== x.value || !x.span.text.includes(x.item))
      out.push({ what: 'quantity', span: x.span, why: 'its span does not read as this quantity' });
  }
  const matcher = actorMatcher();
  for (const a of draft.actors) {
    if (!inside('actor', a.span)) continue;
    const id =
      matcher.idOf.get(a.span.text.replace(/\s+/g, ' ')) ??
      matcher.idOf.get(a.span.text.replace(/\s+/g, ' ').toLowerCase());
    if (id !== a.id)
      out.push({ what: 'actor', span: a.span, why: `its span names ${id ?? 'no known actor'}` });
  }
  return out;
}
