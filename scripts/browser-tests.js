#!/usr/bin/env node
/* `npm run test:browser`: starts the playground on a free port, drives it in Debian's Chromium with
 * playwright-core (never a downloaded browser), and runs the scenarios in test/browser/*.test.js in
 * order, sharing one page. Prints "N passed, M failed" and exits non-zero on any failure.
 * Without /usr/bin/chromium the run is skipped (exit 0), unless CI is set (then it fails). */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');
const { startPlayground } = require('./playground');

const root = path.resolve(__dirname, '..');
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const resultsDir = path.join(root, 'test-results');
const TEST_TIMEOUT_MS = 60_000;
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function loadTests(filter) {
  const dir = path.join(root, 'test', 'browser');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort();
  return files.flatMap((file) =>
    require(path.join(dir, file))
      .tests.map((test) => ({ ...test, file }))
      .filter((test) => !filter || test.name.includes(filter)),
  );
}

function withTimeout(promise, ms, name) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${name}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main() {
  if (!fs.existsSync(executablePath)) {
    if (process.env.CI) {
      console.error(`Chromium not found at ${executablePath}; CI is set, so the browser tests fail. Install Debian's chromium.`);
      return 1;
    }
    console.log(`SKIPPED browser tests: Chromium not found at ${executablePath} (install Debian's chromium; CI runs fail instead of skipping).`);
    return 0;
  }
  const tests = loadTests(process.argv[2]);
  fs.mkdirSync(resultsDir, { recursive: true });
  for (const old of fs.readdirSync(resultsDir).filter((f) => /^failure-.*\.png$/.test(f))) fs.rmSync(path.join(resultsDir, old));
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'safer-dashboard-chromium-'));
  let playground;
  let context;
  let passed = 0;
  let failed = 0;
  try {
    playground = await startPlayground({ port: 0, quiet: true, workbook: process.env.PLAYGROUND_WORKBOOK && path.resolve(process.env.PLAYGROUND_WORKBOOK) });
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 1100 },
    });
    const page = context.pages()[0] || (await context.newPage());
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()));
    const shared = { page, url: playground.url, resultsDir, pageErrors };
    for (const [index, test] of tests.entries()) {
      const started = Date.now();
      try {
        await withTimeout(test.run(shared), TEST_TIMEOUT_MS, test.name);
        passed++;
        console.log(`✓ ${test.name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed++;
        console.log(`✗ ${test.name}\n    ${String(error && error.stack ? error.stack : error).split('\n').slice(0, 4).join('\n    ')}`);
        await page.screenshot({ path: path.join(resultsDir, `failure-${index + 1}.png`) }).catch(() => undefined);
      }
    }
  } catch (error) {
    failed++;
    console.log(`✗ setting up the browser tests\n    ${error.message}`);
  } finally {
    await context?.close().catch(() => undefined);
    await playground?.close().catch(() => undefined);
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
