import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { REPO } from '../data.js';
import { stopChild } from '../children.js';
import { removeDb, report, scratchPath, workloadArgs } from './common.js';

const CHROMIUM = '/usr/bin/chromium';
const ASSETS = join(REPO, 'dashboard/dist/assets');

/**
 * The dashboard: the gzip size of its built JavaScript, and its first render in headless
 * Chromium against the real service (`kroniek serve`, which serves the built dashboard) on a
 * store of the workload: from navigation start (performance.now() = 0) to the first timeline
 * row on screen. The median of five cold page loads (a new browser context each).
 */
const { files } = workloadArgs();
if (!existsSync(ASSETS)) throw new Error('dashboard/dist is missing: build the dashboard first');
const jsFiles = readdirSync(ASSETS).filter((f) => f.endsWith('.js'));
const gzipBytes = jsFiles.reduce(
  (n, f) => n + gzipSync(readFileSync(join(ASSETS, f)), { level: 9 }).length,
  0,
);

const db = scratchPath('dashboard');
removeDb(db, rmSync);
copyFileSync(files.db, db);
const server = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    'service/src/cli.ts',
    'serve',
    '--db',
    db,
    '--events-dir',
    files.eventsDir,
    '--port',
    '0',
  ],
  {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, KRONIEK_TOKEN: 'bench-dashboard' },
  },
);
try {
  const url = await new Promise<string>((ok, fail) => {
    server.stdout.setEncoding('utf8');
    server.stdout.on('data', (piece: string) => {
      const m = /"url":"(http:[^"]+)"/.exec(piece);
      if (m) ok(m[1]!);
    });
    server.on('exit', (code) => fail(new Error(`kroniek serve exited with ${code}`)));
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const renders: number[] = [];
  let rows = 0;
  try {
    for (let i = 0; i < 6; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      // Note the moment the first row enters the DOM from inside the page: Playwright's own
      // waiting polls every 500 ms after the first few tries and would count that delay too.
      await page.addInitScript({
        content: `new MutationObserver((_, seen) => {
          if (document.querySelector('[data-testid="timeline"] a.item')) {
            window.firstRowAt = performance.now();
            seen.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });`,
      });
      await page.goto(`${url}/`);
      await page.locator('[data-testid="timeline"] a.item').first().waitFor({ timeout: 30_000 });
      const ms = Number(await page.evaluate('window.firstRowAt'));
      rows = await page.locator('[data-testid="timeline"] a.item').count();
      // The first load warms the server's caches and the disk; it is not counted.
      if (i > 0) renders.push(ms);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  renders.sort((a, b) => a - b);
  report({
    jsFiles,
    gzipKb: gzipBytes / 1024,
    firstRenderMs: renders[Math.floor(renders.length / 2)]!,
    renders,
    rowsOnScreen: rows,
    events: files.size,
  });
} finally {
  await stopChild(server);
  removeDb(db, rmSync);
}
