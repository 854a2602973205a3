/** The reviewer's form over a proposed event: plain fields as text, structured ones as JSON. */
export interface DraftForm {
  type: string;
  title: string;
  subject: string;
  category: string;
  summary: string;
  /** The quotation as the reviewer wants it; the service checks it is the text at start..end. */
  quotation: string;
  start: number;
  end: number;
  section: string;
  /** JSON text of each structured field the event has (occurred, actors, money, meeting, ...). */
  json: Record<string, string>;
}

const PLAIN = new Set(['id', 'schemaVersion', 'type', 'title', 'subject', 'category', 'summary']);
const OWN = new Set(['source', 'provenance']);
/** Structured fields a reviewer may add although the draft has none. */
const OPTIONAL = ['money', 'quantities', 'relatedSubjects'];

interface SourceRef {
  documentId: string;
  location: { section: string; start: number; end: number };
  quotation: string;
}

/** The form of a proposed event. */
export function formOf(event: Record<string, unknown>): DraftForm {
  const source = event.source as SourceRef;
  const json: Record<string, string> = {};
  for (const [k, v] of Object.entries(event))
    if (!PLAIN.has(k) && !OWN.has(k)) json[k] = JSON.stringify(v, null, 2);
  for (const k of OPTIONAL) json[k] ??= '';
  return {
    type: String(event.type),
    title: String(event.title ?? ''),
    subject: String(event.subject ?? ''),
    category: String(event.category ?? ''),
    summary: String(event.summary ?? ''),
    quotation: source.quotation,
    start: source.location.start,
    end: source.location.end,
    section: source.location.section,
    json,
  };
}

/**
 * The event a form describes, over the proposed one: the quotation as written, at the form's
 * offsets (the service checks it is the text there), an empty JSON field is left out. Throws a
 * SyntaxError naming the field whose JSON does not parse.
 */
export function eventOf(
  proposed: Record<string, unknown>,
  form: DraftForm,
): Record<string, unknown> {
  const source = proposed.source as SourceRef;
  const out: Record<string, unknown> = {
    id: proposed.id,
    type: form.type,
    title: form.title,
    subject: form.subject,
    category: form.category,
    source: {
      documentId: source.documentId,
      location: { section: form.section, start: form.start, end: form.end },
      quotation: form.quotation,
    },
    provenance: proposed.provenance,
  };
  if (form.summary.trim()) out.summary = form.summary;
  for (const [k, v] of Object.entries(form.json)) {
    if (!v.trim()) continue;
    try {
      out[k] = JSON.parse(v) as unknown;
    } catch {
      throw new SyntaxError(k);
    }
  }
  return out;
}
