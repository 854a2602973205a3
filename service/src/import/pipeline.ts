import { createReadStream } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { SourceWithText } from '@kroniek/events';
import { checkLines, checkPiece } from './check.js';
import type { LineCheck, PieceCheck } from './check.js';

/** The non-blank lines of one piece of a file, checked: `checks[i]` is line `lines[i]`'s. */
export interface CheckedPiece {
  file: string;
  lines: number[];
  checks: LineCheck[];
}

/**
 * A piece of one file for the worker: whole lines as raw bytes (UTF-8 never has a newline byte
 * inside a character, so cutting after a newline byte keeps every character whole), the first
 * being line `firstLine`. The worker decodes and checks them off the main thread.
 */
export interface CheckRequest {
  seq: number;
  file: string;
  firstLine: number;
  bytes: Uint8Array;
}

/**
 * The worker's answer for one request: the line numbers of its non-blank lines and, at the same
 * index, the accepted event (its JSON text and the fields ordering needs) or the line's problems.
 */
export interface CheckReply extends PieceCheck {
  seq: number;
}

/**
 * Pieces handed to the worker ahead of the one being appended: enough to keep it busy through
 * the appending thread's commits (which wait on the disk), no more.
 */
const AHEAD = 8;
const PIECE_BYTES = 1 << 20;

/**
 * The checked lines of the files, in file and line order, a piece (about a megabyte) at a time.
 * With `worker`, decoding the text and the checks (JSON.parse, the schemas, the quotation) run
 * on a worker thread, up to {@link AHEAD} pieces ahead of the consumer, so that they overlap with
 * its appends. When the consumer asks for the next piece and the worker has not finished it, this
 * thread checks a later piece itself instead of waiting (the worker is the slower of the two when
 * the cores are few or busy); pieces hold whole lines, so any thread can check any of them. The
 * outcome and its order are the same either way. Stopping the iteration stops the worker.
 */
export async function* checkPieces(
  files: string[],
  sources: ReadonlyMap<string, SourceWithText>,
  worker: boolean,
): AsyncGenerator<CheckedPiece> {
  if (!worker) {
    for await (const { file, firstLine, lines } of textPieces(files)) {
      const out: CheckedPiece = { file, lines: [], checks: [] };
      checkLines(file, firstLine, lines, sources).forEach((check, i) => {
        if (!check) return;
        out.lines.push(firstLine + i);
        out.checks.push(check);
      });
      yield out;
    }
    return;
  }
  const checker = startChecker(sources);
  const source = linePieces(files);
  /**
   * Pieces in file order: checked here (`done`) or at the worker (`settled` once it answers or
   * fails, `done` when it answered).
   */
  const queue: { settled: boolean; done?: CheckedPiece; outcome?: Promise<CheckedPiece> }[] = [];
  let atWorker = 0;
  let exhausted = false;
  const take = async () => {
    const next = exhausted ? undefined : await source.next();
    if (!next || next.done) {
      exhausted = true;
      return undefined;
    }
    return next.value;
  };
  const toWorker = (piece: LinePiece) => {
    const slot: (typeof queue)[number] = { settled: false };
    atWorker += 1;
    slot.outcome = checker.check(piece).then(({ lines, checks }) => {
      atWorker -= 1;
      slot.settled = true;
      return (slot.done = { file: piece.file, lines, checks });
    });
    // Marked handled now; the rejection still reaches the consumer when it awaits this piece.
    slot.outcome.catch(() => {
      slot.settled = true;
    });
    queue.push(slot);
  };
  const here = (piece: LinePiece) => {
    const text = decoder.decode(piece.bytes);
    const done = { file: piece.file, ...checkPiece(piece.file, piece.firstLine, text, sources) };
    queue.push({ settled: true, done });
  };
  try {
    for (;;) {
      while (!exhausted && atWorker < AHEAD) {
        const piece = await take();
        if (piece) toWorker(piece);
      }
      const head = queue[0];
      if (!head) return;
      if (!head.settled && !exhausted) {
        // The worker is still on the next piece: check one more here rather than wait.
        const piece = await take();
        if (piece) {
          if (atWorker < AHEAD && queue[0]!.settled) toWorker(piece);
          else here(piece);
        }
        continue;
      }
      queue.shift();
      yield head.done ?? (await head.outcome!);
    }
  } finally {
    await source.return(undefined);
    await checker.stop();
  }
}

