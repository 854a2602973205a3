import { parentPort, workerData } from 'node:worker_threads';
import type { SourceWithText } from '@kroniek/events';
import { checkPiece } from './check.js';
import type { CheckReply, CheckRequest } from './pipeline.js';

// The worker thread of the NDJSON import: it decodes and checks pieces of the files (each holds
// whole lines, so pieces are independent of each other) while the main thread appends the pieces
// before them. It never touches the store. Started through workerBoot.mjs.
const sources = (workerData as { sources: ReadonlyMap<string, SourceWithText> }).sources;
const port = parentPort!;
const decoder = new TextDecoder();

port.on('message', ({ seq, file, firstLine, bytes }: CheckRequest) => {
  // Each accepted line goes back as its text and a few strings, not the parsed value: its
  // structured clone would cost the main thread about twice what parsing the text does, and
  // the store takes the text.
  const reply: CheckReply = { seq, ...checkPiece(file, firstLine, decoder.decode(bytes), sources) };
  port.postMessage(reply);
});
