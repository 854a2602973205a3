import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../data.js';
import { splitHeader } from '../../service/src/draft/document.js';
import { draftDocument } from '../../service/src/draft/draft.js';
import { report } from './common.js';

/**
 * Drafting speed: one 100-page document (100 × 3,000 characters) made by repeating the
 * development corpus (../shared/corpus/docs, or the letter alone when the corpus is absent),
 * drafted in one process after one warm-up run; the median of 5 runs (wall and CPU time).
 */
const PAGE = 3000;
const PAGES = 100;
const corpusDir = join(REPO, '../shared/corpus/docs');
const parts = existsSync(corpusDir)
  ? readdirSync(corpusDir)
      .sort()
      .map((f) => splitHeader(readFileSync(join(corpusDir, f), 'utf8')).body)
  : [readFileSync(join(REPO, 'events/sources/kamerbrief-navo-dmm-2025-06.txt'), 'utf8')];
const chunks: string[] = [];
let length = 0;
for (let i = 0; length < PAGE * PAGES; i++) {
  const part = parts[i % parts.length]!;
  chunks.push(part);
  length += part.length + 2;
}
const text = chunks.join('\n\n');
const options = {
  documentId: 'bench',
  published: { precision: 'day' as const, date: '2025-06-23' },
};
draftDocument(text, options);
const times: number[] = [];
const cpu: number[] = [];
let drafts = 0;
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  drafts = draftDocument(text, options).length;
  const c = process.cpuUsage(c0);
  times.push(performance.now() - t0);
  cpu.push((c.user + c.system) / 1000);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
report({
  pages: Math.round(text.length / PAGE),
  chars: text.length,
  drafts,
  ms: times[2]!,
  // On a shared machine the wall time includes waiting for a core; the CPU time does not.
  cpuMs: cpu[2]!,
  source: existsSync(corpusDir) ? 'corpus' : 'letter',
});
