import { describe, expect, it } from 'vitest';
import { Provenance } from '@kroniek/events';
import {
  acceptDraftedEntry,
  withDraftedProvenance,
} from '../../../service/src/draft/yamlProvenance.js';

// The drafted half of a provenance and an entry, both written for this test.
const drafted = {
  rule: { id: 'cue.signed', version: 3 },
  drafter: '9.9.9',
  confidence: 0.8,
  cue: 'signed',
};
const entry = {
  key: 'draft-001-agreement-signed',
  type: 'AgreementSigned',
  title: 'Signed: Norway and Chile signed a training agreement.',
  category: 'drafted',
  money: [{ currency: 'EUR', wording: 'EUR 5 million' }],
};
const AT = '2025-05-01T08:00:00.000Z';

describe('a drafted entry accepted by import', () => {
  it('as drafted: accepted at the import, via import, nothing edited; a valid provenance', () => {
    const written = withDraftedProvenance(entry, drafted);
    const result = acceptDraftedEntry(written, AT);
    if ('error' in result) throw new Error(result.error);
    expect(result.entry.provenance).toEqual({
      drafted,
      accepted: { at: AT, edited: [], via: 'import' },
    });
    expect(Provenance.safeParse(result.entry.provenance).success).toBe(true);
  });

  it('names the fields changed, added or removed by the reviewer, never the key', () => {
    const written: Record<string, unknown> = { ...withDraftedProvenance(entry, drafted) };
    delete written.money;
    const reviewed = {
      ...written,
      key: 'renamed',
      title: 'Signed: a training agreement',
      summary: 'checked',
    };
    const result = acceptDraftedEntry(reviewed, AT);
    if ('error' in result) throw new Error(result.error);
    expect(
      ((result.entry as Record<string, unknown>).provenance as Provenance).accepted.edited,
    ).toEqual(['money', 'summary', 'title']);
  });

  it('without its field digests the entry cannot say what was edited: an error, not a guess', () => {
    const result = acceptDraftedEntry({ ...entry, provenance: { drafted } }, AT);
    expect(result).toEqual({ error: expect.stringContaining('provenance.fields') });
  });

  it('leaves hand-written entries and accepted provenances as they are', () => {
    expect(acceptDraftedEntry(entry, AT)).toEqual({ entry });
    const accepted = { ...entry, provenance: { drafted, accepted: { at: AT, edited: [] } } };
    expect(acceptDraftedEntry(accepted, '2026-01-01T00:00:00.000Z')).toEqual({ entry: accepted });
  });
});
