import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './app.js';

export interface ServerProcess {
  url: string;
  /** Every line the process wrote to stdout and stderr. */
  lines: string[];
  /** The same lines, by the stream they came on. */
  streams: { stdout: string[]; stderr: string[] };
  /** The JSON log lines, parsed. */
  logs(): Record<string, unknown>[];
  stop(): Promise<void>;
}

/**
 * Runs `tsx service/src/cli.ts serve` as a real process with the given environment (PORT=0 by
 * default) and resolves once it prints the URL it listens on.
 */
export async function startServerProcess(
  env: Record<string, string | undefined>,
  timeoutMs = 30_000,
): Promise<ServerProcess> {
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, PORT: '0', ...env }))
    if (v !== undefined) childEnv[k] = v;
  const child: ChildProcess = spawn(
    join(REPO, 'node_modules/.bin/tsx'),
    ['service/src/cli.ts', 'serve'],
    {
      cwd: REPO,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  const lines: string[] = [];
  const streams = { stdout: [] as string[], stderr: [] as string[] };
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start:\n${lines.join('\n')}`)),
      timeoutMs,
    );
    const onData = (stream: string[]) => (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        lines.push(line);
        stream.push(line);
        const match = /"msg":"kroniek is listening".*"url":"([^"]+)"/.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      }
    };
    child.stdout!.on('data', onData(streams.stdout));
    child.stderr!.on('data', onData(streams.stderr));
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`server exited before it listened:\n${lines.join('\n')}`));
    });
  });
  return {
    url,
    lines,
    streams,
    logs: () =>
      lines.flatMap((l) => {
        try {
          return [JSON.parse(l) as Record<string, unknown>];
        } catch {
          return [];
        }
      }),
    async stop() {
      if (child.exitCode === null && child.pid !== undefined) {
        // The group: tsx runs the service in a child process of its own.
        process.kill(-child.pid, 'SIGTERM');
      }
      await exited;
    },
  };
}