const decoder = new TextDecoder();

/** The lines of the files, read a megabyte at a time (one await per piece, not per line). */
async function* textPieces(
  files: string[],
): AsyncGenerator<{ file: string; firstLine: number; lines: string[] }> {
  for (const file of files) {
    let rest = '';
    let next = 1;
    for await (const piece of createReadStream(file, {
      encoding: 'utf8',
      highWaterMark: PIECE_BYTES,
    })) {
      const lines = (rest + (piece as string)).split('\n');
      rest = lines.pop()!;
      yield { file, firstLine: next, lines };
      next += lines.length;
    }
    if (rest !== '') yield { file, firstLine: next, lines: [rest] };
  }
}

/** A piece of a file that holds whole lines, the first being line `firstLine`. */
type LinePiece = Omit<CheckRequest, 'seq'>;

/**
 * The files as pieces of whole lines, about a megabyte each: every piece ends after a newline
 * byte (the last one of a file may end without), and its bytes are its own (a fresh buffer,
 * handed over to the worker rather than copied).
 */
async function* linePieces(files: string[]): AsyncGenerator<LinePiece> {
  for (const file of files) {
    let rest: Buffer | undefined;
    let firstLine = 1;
    for await (const read of createReadStream(file, { highWaterMark: PIECE_BYTES })) {
      const bytes = read as Buffer;
      const cut = bytes.lastIndexOf(0x0a) + 1;
      if (cut === 0) {
        rest = rest ? Buffer.concat([rest, bytes]) : Buffer.from(bytes);
        continue;
      }
      // One copy: the rest of the previous read and this read up to its last newline.
      const piece = Buffer.allocUnsafeSlow((rest?.length ?? 0) + cut);
      rest?.copy(piece);
      bytes.copy(piece, rest?.length ?? 0, 0, cut);
      rest = cut < bytes.length ? Buffer.from(bytes.subarray(cut)) : undefined;
      // Counted before the piece is handed over (its buffer then moves to the worker).
      const lines = newlines(piece);
      yield { file, firstLine, bytes: piece };
      firstLine += lines;
    }
    if (rest) {
      // A buffer of its own: a small `Buffer.from` may sit in Node's shared pool.
      const last = Buffer.allocUnsafeSlow(rest.length);
      rest.copy(last);
      yield { file, firstLine, bytes: last };
    }
  }
}

function newlines(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) n += 1;
  return n;
}

interface Checker {
  check(piece: Omit<CheckRequest, 'seq'>): Promise<CheckReply>;
  stop(): Promise<void>;
}

/** Starts the worker thread and matches its answers to the requests. */
function startChecker(sources: ReadonlyMap<string, SourceWithText>): Checker {
  // A plain-JS entry that registers tsx, then loads worker.ts (see there for why).
  const worker = new Worker(new URL('./workerBoot.mjs', import.meta.url), {
    workerData: { sources },
  });
  const waiting = new Map<
    number,
    { resolve: (r: CheckReply) => void; reject: (e: unknown) => void }
  >();
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
  worker.on('exit', (code) =>
    failAll(new Error(`the import's check worker stopped (exit code ${code})`)),
  );
  let seq = 0;
  return {
    check(piece) {
      if (failure !== undefined) return Promise.reject(failure);
      seq += 1;
      const request: CheckRequest = { seq, ...piece };
      return new Promise((resolve, reject) => {
        waiting.set(request.seq, { resolve, reject });
        // The piece's buffer is its own (see linePieces): moved to the worker, not copied.
        worker.postMessage(request, [piece.bytes.buffer as ArrayBuffer]);
      });
    },
    async stop() {
      failure ??= new Error('the check worker was stopped');
      await worker.terminate();
    },
  };
}
