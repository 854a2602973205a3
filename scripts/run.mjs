#!/usr/bin/env node
// The README's two commands: `npm start` and `npm test`. Each sets up what it needs on a machine
// that has only Node 20 and npm: pnpm (pinned in package.json), the workspace's packages, the
// dashboard build, and for tests Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpm = ['npx', '-y', packageManager];

function run(cmd, args, options = {}) {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  if (r.status !== 0) {
    console.error(`\nfailed (${r.status ?? r.signal}): ${[cmd, ...args].join(' ')}`);
    process.exit(r.status ?? 1);
  }
}

/**
 * A set-up step whose output (native builds, bundle sizes) matters only when it fails: one line
 * saying what runs, and its captured output only on failure.
 */
function quietly(what, cmd, args) {
  console.log(`${what} ...`);
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
    if (r.error) console.error(String(r.error));
    console.error(`\nfailed (${r.status ?? r.signal}): ${[cmd, ...args].join(' ')}`);
    process.exit(r.status ?? 1);
  }
}

function install() {
  quietly('installing packages', pnpm[0], [...pnpm.slice(1), 'install', '--frozen-lockfile']);
}

function buildDashboard() {
  quietly('building the dashboard', pnpm[0], [
    ...pnpm.slice(1),
    '--filter',
    '@kroniek/dashboard',
    'run',
    'build',
  ]);
}

const verb = process.argv[2];
switch (verb) {
  case 'start':
    install();
    buildDashboard();
    // node itself (not the tsx wrapper, which may kill its child before a SIGTERM's snapshot
    // save finishes) so a stop writes the read-model snapshot.
    run(process.execPath, [
      '--import',
      'tsx',
      'service/src/cli.ts',
      'serve',
      ...process.argv.slice(3),
    ]);
    break;
  case 'test': {
    install();
    run('node', ['scripts/install-chromium.mjs']);
    run(join(root, 'node_modules/.bin/tsc'), ['-b']);
    // No cycles, no arrows back up (.dependency-cruiser.mjs).
    run(join(root, 'node_modules/.bin/depcruise'), [
      'service',
      'events',
      'dashboard/src',
      '--config',
      '.dependency-cruiser.mjs',
    ]);
    run(pnpm[0], [...pnpm.slice(1), '--filter', '@kroniek/dashboard', 'run', 'check']);
    buildDashboard();
    mkdirSync(join(root, 'tests/artifacts'), { recursive: true });
    const report = join(root, 'tests/artifacts/vitest.json');
    const r = spawnSync(
      join(root, 'node_modules/.bin/vitest'),
      [
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
        ...process.argv.slice(3),
      ],
      { cwd: root, stdio: 'inherit' },
    );
    if (existsSync(report)) {
      const j = JSON.parse(readFileSync(report, 'utf8'));
      const skipped = j.numPendingTests + j.numTodoTests;
      console.log(
        `\nTests: ${j.numPassedTests} passed, ${j.numFailedTests} failed, ${skipped} skipped`,
      );
    }
    process.exit(r.status ?? 1);
    break;
  }
  default:
    console.error('usage: node scripts/run.mjs start|test [args]');
    process.exit(2);
}
