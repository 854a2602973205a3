import { workerData } from 'node:worker_threads';
import { createChunkPacker, openWorkerLog } from './foldChunk.js';
import { APPLIED, CLAIMED, fromChunk, waitUntilNear } from './foldSync.js';
import type { FoldWorkerData, FoldWorkerMessage } from './foldSync.js';

// A fold worker (workerFold.ts starts them, through foldWorkerBoot.mjs): it claims chunks of the
// log one at a time, reads each on a connection of its own, and hands over the packed fields of
// its entries (foldChunk.ts), while the read model's thread writes them into the columns in log
// order. It stops when no chunk is left to claim.
const data = workerData as FoldWorkerData;
const sync = new Int32Array(data.sync);
const post = (m: FoldWorkerMessage, transfer: ArrayBuffer[] = []) =>
  data.port.postMessage(m, transfer);

try {
  const reader = await openWorkerLog(data.source);
  try {
    const pack = createChunkPacker();
    for (
      let k = Atomics.add(sync, CLAIMED, 1);
      k < data.chunks;
      k = Atomics.add(sync, CLAIMED, 1)
    ) {
      // Back-pressure: no further ahead of the columns than the read model's thread lets it.
      waitUntilNear(sync, k);
      // The read model's thread folded it itself meanwhile.
      if (k < Atomics.load(sync, APPLIED)) continue;
      const from = fromChunk(data, k);
      const batch = pack(reader.page(from, Math.min(data.chunk, data.to - from)));
      post({ chunk: k, batch }, [batch.ops.buffer as ArrayBuffer]);
    }
  } finally {
    reader.close();
  }
} catch (error) {
  post({ error: error instanceof Error ? error.message : String(error) });
}
