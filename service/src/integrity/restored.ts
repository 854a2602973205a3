import { rmSync } from 'node:fs';
import { snapshotPathOf } from '../readmodel/snapshot.js';
import { openReadOnlyLog } from '../store/sqliteReadOnly.js';
import { anchorPathOf, writeAnchorSync } from './anchor.js';

/**
 * After a restore put a verified store in place on purpose: its head becomes the anchor (the old
 * anchor may be past it, which would keep the service from starting), and the read-model
 * snapshot of the store it replaced is removed (it no longer fits).
 */
export function anchorRestoredStore(dbPath: string): void {
  const log = openReadOnlyLog(dbPath);
  try {
    const head = log.head();
    if (head.position > 0 && head.hash !== null)
      writeAnchorSync(anchorPathOf(dbPath), {
        position: head.position,
        hash: head.hash,
        recordedAt: head.recordedAt,
      });
    else rmSync(anchorPathOf(dbPath), { force: true });
  } finally {
    log.close();
  }
  rmSync(snapshotPathOf(dbPath), { force: true });
}
