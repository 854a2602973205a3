import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDraftInput, splitHeader } from './document.js';
import { evaluateDocument, keyWindow, mapKeyKind, recordedAsReference, score } from './evaluate.js';
import type { DocResult } from './evaluate.js';
import { FAMILY } from './family.js';
import type { KindFamily } from './family.js';
import type { Language } from './types.js';

/**
 * `pnpm eval:drafts`: scores the drafter on ../shared/corpus against key.json and on the letter
 * against its recorded events. Exit 1 when the corpus is absent or a value is invented.
 */
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CORPUS = resolve(process.env.KRONIEK_CORPUS ?? join(REPO, '../shared/corpus'));

interface KeyDoc {
  id: string;
  file: string;
  events: Array<{ kind: string; date: string; quote: string }>;
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
const FAMILIES: KindFamily[] = ['meeting', 'decision', 'support', 'parliament', 'statement'];

function report(title: string, results: DocResult[]): number {
  const all = score(results);
  console.log(`\n## ${title}\n`);
  console.log(
    `recall ${pct(all.recall)} (${all.found}/${all.reference}), precision ${pct(all.precision)} (${all.correct}/${all.drafts})`,
  );
  const invented = results.reduce((n, r) => n + r.invented.length, 0);
  console.log(`values not found in their quotation: ${invented}`);
  const langs = [...new Set(results.map((r) => r.language))];
  if (langs.length > 1)
    for (const l of langs) {
      const s = score(results.filter((r) => r.language === l));
      console.log(
        `  ${l}: recall ${pct(s.recall)} (${s.found}/${s.reference}), precision ${pct(s.precision)} (${s.correct}/${s.drafts})`,
      );
    }
  for (const f of FAMILIES) {
    const s = score(results, f);
    if (s.reference + s.drafts > 0)
      console.log(
        `  ${f}: recall ${pct(s.recall)} (${s.found}/${s.reference}), precision ${pct(s.precision)} (${s.correct}/${s.drafts})`,
      );
  }
  console.log('\nmisses (reference events no draft matched):');
  for (const r of results)
    r.reference.forEach((ref, i) => {
      if (r.found[i]) return;
      const near = r.drafts.find((d) => d.quotation.start < ref.end && d.quotation.end > ref.start);
      const why = near
        ? `drafted as ${near.kind} (${FAMILY[near.kind]}), occurred ${JSON.stringify(near.occurred)}`
        : 'no cue fired in its sentence';
      console.log(
        `- ${r.id} ${ref.kind}: «${ref.quote.replace(/\s+/g, ' ').slice(0, 110)}» — ${why}`,
      );
    });
  console.log('\nunmatched drafts:');
  for (const r of results)
    r.drafts.forEach((d, i) => {
      if (!r.matchedDrafts[i])
        console.log(
          `- ${r.id} ${d.kind} [${d.rule.id}] «${d.quotation.text.replace(/\s+/g, ' ').slice(0, 110)}»`,
        );
    });
  for (const r of results)
    for (const v of r.invented)
      console.log(`INVENTED ${r.id} draft ${v.draft}: ${v.what} ${v.span?.text ?? ''} — ${v.why}`);
  return invented;
}

function main(): number {
  if (!existsSync(join(CORPUS, 'key.json'))) {
    console.error(
      `eval:drafts: the development corpus is absent: no ${join(CORPUS, 'key.json')} (expected ../shared/corpus beside the repository, or KRONIEK_CORPUS)`,
    );
    return 1;
  }
  const key = JSON.parse(readFileSync(join(CORPUS, 'key.json'), 'utf8')) as KeyDoc[];
  const corpus: DocResult[] = key.map((doc) => {
    const { fields, body } = splitHeader(readFileSync(join(CORPUS, 'docs', doc.file), 'utf8'));
    const reference = doc.events.map((e) => {
      const start = body.indexOf(e.quote);
      if (start < 0) throw new Error(`${doc.id}: key quote not in the text: ${e.quote}`);
      return {
        label: e.kind,
        kind: mapKeyKind(e.kind),
        window: keyWindow(e.date),
        start,
        end: start + e.quote.length,
        quote: e.quote,
      };
    });
    return evaluateDocument(
      doc.id,
      body,
      { precision: 'day', date: /^\d{4}-\d{2}-\d{2}/.exec(fields.date ?? '')![0] },
      fields.language as Language,
      reference,
    );
  });
  let invented = report('Development corpus (../shared/corpus, KEY.md)', corpus);
  const letterFile = join(REPO, 'events/sources/kamerbrief-navo-dmm-2025-06.txt');
  const letter = readDraftInput(letterFile, join(REPO, 'events'), {});
  const letterResult = evaluateDocument(
    letter.documentId,
    letter.text,
    letter.published,
    letter.language ?? 'nl',
    recordedAsReference(letter.record),
  );
  invented += report('The letter (events/recorded/kamerbrief-navo-dmm-2025-06.yaml)', [
    letterResult,
  ]);
  return invented === 0 ? 0 : 1;
}

process.exitCode = main();
