import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { REPO } from './data.js';

/** Runs `node --import tsx <script> ...args` from the repository root; resolves with its RESULT line. */
export function runRow<T>(script: string, args: string[], log: (line: string) => void): Promise<T> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let result: T | undefined;
    let err = '';
    lines(child, 'stdout', (line) => {
      if (line.startsWith('RESULT ')) result = JSON.parse(line.slice(7)) as T;
      else log(`  ${line}`);
    });
    lines(child, 'stderr', (line) => {
      err += `${line}\n`;
      log(`  ${line}`);
    });
    child.on('error', fail);
    child.on('exit', (code) => {
      if (code === 0 && result !== undefined) ok(result);
      else fail(new Error(`${script} exited with ${code}: ${err.slice(-2000)}`));
    });
  });
}

/** Starts a long-running child; resolves once it printed a line starting with `ready`. */
export function startChild(
  argv: string[],
  ready: (line: string) => boolean,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ child: ChildProcess; line: string }> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, argv, {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
    });
    let err = '';
    let done = false;
    lines(child, 'stdout', (line) => {
      if (!done && ready(line)) {
        done = true;
        ok({ child, line });
      }
    });
    lines(child, 'stderr', (line) => (err += `${line}\n`));
    child.on('exit', (code) => {
      if (!done) fail(new Error(`${argv.join(' ')} exited with ${code}: ${err.slice(-2000)}`));
    });
  });
}

/** Stops a child we started (by its pid) and waits for it to exit. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Resident set size of a process in MB, from /proc/<pid>/status. */
export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(m[1]) / 1024;
}

function lines(child: ChildProcess, which: 'stdout' | 'stderr', each: (line: string) => void) {
  let rest = '';
  child[which]!.setEncoding('utf8');
  child[which]!.on('data', (piece: string) => {
    const parts = (rest + piece).split('\n');
    rest = parts.pop()!;
    parts.forEach(each);
  });
}
