import { createReadStream } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { SourceWithText } from '@kroniek/events';
import { checkLines } from './importerCheck.js';
import type { LineCheck } from './importerCheck.js';
import type { ImportProblem } from './importerProblems.js';

/** One non-blank line, checked: `at` is `file:line`. */
export interface CheckedLine {
  at: string;
  check: LineCheck;
}

/**
 * Raw bytes of a file for the worker, in order. `first` starts a file (line 1), `end` closes it
 * (its last line needs no newline). The worker decodes and splits them, off the main thread.
 */
export interface CheckRequest {
  seq: number;
  file: string;
  bytes: Uint8Array;
  first: boolean;
  end: boolean;
}

/**
 * The worker's answer for the non-blank lines completed by one request: their line numbers and,
 * at the same index, the accepted event's JSON text or the line's problems.
 */
export interface CheckReply {
  seq: number;
  lines: number[];
  checks: (string | ImportProblem[])[];
}

/** Pieces checked ahead of the one being appended: enough to keep the worker busy, no more. */
const AHEAD = 3;
const PIECE_BYTES = 1 << 20;

/**
 * The checked lines of the files, in file and line order, a piece (about a megabyte) at a time.
 * With `worker`, reading the text and the checks (JSON.parse, the schemas, the quotation) run on
 * a worker thread, up to {@link AHEAD} pieces ahead of the consumer, so that they overlap with
 * its appends; the outcome and its order are the same either way. Stopping the iteration stops
 * the worker.
 */
export async function* checkPieces(
  files: string[],
  sources: ReadonlyMap<string, SourceWithText>,
  worker: boolean,
): AsyncGenerator<CheckedLine[]> {
  if (!worker) {
    for await (const { file, firstLine, lines } of textPieces(files)) {
      const checks = checkLines(file, firstLine, lines, sources);
      const out: CheckedLine[] = [];
      checks.forEach((check, i) => {
        if (check) out.push({ at: `${file}:${firstLine + i}`, check });
      });
      yield out;
    }
    return;
  }
  const checker = startChecker(sources);
  try {
    const pending: Promise<CheckedLine[]>[] = [];
    for await (const piece of bytePieces(files)) {
      const outcome = checker.check(piece).then((reply) => toChecked(piece.file, reply));
      // Marked handled now; the rejection still reaches the consumer when it awaits this piece.
      outcome.catch(() => undefined);
      pending.push(outcome);
      if (pending.length >= AHEAD) yield await pending.shift()!;
    }
    while (pending.length > 0) yield await pending.shift()!;
  } finally {
    await checker.stop();
  }
}

function toChecked(file: string, { lines, checks }: CheckReply): CheckedLine[] {
  return checks.map((c, i) => ({
    at: `${file}:${lines[i]!}`,
    check: typeof c === 'string' ? { json: c } : { problems: c },
  }));
}

/** The lines of the files, read a megabyte at a time (one await per piece, not per line). */
async function* textPieces(
  files: string[],
): AsyncGenerator<{ file: string; firstLine: number; lines: string[] }> {
  for (const file of files) {
    let rest = '';
    let next = 1;
    for await (const piece of createReadStream(file, { encoding: 'utf8', highWaterMark: PIECE_BYTES })) {
      const lines = (rest + (piece as string)).split('\n');
      rest = lines.pop()!;
      yield { file, firstLine: next, lines };
      next += lines.length;
    }
    if (rest !== '') yield { file, firstLine: next, lines: [rest] };
  }
}

/** The bytes of the files, a megabyte at a time, each file closed by an empty `end` piece. */
async function* bytePieces(files: string[]): AsyncGenerator<Omit<CheckRequest, 'seq'>> {
  for (const file of files) {
    let first = true;
    for await (const piece of createReadStream(file, { highWaterMark: PIECE_BYTES })) {
      yield { file, bytes: piece as Buffer, first, end: false };
      first = false;
    }
    yield { file, bytes: new Uint8Array(0), first, end: true };
  }
}

interface Checker {
  check(piece: Omit<CheckRequest, 'seq'>): Promise<CheckReply>;
  stop(): Promise<void>;
}

/** Starts the worker thread and matches its answers to the requests. */
function startChecker(sources: ReadonlyMap<string, SourceWithText>): Checker {
  // A plain-JS entry that registers tsx, then loads importerWorker.ts (see there for why).
  const worker = new Worker(new URL('./importerWorkerBoot.mjs', import.meta.url), {
    workerData: { sources },
  });
  const waiting = new Map<number, { resolve: (r: CheckReply) => void; reject: (e: unknown) => void }>();
  let failure: unknown;
  const failAll = (error: unknown) => {
    failure ??= error;
    for (const w of waiting.values()) w.reject(failure);
    waiting.clear();
  };
  worker.on('message', (reply: CheckReply) => {
    waiting.get(reply.seq)?.resolve(reply);
    waiting.delete(reply.seq);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the import's check worker stopped (exit code ${code})`)));
  let seq = 0;
  return {
    check(piece) {
      if (failure !== undefined) return Promise.reject(failure);
      seq += 1;
      const request: CheckRequest = { seq, ...piece };
      return new Promise((resolve, reject) => {
        waiting.set(request.seq, { resolve, reject });
        worker.postMessage(request);
      });
    },
    async stop() {
      failure ??= new Error('the check worker was stopped');
      await worker.terminate();
    },
  };
}
