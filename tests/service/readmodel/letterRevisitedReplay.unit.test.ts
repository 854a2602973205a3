import { beforeAll, describe, expect, it } from 'vitest';
import { deriveEventId } from '@kroniek/events';
import type { KroniekEvent } from '@kroniek/events';
import { loadRecordedEvents } from '../../support/letterLog.js';
import { given } from '../../support/projectionSpec.js';

// Issue 13: the commitment given in the committee debate of 22 May 2025 was public that day, so
// a replay of what was known before the letter (5-23 June) shows it; the letter's amendments say so.

const LETTER = 'kamerbrief-navo-dmm-2025-06';
const id = (key: string) => deriveEventId(LETTER, key);
const DEBATE = id('commissiedebat-2025-05-22-held');
const COMMITMENT = id('commitment-report-on-motie-dassen-omtzigt');

let letter: KroniekEvent[] = [];
beforeAll(async () => {
  letter = (await loadRecordedEvents()).filter((e) => e.source.documentId === LETTER);
});

describe("the letter's back-references, replayed by what was known", () => {
  it('show the committee debate and its commitment as known from 22 May 2025, before the letter', () => {
    given(...letter).then((m) => {
      const items = m.timeline({ asOf: '2025-06-30', knownBy: '2025-05-22', limit: 500 }).items;
      const ids = items.map((i) => i.id);
      expect(ids).toContain(DEBATE);
      expect(ids).toContain(COMMITMENT);
      expect(items.find((i) => i.id === COMMITMENT)?.knownOn).toBe('2025-05-22');
    });
  });

  it('show neither the day before', () => {
    given(...letter).then((m) => {
      const ids = m
        .timeline({ asOf: '2025-06-30', knownBy: '2025-05-21', limit: 500 })
        .items.map((i) => i.id);
      expect(ids).not.toContain(DEBATE);
      expect(ids).not.toContain(COMMITMENT);
    });
  });
});
