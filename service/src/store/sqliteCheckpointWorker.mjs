// Copies a SQLite store's write-ahead log into its database file now and then, on a connection of
// its own in a worker thread (see sqliteCheckpoints.ts): the checkpoint's fsyncs then never hold
// up the commits of the event loop. Plain JS, so a worker needs no TypeScript loader.
import { clearTimeout, setTimeout } from 'node:timers';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { path, intervalMs } = workerData;
const db = new Database(path, { fileMustExist: true });
// The same durability as the writer's connection (sqliteSchema.ts); this one never writes rows.
db.pragma('synchronous = NORMAL');
db.pragma('wal_autocheckpoint = 0');
// PASSIVE: copy what no reader still needs, without waiting for (or blocking) readers or writers.
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');

let timer;
const tick = () => {
  try {
    checkpoint.get();
  } catch (error) {
    parentPort.postMessage({ error: String(error) });
  }
  timer = setTimeout(tick, intervalMs);
};
timer = setTimeout(tick, intervalMs);

parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearTimeout(timer);
  try {
    checkpoint.get();
  } finally {
    db.close();
    parentPort.close();
  }
});
parentPort.postMessage({ ready: true });
