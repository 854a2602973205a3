import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitHeader } from '../../../service/src/draft/document.js';
import { evaluateDocument, keyWindow, mapKeyKind } from '../../../service/src/draft/evaluate.js';
import type { Language } from '../../../service/src/draft/types.js';

const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus');
const present = existsSync(join(CORPUS, 'key.json'));
if (!present) console.warn(`skipping the development-corpus test: ${CORPUS}/key.json is absent`);

describe.skipIf(!present)('the drafter on the development corpus (../shared/corpus)', () => {
  it('invents no value in any document, in any language', () => {
    const key = JSON.parse(readFileSync(join(CORPUS, 'key.json'), 'utf8')) as Array<{
      id: string;
      file: string;
      events: Array<{ kind: string; date: string; quote: string }>;
    }>;
    for (const doc of key) {
      const { fields, body } = splitHeader(readFileSync(join(CORPUS, 'docs', doc.file), 'utf8'));
      const reference = doc.events.map((e) => {
        const start = body.indexOf(e.quote);
        return {
          label: e.kind,
          kind: mapKeyKind(e.kind),
          window: keyWindow(e.date),
          start,
          end: start + e.quote.length,
          quote: e.quote,
        };
      });
      const r = evaluateDocument(
        doc.id,
        body,
        { precision: 'day', date: fields.date!.slice(0, 10) },
        fields.language as Language,
        reference,
      );
      expect(r.drafts.length, doc.id).toBeGreaterThan(0);
      expect(r.invented, doc.id).toEqual([]);
    }
  });
});
