import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteEventStore } from '@kroniek/service';
import { REPO } from '../support/app.js';

/** The README's CLI block, one command a line, with its comments removed. */
function documentedCliLines(): string[] {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const section = readme.split(/^## CLI$/m)[1] ?? '';
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '');
}

/** Runs a shell command from the repository root, as the README's reader would. */
function shell(command: string, env: Record<string, string>, stdoutFile?: string) {
  return new Promise<{ code: number; stderr: string }>((resolve, reject) => {
    const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
    const child = spawn('sh', ['-c', command], {
      cwd: REPO,
      env: { ...process.env, ...env },
      stdio: ['ignore', out, 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (typeof out === 'number') closeSync(out);
      resolve({ code: code ?? 1, stderr });
    });
  });
}

describe('the README CLI lines', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'kroniek-readme-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('export into a file that imports into a fresh store', async () => {
    const lines = documentedCliLines();
    const importLine = lines.find((l) => / import \S+\.yaml$/.test(l));
    const exportLine = lines.find((l) => / export > \S+$/.test(l));
    expect(importLine, 'the README documents an import line').toBeDefined();
    expect(exportLine, 'the README documents an export into a file').toBeDefined();
    const [exportCommand] = exportLine!.split(' > ');
    expect(exportCommand).toMatch(/ export$/);
    const cli = importLine!.slice(0, importLine!.indexOf(' import '));

    const source = join(dir, 'source.db');
    const seeded = await shell(importLine!, { KRONIEK_DB: source });
    expect(seeded.code, seeded.stderr).toBe(0);

    const file = join(dir, 'log.ndjson');
    const exported = await shell(exportCommand!, { KRONIEK_DB: source }, file);
    expect(exported.code, exported.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    for (const line of text.split('\n').filter((l) => l !== ''))
      expect(() => JSON.parse(line), `not a JSON line: ${line}`).not.toThrow();

    const fresh = join(dir, 'fresh.db');
    const imported = await shell(`${cli} import ${file}`, { KRONIEK_DB: fresh });
    expect(imported.code, imported.stderr).toBe(0);

    const read = async (path: string) => {
      const store = createSqliteEventStore({ path, clock: () => new Date(0) });
      try {
        // Content and order; an import stamps its own recordedAt, so hashes differ.
        const ids: string[] = [];
        for await (const e of store.streamAll())
          ids.push(JSON.stringify([e.position, e.id, e.type, e.data]));
        return { ids, verified: await store.verify() };
      } finally {
        await store.close();
      }
    };
    const before = await read(source);
    const after = await read(fresh);
    expect(before.ids.length).toBeGreaterThan(0);
    expect(after.ids).toEqual(before.ids);
    expect(after.verified.ok).toBe(true);
  });
});
