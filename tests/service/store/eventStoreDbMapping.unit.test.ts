import {
  DeadlineExceededError,
  NO_STREAM,
  STREAM_EXISTS,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import type { JSONEventData, RecordedEvent } from '@eventstore/db-client';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import {
  ConcurrencyError,
  GENESIS_HASH,
  StoreCorruptError,
  StoreUnavailableError,
  chainHash,
  fromAppendExpected,
  fromCurrentRevision,
  fromRecorded,
  logExpectedRevision,
  mapClientError,
  recomputeHash,
  redactUrl,
  toConcurrencyError,
  toEventData,
} from '@kroniek/service';
import { T0, testId } from '../../support/storeContract.js';

const QUOTE =
  'Op 5 juni 2025 vond in Brussel een bijeenkomst plaats van de NAVO-ministers van \nDefensie (DMM)';

/** Data of a MeetingHeld event from the seed letter, as the store receives it. */
const meetingData = {
  type: 'MeetingHeld',
  subject: 'nato-defence-ministers-2025-06',
  title: 'NAVO-ministers van Defensie bijeen in Brussel',
  occurred: { precision: 'day', date: '2025-06-05', wording: '5 juni 2025' },
  knownAt: { date: { precision: 'month', month: '2025-06' }, basis: 'source-publication' },
  source: {
    documentId: 'seed-000',
    location: { section: 'intro', start: 0, end: QUOTE.length },
    quotation: QUOTE,
  },
  money: [{ wording: 'circa €400 mln' }],
};

/** The prepared form the store's input check makes: canonical (RFC 8785) JSON text. */
const prepared = {
  id: testId(1),
  type: 'MeetingHeld',
  data: canonicalize(meetingData)!,
  metadata: canonicalize({ importer: 'seed' })!,
};

const placement = {
  stream: 'nato-defence-ministers-2025-06',
  revision: 0,
  position: 1,
  recordedAt: T0,
  previousHash: GENESIS_HASH,
};

/** What the client hands back after the event went to the server and was read again. */
function asRecorded(event: JSONEventData, revision: bigint): RecordedEvent {
  return {
    streamId: 'kroniek-log',
    id: event.id,
    isJson: true,
    revision,
    type: event.type,
    created: new Date(T0),
    data: JSON.parse(JSON.stringify(event.data)) as JSONEventData['data'],
    metadata: JSON.parse(JSON.stringify(event.metadata)) as JSONEventData['metadata'],
    position: { commit: 4242n, prepare: 4242n },
  };
}

describe('the log stream expected revision', () => {
  it('is no_stream for an empty log and the last revision otherwise', () => {
    expect(logExpectedRevision(0)).toBe(NO_STREAM);
    expect(logExpectedRevision(1)).toBe(0n);
    expect(logExpectedRevision(3)).toBe(2n);
  });
});

describe('revisions from the client', () => {
  it("read 'no_stream' as null and a bigint revision as a number", () => {
    expect(fromCurrentRevision(NO_STREAM)).toBeNull();
    expect(fromCurrentRevision(7n)).toBe(7);
  });

  it('keep the stream states and turn an exact revision into a number', () => {
    expect(fromAppendExpected('any')).toBe('any');
    expect(fromAppendExpected(NO_STREAM)).toBe('no_stream');
    expect(fromAppendExpected(STREAM_EXISTS)).toBe('stream_exists');
    expect(fromAppendExpected(4n)).toBe(4);
  });
});

describe("the client's WrongExpectedVersionError", () => {
  it('becomes a ConcurrencyError with the expected and the actual revision', () => {
    const error = new WrongExpectedVersionError(undefined, {
      streamName: 's',
      expected: 4n,
      current: 7n,
    });
    const mapped = toConcurrencyError(error);
    expect(mapped).toBeInstanceOf(ConcurrencyError);
    expect([mapped.status, mapped.expected, mapped.actual]).toEqual([409, 4, 7]);
    expect(mapped.details).toEqual({ stream: 's', expectedRevision: 4, actualRevision: 7 });
  });

  it('names no stream as a null actual revision', () => {
    const error = new WrongExpectedVersionError(undefined, {
      streamName: 's',
      expected: STREAM_EXISTS,
      current: NO_STREAM,
    });
    expect(mapClientError(error, 'esdb://x')).toMatchObject({
      expected: 'stream_exists',
      actual: null,
    });
  });
});

describe('other client errors', () => {
  it('a lost connection or a missed deadline is StoreUnavailableError (503) without the password', () => {
    const url = 'esdb://admin:changeit@db1:2113?tls=true';
    for (const error of [
      new UnavailableError(undefined, 'UNAVAILABLE: No connection'),
      new DeadlineExceededError(),
    ]) {
      const mapped = mapClientError(error, url);
      expect(mapped).toBeInstanceOf(StoreUnavailableError);
      expect((mapped as StoreUnavailableError).status).toBe(503);
      expect((mapped as Error).message).toContain('esdb://admin:***@db1:2113');
      expect((mapped as Error).message).not.toContain('changeit');
    }
  });

  it('anything else passes unchanged', () => {
    const notFound = new StreamNotFoundError(undefined, 'kroniek-log');
    const plain = new Error('boom');
    expect(mapClientError(notFound, 'esdb://x')).toBe(notFound);
    expect(mapClientError(plain, 'esdb://x')).toBe(plain);
  });

  it('redacts only the password of a connection string', () => {
    expect(redactUrl('esdb://u:p@h:2113,h2:2113?tls=false')).toBe(
      'esdb://u:***@h:2113,h2:2113?tls=false',
    );
    expect(redactUrl('esdb://h:2113?tls=false')).toBe('esdb://h:2113?tls=false');
  });
});

describe('an event written to and read back from the log stream', () => {
  const { data, hash } = toEventData(prepared, placement);

  it('is a JSON event with the kroniek id and type', () => {
    expect([data.id, data.type, data.contentType]).toEqual([
      testId(1),
      'MeetingHeld',
      'application/json',
    ]);
    expect(data.data).toEqual(meetingData);
  });

  it('carries recordedAt, placement and hashes in its metadata, knownAt and source copied for browsing', () => {
    expect(data.metadata).toEqual({
      kroniek: { v: 1, ...placement, hash },
      metadata: { importer: 'seed' },
      knownAt: meetingData.knownAt,
      source: meetingData.source,
    });
  });

  it('hashes exactly as the SQLite chain does, so both stores agree on the same log', () => {
    expect(hash).toBe(chainHash({ ...placement, ...prepared }));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads back as the stored event the port describes', () => {
    const stored = fromRecorded(asRecorded(data, 0n));
    expect(stored).toEqual({
      position: 1,
      stream: 'nato-defence-ministers-2025-06',
      revision: 0,
      id: testId(1),
      type: 'MeetingHeld',
      data: meetingData,
      metadata: { importer: 'seed' },
      recordedAt: T0,
      hash,
    });
    expect(recomputeHash(stored, GENESIS_HASH)).toBe(hash);
  });

  it('keeps the wording of amounts and dates as given', () => {
    const stored = fromRecorded(asRecorded(data, 0n));
    expect(stored.data).toMatchObject({
      money: [{ wording: 'circa €400 mln' }],
      occurred: { wording: '5 juni 2025' },
    });
  });

  it('a changed byte of data or a different previous hash no longer matches the hash', () => {
    const stored = fromRecorded(asRecorded(data, 0n));
    const tampered = {
      ...stored,
      data: { ...meetingData, title: 'NAVO-ministers van Defensie bijeen in Den Haag' },
    };
    expect(recomputeHash(tampered, GENESIS_HASH)).not.toBe(hash);
    expect(recomputeHash(stored, 'f'.repeat(64))).not.toBe(hash);
  });

  it('key order in data does not change the hash', () => {
    const stored = fromRecorded(asRecorded(data, 0n));
    const reordered = Object.fromEntries(Object.entries(meetingData).reverse());
    expect(recomputeHash({ ...stored, data: reordered }, GENESIS_HASH)).toBe(hash);
  });

  it('at a log revision that does not match its position is refused as corrupt', () => {
    expect(() => fromRecorded(asRecorded(data, 5n))).toThrow(StoreCorruptError);
  });

  it('without the kroniek envelope (written by someone else) is refused as corrupt', () => {
    const foreign = asRecorded({ ...data, metadata: { $correlationId: 'x' } } as JSONEventData, 0n);
    expect(() => fromRecorded(foreign)).toThrow(/no kroniek envelope/);
  });
});
