import { existsSync, readFileSync } from 'node:fs';
import { decodeSnapshot, SnapshotNotAuthentic, snapshotPathOf } from '../readmodel/snapshot.js';
import { GENESIS_HASH, walkChain } from '../store/chain.js';
import type { ChainPoint } from '../store/chain.js';
import { openReadOnlyLog } from '../store/sqliteReadOnly.js';
import type { ReadOnlyLog } from '../store/sqliteReadOnly.js';
import { anchorPathOf, anchorProblem, readAnchor } from './anchor.js';
import { keyPathOf, readSnapshotKey } from './keyFile.js';

export interface VerifyStoreFileOptions {
  /** The store file; opened read-only, never created or migrated. */
  path: string;
  /** A head recorded elsewhere (`GET /api/log/head`) that the store must still hold. */
  expectHead?: ChainPoint;
}

/** What `kroniek verify` found: one line per check, `ok` when none failed. */
export interface StoreFileReport {
  ok: boolean;
  lines: string[];
}

/**
 * Every check `kroniek verify` makes on a store file, read-only: the hash chain and the JSON of
 * every row (naming the first position that fails), the head anchor beside the file when there is
 * one, an expected head given by the caller, and the read-model snapshot beside the file (its HMAC
 * with the key beside the file, and the store's hash at its position). A missing file, or one that
 * is not a kroniek store, throws StoreFileError.
 */
export async function verifyStoreFile(options: VerifyStoreFileOptions): Promise<StoreFileReport> {
  const log = openReadOnlyLog(options.path);
  try {
    const lines: string[] = [];
    let ok = true;
    const fail = (line: string) => {
      ok = false;
      lines.push(line);
    };
    const chain = await walkChain(
      log.page,
      { position: 0, hash: GENESIS_HASH },
      { parseJson: true },
    );
    if (chain.ok) lines.push(`ok: ${chain.checked} event(s), hash chain intact`);
    else
      fail(
        `BROKEN at position ${chain.brokenAt}: ${chain.reason} (${chain.checked} event(s) before it intact)`,
      );
    const store = { head: log.head().position, hashAt: log.hashAt };
    const anchorPath = anchorPathOf(options.path);
    try {
      const anchor = readAnchor(anchorPath);
      const problem = anchor && anchorProblem(anchor, store);
      if (problem) fail(`ANCHOR MISMATCH: ${problem} (${anchorPath})`);
      else if (anchor)
        lines.push(
          `ok: the store holds its head anchor, position ${anchor.position} (${anchorPath})`,
        );
    } catch (error) {
      fail(`ANCHOR: ${(error as Error).message}`);
    }
    if (options.expectHead) {
      const problem = anchorProblem(options.expectHead, store, 'the expected head');
      if (problem) fail(`HEAD MISMATCH: ${problem}`);
      else lines.push(`ok: position ${options.expectHead.position} holds the expected hash`);
    }
    checkSnapshot(options.path, log, lines, fail);
    return { ok, lines };
  } finally {
    log.close();
  }
}

function checkSnapshot(
  dbPath: string,
  log: ReadOnlyLog,
  lines: string[],
  fail: (line: string) => void,
): void {
  const path = snapshotPathOf(dbPath);
  if (!existsSync(path)) return;
  let key: Buffer | null;
  try {
    key = readSnapshotKey(keyPathOf(dbPath));
  } catch (error) {
    return fail(`KEY: ${(error as Error).message}`);
  }
  if (!key) {
    lines.push(`note: ${path} cannot be authenticated without its key; the service ignores it`);
    return;
  }
  try {
    const { header } = decodeSnapshot(readFileSync(path), key);
    const hash = log.hashAt(header.position);
    if (hash !== header.hash)
      return fail(
        `SNAPSHOT: the store holds ${hash === null ? 'no event' : 'another hash'} at position ${header.position}, where its authenticated snapshot recorded ${header.hash} (${path})`,
      );
    lines.push(`ok: the read-model snapshot is authentic, position ${header.position} (${path})`);
  } catch (error) {
    if (error instanceof SnapshotNotAuthentic)
      fail(`SNAPSHOT NOT AUTHENTIC: ${error.message} (${path})`);
    else
      lines.push(
        `note: ${path} is not usable (${(error as Error).message}); the service ignores it`,
      );
  }
}
