import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { InsecureFileError } from '../integrity/errors.js';
import { createPrivateFile, openToOthers } from '../store/privateFile.js';
import type { Logger } from './logging.js';

export interface ResolveTokenOptions {
  /** A configured token (KRONIEK_TOKEN); wins when set. */
  configured?: string | undefined;
  /** The store file; a generated token is kept beside it as `<db>.token`. */
  dbPath: string;
  log: Logger;
}

/** The write token and where it is kept. */
export interface WriteToken {
  token: string;
  /** `KRONIEK_TOKEN`, or the file the token is (or will be) kept in. */
  keptIn: string;
  /** `generated`: this run made it; `keep()` writes it, and it is shown that once. */
  origin: 'configured' | 'stored' | 'generated';
  /** Writes a generated token to its file (mode 0600); call it once the service listens. */
  keep(): void;
}

/**
 * The bearer token for writes: the configured one, else the one stored beside the data, else a new
 * random one. A new one is written only by `keep()` (mode 0600), so a run that fails to start
 * leaves no token behind that nobody saw. A stored token file that its group or others may read
 * is refused (InsecureFileError), never used.
 */
export function resolveToken({ configured, dbPath, log }: ResolveTokenOptions): WriteToken {
  const nothingToKeep = () => {};
  if (configured && configured.trim() !== '')
    return {
      token: configured.trim(),
      keptIn: 'KRONIEK_TOKEN',
      origin: 'configured',
      keep: nothingToKeep,
    };
  const file = `${dbPath}.token`;
  if (existsSync(file)) {
    const open = openToOthers(file);
    if (open !== 0) throw new InsecureFileError(file, open);
    const stored = readFileSync(file, 'utf8').trim();
    if (stored !== '')
      return { token: stored, keptIn: file, origin: 'stored', keep: nothingToKeep };
  }
  const token = randomBytes(32).toString('base64url');
  return {
    token,
    keptIn: file,
    origin: 'generated',
    keep() {
      // An empty file that was there already passed the check above: only its owner reads it.
      if (!createPrivateFile(file, token + '\n')) writeFileSync(file, token + '\n');
      // The token itself goes to the person who started the service (see startServer's
      // `print`), not into the JSON log, which may be collected elsewhere.
      log.info('generated a write token; it is kept beside the data', { file });
    },
  };
}
