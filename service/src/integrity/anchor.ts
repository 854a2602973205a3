import {
  closeSync,
  existsSync,
  fchmodSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AnchorMismatchError } from './errors.js';

/**
 * The head anchor: the log's head (position, hash, recordedAt) in a small file outside the
 * database (`<db>.anchor`), rewritten after each commit. Someone who edits the database cannot
 * make it shorter, or rewrite a row and recompute the hashes after it, without the head no
 * longer matching the anchor; the service then refuses to start and `kroniek verify` fails.
 * (Someone who can also write the anchor can do both: that is what an anchor kept elsewhere,
 * from `GET /api/log/head`, and `kroniek verify --expect-head` are for.)
 */

/** A head of the log as the anchor records it. */
export interface AnchorHead {
  position: number;
  hash: string;
  recordedAt: string | null;
}

/** The anchor file of a store file. */
export const anchorPathOf = (dbPath: string): string => `${dbPath}.anchor`;

const HASH = /^[0-9a-f]{64}$/;

/** Parses `POSITION:HASH` (as `kroniek verify --expect-head` takes it); null when malformed. */
export function parseHeadSpec(spec: string): { position: number; hash: string } | null {
  const match = /^(\d+):([0-9a-f]{64})$/i.exec(spec.trim());
  if (!match) return null;
  const position = Number(match[1]);
  return Number.isSafeInteger(position) ? { position, hash: match[2]!.toLowerCase() } : null;
}

/** The anchor in a file, or null when there is none; a file that does not parse is an error. */
export function readAnchor(path: string): AnchorHead | null {
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  const head = parseAnchor(text);
  if (!head)
    throw new AnchorMismatchError(
      `the head anchor ${path} does not parse; restore it, or remove it to accept the store as it is`,
      { path },
    );
  return head;
}

function parseAnchor(text: string): AnchorHead | null {
  try {
    const v = JSON.parse(text) as Partial<AnchorHead>;
    if (!Number.isSafeInteger(v.position) || v.position! < 0) return null;
    if (typeof v.hash !== 'string' || !HASH.test(v.hash)) return null;
    const recordedAt = typeof v.recordedAt === 'string' ? v.recordedAt : null;
    return { position: v.position!, hash: v.hash, recordedAt };
  } catch {
    return null;
  }
}

const anchorText = (head: AnchorHead) =>
  `${JSON.stringify({ position: head.position, hash: head.hash, recordedAt: head.recordedAt })}\n`;

/**
 * What is wrong with a store measured against a head recorded earlier (an anchor): null when
 * the store reaches that position and holds that hash there.
 */
export function anchorProblem(
  expected: { position: number; hash: string },
  store: { head: number; hashAt: (position: number) => string | null },
  what = 'its head anchor',
): string | null {
  if (expected.position === 0) return null;
  if (store.head < expected.position)
    return `the store ends at position ${store.head}, before ${what} at position ${expected.position}: events were removed`;
  const hash = store.hashAt(expected.position);
  if (hash !== expected.hash)
    return `the store holds another hash at position ${expected.position} than ${what} (${hash ?? 'none'} instead of ${expected.hash}): the log was rewritten`;
  return null;
}

/**
 * Writes an anchor now (a temporary file, fsync, rename, fsync of the folder), for a start-up
 * or a restore that sets the anchor to a head it has verified.
 */
export function writeAnchorSync(path: string, head: AnchorHead): void {
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    fchmodSync(fd, 0o600);
    writeSync(fd, anchorText(head));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  syncFolderSync(dirname(path));
}

function syncFolderSync(folder: string) {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not every file system syncs a folder; the rename itself is atomic.
  }
}

/** Keeps the anchor of one store file up to date with the commits of this process. */
export interface AnchorWriter {
  /** A commit's head; written soon, off the event loop (see createAnchorWriter). */
  record(head: AnchorHead): void;
  /** Resolves once every head recorded so far is written (or its write failed). */
  flush(): Promise<void>;
}

export interface AnchorWriterOptions {
  /** the anchor file */
  path: string;
  /** the store file: its write-ahead log is made durable before the anchor moves past it */
  dbPath: string;
  onError?: (error: unknown) => void;
}

/**
 * An anchor writer. Each head recorded is written and fsynced off the event loop; while one
 * write is under way, later heads wait and only the newest is written next, so the anchor
 * follows a busy log without holding up its commits. Before each write the store's WAL is
 * fsynced (the store commits with `synchronous = NORMAL`, which leaves that to checkpoints), so
 * after a power cut the anchor is never ahead of what the database kept. The anchor never moves
 * back: a head at or before the one the file holds (another process's) is not written.
 */
export function createAnchorWriter(options: AnchorWriterOptions): AnchorWriter {
  let pending: AnchorHead | null = null;
  let running: Promise<void> | null = null;
  const wal = `${options.dbPath}-wal`;

  const syncWal = async () => {
    let file;
    try {
      file = await open(wal, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    await file.datasync().finally(() => file.close());
  };

  const write = async (head: AnchorHead) => {
    const current = await readFile(options.path, 'utf8').then(parseAnchor, () => null);
    if (current && current.position >= head.position) return;
    await syncWal();
    const tmp = `${options.path}.${process.pid}.tmp`;
    try {
      const file = await open(tmp, 'w', 0o600);
      try {
        await file.chmod(0o600);
        await file.writeFile(anchorText(head));
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(tmp, options.path);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
    try {
      const folder = await open(dirname(options.path), 'r');
      await folder.sync().finally(() => folder.close());
    } catch {
      // Not every file system syncs a folder; the rename itself is atomic.
    }
  };

  const drain = async () => {
    try {
      while (pending) {
        const next = pending;
        pending = null;
        try {
          await write(next);
        } catch (error) {
          options.onError?.(error);
        }
      }
    } finally {
      running = null;
    }
  };

  return {
    record(head) {
      if (!pending || head.position > pending.position) pending = head;
      running ??= drain();
    },
    flush: () => running ?? Promise.resolve(),
  };
}
