import { describe, expect, it } from 'vitest';
import {
  FACT_KINDS,
  KroniekEvent,
  LogEvent,
  SCHEMA_VERSION,
  SourceCorrected,
  SourceDocument,
  SourceRegistered,
  isSourceRecord,
  sha256Hex,
  sourceEventId,
} from '@kroniek/events';
import { loadLetter } from './letterFiles.js';

const text = 'Op 5 juni 2025 vond in Brussel een bijeenkomst plaats.\n\nTweede alinea.';
const original = sha256Hex('<p>the original bytes stand in here</p>');

const registered = () => ({
  id: sourceEventId(original),
  schemaVersion: SCHEMA_VERSION,
  type: 'SourceRegistered' as const,
  documentId: 'test-source',
  title: 'A test source',
  publisher: 'Rijksoverheid',
  published: { date: { precision: 'day' as const, date: '2025-06-05' } },
  language: 'nl',
  location: { url: 'https://www.rijksoverheid.nl/documenten/x' },
  licence: 'Public domain (Auteurswet art. 15b)',
  mediaType: 'text/html' as const,
  text,
  textSha256: sha256Hex(text),
  originalSha256: original,
});

describe('SourceRegistered', () => {
  it('accepts a source with its text and both hashes, as a log event but not an event on a subject', () => {
    expect(SourceRegistered.safeParse(registered()).success).toBe(true);
    const parsed = LogEvent.parse(registered());
    expect(isSourceRecord(parsed)).toBe(true);
    expect(KroniekEvent.safeParse(registered()).success).toBe(false);
    expect(FACT_KINDS.map((k) => k.shape.type.value)).not.toContain('SourceRegistered');
  });

  it('refuses a text whose SHA-256 is not the one given', () => {
    const result = SourceRegistered.safeParse({ ...registered(), text: `${text} changed` });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('textSha256');
  });

  it('refuses a location with neither a url nor a parliamentary number', () => {
    expect(SourceRegistered.safeParse({ ...registered(), location: {} }).success).toBe(false);
  });

  it('derives the event id from the original bytes only', () => {
    expect(sourceEventId(original)).toBe(registered().id);
    expect(sourceEventId(sha256Hex('other bytes'))).not.toBe(registered().id);
  });
});

describe('SourceCorrected', () => {
  const correction = (changes: unknown) => ({
    id: '5f0c2d4e-8a1b-4c3d-9e2f-1a2b3c4d5e6f',
    schemaVersion: SCHEMA_VERSION,
    type: 'SourceCorrected',
    documentId: 'test-source',
    changes,
    reason: 'the publisher is the ministry, not the government',
  });

  it('changes metadata with a reason', () => {
    expect(
      SourceCorrected.safeParse(correction({ publisher: 'Ministerie van Defensie' })).success,
    ).toBe(true);
  });

  it('never changes the text, and must change something', () => {
    expect(SourceCorrected.safeParse(correction({ text: 'another text' })).success).toBe(false);
    expect(SourceCorrected.safeParse(correction({})).success).toBe(false);
  });
});

describe('SourceDocument', () => {
  it('takes the optional publisher, location, licence, media type and header', () => {
    const { meta } = loadLetter();
    const extended = {
      ...meta,
      publisher: 'Ministerie van Defensie',
      location: { parliamentaryNumber: 'Kamerstuk 21 501-28, nr. 999' },
      licence: 'Public domain',
      mediaType: 'text/plain',
      header: 'Source: tweedekamer.nl\nLicence: public domain',
    };
    expect(SourceDocument.safeParse(extended).success).toBe(true);
    expect(SourceDocument.safeParse({ ...extended, mediaType: 'image/png' }).success).toBe(false);
  });
});
