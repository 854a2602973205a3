import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR, workloadFiles } from '../data.js';
import type { WorkloadFiles } from '../data.js';

/** A row process's arguments: the workload it measures (`--size`, `--seed`). */
export function workloadArgs(): { files: WorkloadFiles; args: Record<string, string | undefined> } {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      size: { type: 'string' },
      seed: { type: 'string' },
      ndjson: { type: 'string' },
      events: { type: 'string' },
    },
    strict: false,
  });
  const size = Number(values.size ?? 10_000);
  const seed = Number(values.seed ?? 42);
  return {
    files: workloadFiles(size, seed),
    args: values as Record<string, string | undefined>,
  };
}

/** A throwaway file for one row process (removed by the row). */
export function scratchPath(name: string): string {
  return join(DATA_DIR, `scratch-${name}-${process.pid}.db`);
}

/** The row's figures, as the last line of its output for the harness to read. */
export function report(figures: Record<string, unknown>): void {
  process.stdout.write(`RESULT ${JSON.stringify(figures)}\n`);
}

export function removeDb(path: string, rm: (p: string, o: { force: boolean }) => void): void {
  for (const f of [path, `${path}-wal`, `${path}-shm`]) rm(f, { force: true });
}
