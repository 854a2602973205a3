#!/usr/bin/env node
// Makes sure Debian's Chromium is at /usr/bin/chromium for the e2e tests. Does nothing when it is
// already there; otherwise installs it with apt-get, and fails with a clear message if it cannot.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

if (existsSync(CHROMIUM)) {
  console.log(`chromium: found at ${CHROMIUM}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = isRoot ? [] : ['sudo', '-n'];

function run(args) {
  const [cmd, ...rest] = [...sudo, ...args];
  console.log(`$ ${[cmd, ...rest].join(' ')}`);
  const r = spawnSync(cmd, rest, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.error) return `${r.error.message}`;
  return r.status === 0 ? null : `exit status ${r.status ?? r.signal}`;
}

const failure = run(['apt-get', 'update']) ?? run(['apt-get', 'install', '-y', 'chromium']);

if (failure || !existsSync(CHROMIUM)) {
  console.error(
    [
      '',
      `Could not install Chromium (${failure ?? `${CHROMIUM} still missing`}).`,
      "The dashboard e2e tests drive Debian's Chromium at /usr/bin/chromium. Install it with",
      '  apt-get update && apt-get install -y chromium',
      '(as root, or with sudo), then run the tests again.',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`chromium: installed at ${CHROMIUM}`);
