import {
  createWriteStream,
  existsSync,
  mkdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import canonicalize from 'canonicalize';
// Straight to the modules, not the service barrel: the bench's data needs no projections.
import { importNdjson } from '../service/src/import/ndjson.js';
import { loadSources } from '../service/src/import/sources.js';
import { createSqliteEventStore } from '../service/src/store/sqlite.js';
import { generateWorkload, syntheticDocumentCount, syntheticSource } from './workload.js';

/** The repository root (bench/ is one level down). */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Git-ignored: synthetic data never enters the real record. */
export const DATA_DIR = join(REPO, 'bench/.data');

/** Where one workload lives on disk. */
export interface WorkloadFiles {
  size: number;
  seed: number;
  /** The events, one per line: the bulk import's input. */
  ndjson: string;
  /** `sources/` with the synthetic documents (text and metadata), and an empty `recorded/`. */
  eventsDir: string;
  /** A store holding the whole workload, imported once and reused by the read and HTTP rows. */
  db: string;
}

export function workloadFiles(size: number, seed: number): WorkloadFiles {
  const stem = join(DATA_DIR, `${size}-${seed}`);
  return { size, seed, ndjson: `${stem}.ndjson`, eventsDir: `${stem}-events`, db: `${stem}.db` };
}

/**
 * Makes sure the workload's files exist: generates the NDJSON and the synthetic sources, then
 * imports them into the reference store (through the same bulk import the CLI uses). Files that
 * are there already are reused; each is written under a temporary name and renamed when complete.
 */
export async function ensureWorkload(
  size: number,
  seed: number,
  log: (line: string) => void,
): Promise<WorkloadFiles> {
  const files = workloadFiles(size, seed);
  mkdirSync(DATA_DIR, { recursive: true });
  if (!existsSync(join(files.eventsDir, 'sources'))) writeSources(files);
  if (!existsSync(files.ndjson)) {
    log(`generating ${size.toLocaleString('en')} events (seed ${seed}) ...`);
    const t0 = performance.now();
    await writeNdjson(files);
    log(`  done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  if (!existsSync(files.db)) {
    log(`importing them into the reference store ${files.db} ...`);
    const t0 = performance.now();
    const tmp = `${files.db}.partial`;
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
    const store = createSqliteEventStore({
      path: tmp,
      clock: () => new Date('2026-03-01T00:00:00Z'),
    });
    try {
      await importNdjson(store, [files.ndjson], await loadSources(files.eventsDir));
    } finally {
      await store.close();
    }
    renameSync(tmp, files.db);
    log(`  done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return files;
}

function writeSources(files: WorkloadFiles): void {
  const tmp = `${files.eventsDir}.partial`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'sources'), { recursive: true });
  mkdirSync(join(tmp, 'recorded'), { recursive: true });
  for (let doc = 0; doc < syntheticDocumentCount(files.size); doc++) {
    const { meta, text } = syntheticSource(files.seed, doc);
    writeFileSync(join(tmp, 'sources', meta.textFile), text);
    // JSON is YAML, and the source loader reads YAML.
    writeFileSync(join(tmp, 'sources', `${meta.id}.yaml`), `${JSON.stringify(meta, null, 2)}\n`);
  }
  rmSync(files.eventsDir, { recursive: true, force: true });
  renameSync(tmp, files.eventsDir);
}

async function writeNdjson(files: WorkloadFiles): Promise<void> {
  const tmp = `${files.ndjson}.partial`;
  const out = createWriteStream(tmp);
  let buffer: string[] = [];
  const drain = async () => {
    if (!out.write(`${buffer.join('\n')}\n`))
      await new Promise<void>((ok) => out.once('drain', () => ok()));
    buffer = [];
  };
  for (const event of generateWorkload({ size: files.size, seed: files.seed })) {
    // Canonical (RFC 8785) lines, as `kroniek export` writes event data.
    buffer.push(canonicalize(event)!);
    if (buffer.length >= 1000) await drain();
  }
  if (buffer.length > 0) await drain();
  await new Promise<void>((ok, fail) =>
    out.end((error?: Error | null) => (error ? fail(error) : ok())),
  );
  renameSync(tmp, files.ndjson);
}
