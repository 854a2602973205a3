import { StringDecoder } from 'node:string_decoder';
import { parentPort, workerData } from 'node:worker_threads';
import type { SourceWithText } from '@kroniek/events';
import { checkLine } from './importerCheck.js';
import type { CheckReply, CheckRequest } from './importerPipeline.js';

// The worker thread of the NDJSON import: it decodes, splits and checks the pieces of the files,
// in the order they come, while the main thread appends the pieces before them. It never
// touches the store. Started through importerWorkerBoot.mjs.
const sources = (workerData as { sources: ReadonlyMap<string, SourceWithText> }).sources;
const port = parentPort!;

let decoder = new StringDecoder('utf8');
let rest = '';
let next = 1;

port.on('message', ({ seq, file, bytes, first, end }: CheckRequest) => {
  if (first) {
    decoder = new StringDecoder('utf8');
    rest = '';
    next = 1;
  }
  const text = rest + decoder.write(bytes) + (end ? decoder.end() : '');
  const split = text.split('\n');
  rest = end ? '' : split.pop()!;
  const reply: CheckReply = { seq, lines: [], checks: [] };
  split.forEach((line, i) => {
    if (line.trim() === '') return;
    const check = checkLine(line, `${file}:${next + i}`, sources);
    reply.lines.push(next + i);
    // Text only: the structured clone of the parsed value costs the main thread about twice
    // what parsing the text again does.
    reply.checks.push('json' in check ? check.json : check.problems);
  });
  next += split.length;
  port.postMessage(reply);
});
