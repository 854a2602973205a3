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

/**
 * The bearer token for writes: the configured one, else the one stored beside the data, else a new
 * random one written there (mode 0600) and printed once so the operator can copy it. A stored
 * token file that its group or others may read is refused (InsecureFileError), never used.
 */
export function resolveToken({ configured, dbPath, log }: ResolveTokenOptions): string {
  if (configured && configured.trim() !== '') return configured.trim();
  const file = `${dbPath}.token`;
  if (existsSync(file)) {
    const open = openToOthers(file);
    if (open !== 0) throw new InsecureFileError(file, open);
    const stored = readFileSync(file, 'utf8').trim();
    if (stored !== '') return stored;
  }
  const token = randomBytes(32).toString('base64url');
  // An empty file that was there already passed the check above: only its owner reads it.
  if (!createPrivateFile(file, token + '\n')) writeFileSync(file, token + '\n');
  log.info('generated a write token; it is stored beside the data and shown only this once', {
    token,
    file,
  });
  return token;
}
