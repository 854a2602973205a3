import { closeSync, fchmodSync, openSync, statSync, writeSync } from 'node:fs';

/** Read and write for the owner only. */
export const PRIVATE_MODE = 0o600;

/**
 * Creates `path` with mode 0600 when it does not exist, optionally with `content`; true when this
 * call created it. The mode is set after the create, so the umask does not matter. An existing
 * file is left as it is.
 */
export function createPrivateFile(path: string, content?: string | Uint8Array): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', PRIVATE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fchmodSync(fd, PRIVATE_MODE);
    if (typeof content === 'string') writeSync(fd, content);
    else if (content !== undefined) writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * The permission bits (e.g. 0o644) of an existing file that its group or others may read or
 * write; 0 when only its owner may (and on Windows, which has no such bits).
 */
export function openToOthers(path: string): number {
  if (process.platform === 'win32') return 0;
  const mode = statSync(path).mode & 0o777;
  return (mode & 0o077) === 0 ? 0 : mode;
}
