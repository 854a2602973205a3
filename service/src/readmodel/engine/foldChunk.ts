import { upcast } from '@kroniek/events';
import { foldable } from '../foldEntry.js';
import type { WorkerLogReader } from '../readModelTypes.js';
import { createRecordedMs, factFields, keptWhole } from './factFields.js';
import { createPacker } from './packedFields.js';
import type { PackedBatch, Packer, WholeRow } from './packedFields.js';

/** What a fold reads of the log: lean rows (position, recordedAt, JSON text). */
export type FoldRow = WholeRow;

/** Opens a worker log's reader: imports its module and calls openFoldReader (in any thread). */
export async function openWorkerLog(source: {
  module: string;
  arg: string;
}): Promise<WorkerLogReader> {
  const { openFoldReader } = (await import(source.module)) as {
    openFoldReader: (arg: string) => WorkerLogReader;
  };
  return openFoldReader(source.arg);
}

/**
 * Packs chunks of the log away from the columns (in a fold worker, or in the read model's
 * thread while it waits for one): each row is parsed, lifted and checked as toFoldEntry does,
 * and a fact's fields go to the packer through factFields. A row this does not fold (kept
 * whole, or one that does not parse or look like an event, or whose fields fail) is packed
 * whole, so the read model's thread folds it through toFoldEntry, or throws its error, in its
 * place. One per fold and thread: its string table is that of one unpacker.
 */
export function createChunkPacker(): (rows: readonly FoldRow[]) => PackedBatch {
  const packer: Packer = createPacker();
  const recordedMs = createRecordedMs();
  const foldRow = (row: FoldRow): void => {
    let e: unknown;
    try {
      e = upcast(JSON.parse(row.json));
    } catch {
      return packer.whole(row);
    }
    if (!foldable(e) || keptWhole(e)) return packer.whole(row);
    packer.mark();
    try {
      factFields(e, row.position, recordedMs(row.recordedAt), packer);
    } catch {
      packer.rollback();
      packer.whole(row);
    }
  };
  return (rows) => {
    for (const row of rows) foldRow(row);
    return packer.take();
  };
}
