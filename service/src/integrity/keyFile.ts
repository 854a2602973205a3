import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createPrivateFile, openToOthers } from '../store/privateFile.js';
import { InsecureFileError } from './errors.js';

/** The file beside a store that holds its snapshot key. */
export const keyPathOf = (dbPath: string): string => `${dbPath}.key`;

/** A key file's text: 32 random bytes, hex. */
const parse = (text: string): Buffer | null => {
  const hex = text.trim();
  return /^[0-9a-f]{64}$/.test(hex) ? Buffer.from(hex, 'hex') : null;
};

/**
 * The key that authenticates the read-model snapshot (HMAC-SHA256), or null when there is no key
 * file or it does not hold a key. A key file its group or others may read is refused.
 */
export function readSnapshotKey(path: string): Buffer | null {
  if (!existsSync(path)) return null;
  const open = openToOthers(path);
  if (open !== 0) throw new InsecureFileError(path, open);
  return parse(readFileSync(path, 'utf8'));
}

/** The snapshot key, created (32 random bytes, mode 0600) when there is none yet. */
export function loadOrCreateSnapshotKey(path: string): Buffer {
  const existing = readSnapshotKey(path);
  if (existing) return existing;
  const key = randomBytes(32);
  const text = `${key.toString('hex')}\n`;
  if (!createPrivateFile(path, text)) {
    // A file that holds no key is replaced; that only voids the snapshot it would have checked.
    const fresh = `${path}.${process.pid}.new`;
    rmSync(fresh, { force: true });
    createPrivateFile(fresh, text);
    renameSync(fresh, path);
  }
  return key;
}
