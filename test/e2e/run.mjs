#!/usr/bin/env node
// UI end-to-end tests: a person's first minutes with Interview Coach, in real VS Code in a real
// browser. Packages the extension (`npm run package`), installs the .vsix into code-server 4.100.3
// (VS Code 1.100.3) with a fresh profile, opens a fresh copy of examples/ in headless Debian
// Chromium through playwright-core, and runs the mocha specs test/e2e/*.e2e.mjs against that one
// window, in order. Every run saves its screenshots under test-results/e2e/<time>/.
//
// Why the .vsix and not the development folder: it is what a user installs, so the run also
// proves the package (what .vscodeignore lets in, the production bundle, the manifest as shipped).
//
//   node test/e2e/run.mjs                  package, then test
//   node test/e2e/run.mjs --no-package     test the .vsix already in dist/
//   node test/e2e/run.mjs --web            the web extension: a copy of the package without `main`
//                                          (dist/interview-coach-web.vsix, made from dist/ as built),
//                                          which code-server can only run in the browser's web worker
//                                          extension host; runs the guide, drafts and quiz specs there
//   node test/e2e/run.mjs --update-docs    also copy the README's screenshots (which the walkthrough
//                                          shows too) to docs/screenshots/
//   node test/e2e/run.mjs --grep quiz      only the tests whose title matches
//   node test/e2e/run.mjs --spec guide     only test/e2e/guide.e2e.mjs (comma-separated list)
//   node test/e2e/run.mjs --spec webview-timing   prints how long the readiness dashboard and the quiz
//                                          panel take to open, step by step (in no default run)
// Env: IC_E2E_TIMEOUT_MS (whole run, default 600000), IC_VERBOSE=1 (code-server and workbench logs).
// Exit code: 0 all passed, 1 a test failed, 2 the harness could not run, 124 timeout, 130/143 signals.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import Mocha from 'mocha';
import {
  ROOT, TEST_DEPS, codeServerInstalled, installExtension, killProcessesUnder, launchChromium, prepareProfile, startCodeServer,
  withTimeout, workbenchUrl, writeUserSettings,
} from '../../scripts/lib/codeServer.mjs';
import { recompressPng } from '../../scripts/lib/png.mjs';
import { pngToWebp } from '../../scripts/lib/webp.mjs';
import { session } from './lib/session.mjs';
import { Workbench } from './lib/workbench.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const verbose = process.env.IC_VERBOSE === '1';
const timeoutMs = Number(process.env.IC_E2E_TIMEOUT_MS || 600_000);
const web = flag('--web');
const vsix = join(ROOT, 'dist', web ? 'interview-coach-web.vsix' : 'interview-coach.vsix');
// Run in this order, in one window. On the web: the tree and reader, a squiggle and its quick fix, a quiz answer,
// a red flag found by meaning (the language model's Web Worker).
const SPEC_NAMES = web ? ['guide', 'drafts', 'my-drafts', 'quiz', 'meaning'] : ['guide', 'drafts', 'quiz', 'practice', 'walkthrough'];
const SPECS = (option('--spec')?.split(',') ?? SPEC_NAMES).map((name) => join(ROOT, 'test', 'e2e', `${name}.e2e.mjs`));
const KEEP_RUNS = 5;

const log = (msg) => process.stderr.write(`[e2e] ${msg}\n`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// Settings for the window: the defaults a newcomer has, minus what would cover the view. The
// README-first start is examples/.vscode/settings.json's, repeated here because the workbench may
// read the setting before a remote folder's settings have loaded (then it would open nothing).
const SETTINGS = {
  'workbench.startupEditor': 'readme',
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.enableExperiments': false,
  'git.enabled': false,
  'window.restoreWindows': 'none',
};

const state = { tmp: undefined, workspaceDir: undefined, server: undefined, browser: undefined };
const serverLog = [];
const consoleLog = [];
/** Set when the workbench says it started the web worker extension host (the --web run needs it). */
let webWorkerHostStarted = false;
let finishing = false;

function remember(buffer, line) {
  buffer.push(line);
  if (buffer.length > 300) buffer.shift();
}

async function cleanup() {
  if (state.browser) await withTimeout(state.browser.close().catch(() => {}), 10_000);
  state.browser = undefined;
  await state.server?.stop();
  state.server = undefined;
  killProcessesUnder(state.tmp);
  for (const dir of [state.tmp, state.workspaceDir]) if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  state.tmp = state.workspaceDir = undefined;
}

async function finish(code, reason) {
  if (finishing) return;
  finishing = true;
  clearTimeout(timer);
  if (reason) log(reason);
  if (code === 2 || code === 124 || (code === 1 && verbose)) {
    if (serverLog.length) log(`code-server output (last lines):\n${serverLog.slice(-60).join('\n')}`);
    if (consoleLog.length) log(`workbench console (last lines):\n${consoleLog.slice(-60).join('\n')}`);
  }
  await withTimeout(cleanup(), 20_000);
  process.exit(code);
}

process.on('exit', () => {
  state.server?.killNow();
  killProcessesUnder(state.tmp);
});
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(signal, () => void finish(code, `${signal}: stopping`));
}
const timer = setTimeout(() => void finish(124, `timed out after ${timeoutMs} ms (IC_E2E_TIMEOUT_MS)`), timeoutMs);

function packageExtension() {
  const res = spawnSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, encoding: 'utf8' });
  const output = `${res.stdout ?? ''}${res.stderr ?? ''}`;
  if (res.status !== 0) throw new Error(`npm run package failed (${res.status ?? res.signal}):\n${output}`);
  const packaged = /Packaged: .*/.exec(output)?.[0];
  if (packaged) log(packaged);
  for (const line of output.split('\n')) if (/WARNING/.test(line)) log(`vsce: ${line.trim()}`);
}

/** test-results/e2e/<time>/, keeping only the newest few runs. */
function screenshotsDir() {
  const parent = join(ROOT, 'test-results', 'e2e');
  mkdirSync(parent, { recursive: true });
  const runs = readdirSync(parent).filter((d) => /^\d{4}-/.test(d)).sort();
  for (const old of runs.slice(0, Math.max(0, runs.length - (KEEP_RUNS - 1)))) rmSync(join(parent, old), { recursive: true, force: true });
  return join(parent, new Date().toISOString().replace(/[:.]/g, '-'));
}

async function main() {
  const started = Date.now();
  if (!codeServerInstalled()) {
    log(`code-server is not installed in ${relative(ROOT, TEST_DEPS)}: run scripts/install-test-deps.sh (npm test does)`);
    return 2;
  }
  if (!flag('--no-package')) {
    const t = Date.now();
    packageExtension();
    log(`packaged in ${seconds(Date.now() - t)}`);
  }
  if (web) {
    // The web-only copy of what was just packaged: same files, package.json without `main`.
    const res = spawnSync(process.execPath, [join(ROOT, 'scripts', 'lib', 'vsix.mjs'), 'package', vsix, '--web'], { cwd: ROOT, encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`packaging the web-only .vsix failed:\n${res.stdout}${res.stderr}`);
  }
  if (!existsSync(vsix)) {
    log(`${relative(ROOT, vsix)} is missing: run npm run package (or drop --no-package)`);
    return 2;
  }

  // A short folder: code-server's unix sockets live under it (paths are limited to ~107 bytes).
  const cacheDir = join(ROOT, '.cache');
  mkdirSync(cacheDir, { recursive: true });
  state.tmp = mkdtempSync(join(cacheDir.length <= 60 ? cacheDir : tmpdir(), 'e2e-'));
  const profile = prepareProfile(state.tmp);
  session.profile = profile.dir;
  writeUserSettings(profile, SETTINGS);
  let t = Date.now();
  installExtension(profile, vsix);
  log(`installed ${basename(vsix)} (${Math.round(statSync(vsix).size / 1024)} KB) in ${seconds(Date.now() - t)}`);

  // The workspace a newcomer opens: a fresh copy of examples/, outside this repository.
  state.workspaceDir = mkdtempSync(join(tmpdir(), 'interview-coach-e2e-'));
  const workspace = join(state.workspaceDir, 'examples');
  cpSync(join(ROOT, 'examples'), workspace, { recursive: true });

  t = Date.now();
  state.server = await startCodeServer(profile, {
    extraArgs: ['--ignore-last-opened'],
    onLine: (line) => {
      remember(serverLog, line);
      if (verbose) log(`code-server: ${line}`);
    },
    onSpawn: (server) => {
      state.server = server;
    },
    cancelled: () => finishing,
  });
  state.server.child.once('exit', (code, signal) => {
    if (!finishing) void finish(2, `code-server exited early (${code ?? signal})`);
  });
  state.browser = await launchChromium(profile);
  state.browser.on('disconnected', () => void finish(2, 'the browser disconnected'));
  const context = await state.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('console', (msg) => {
    // The workbench logs `console.log('%c INFO', 'color: …', text)`: keep the level and the text.
    const line = `${msg.type()}: ${msg.text().replace(/^%c\s*(\w+)\s+color:\s*\S+\s*/, '$1 ')}`;
    remember(consoleLog, line);
    if (/web worker extension host is started/i.test(line)) webWorkerHostStarted = true;
    if (verbose) log(`workbench ${line}`);
  });
  page.on('pageerror', (err) => remember(consoleLog, `pageerror: ${err.message}`));
  page.on('crash', () => void finish(2, 'the workbench page crashed'));

  const shotsDir = screenshotsDir();
  const wb = new Workbench(page, { shotsDir });
  Object.assign(session, { wb, page, workspace, root: ROOT });
  await page.goto(workbenchUrl(state.server, { folder: workspace }));
  await wb.ready();
  // examples/ opens its README (rendered) first; wait for it so it cannot steal focus mid-test.
  await page.locator('.tabs-container .tab', { hasText: 'README.md' }).waitFor({ timeout: 60_000 });
  log(`VS Code ready in ${seconds(Date.now() - t)} (${state.server.base})`);

  t = Date.now();
  const mocha = new Mocha({ reporter: 'spec', timeout: 90_000, color: process.stdout.isTTY, bail: false, grep: option('--grep') });
  mocha.suite.afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      const file = await wb.screenshot(`FAILED-${this.currentTest.fullTitle().replace(/[^\w]+/g, '-').slice(0, 80)}`).catch(() => undefined);
      if (file) log(`screenshot of the failure: ${relative(ROOT, file)}`);
    }
  });
  for (const spec of SPECS) mocha.addFile(spec);
  await mocha.loadFilesAsync();
  const { failures, passes, pending } = await new Promise((resolveRun) => {
    const runner = mocha.run((failed) => resolveRun({ failures: failed, passes: runner.stats.passes, pending: runner.stats.pending }));
  });
  log(`tests: ${passes} passed, ${failures} failed, ${pending} pending, in ${seconds(Date.now() - t)}`);
  if (web && !webWorkerHostStarted) {
    log('the workbench never started its web worker extension host: the web-only package cannot have run');
    return 1;
  }
  if (web) log('ran in the web worker extension host (the package has no `main`)');
  if (passes + failures === 0) {
    log('no test ran');
    return 1;
  }
  log(`screenshots: ${relative(ROOT, shotsDir)}/`);
  if (flag('--update-docs')) {
    if (failures > 0) log('not updating docs/screenshots: a test failed');
    else updateDocs(wb.docShots);
  }
  log(`total ${seconds(Date.now() - started)}`);
  return failures > 0 ? 1 : 0;
}

/**
 * Copies the screenshots the specs marked (README and walkthrough images) into the repository,
 * re-encoded losslessly smaller: the walkthrough's as WebP (they go into the .vsix, which has a
 * size budget; needs Debian's webp package), the README's other ones as PNG.
 */
function updateDocs(shots) {
  for (const [target, file] of shots) {
    mkdirSync(dirname(join(ROOT, target)), { recursive: true });
    const png = readFileSync(file);
    writeFileSync(join(ROOT, target), target.endsWith('.webp') ? pngToWebp(png) : recompressPng(png));
    log(`updated ${target}`);
  }
}

main().then(
  (code) => finish(code),
  (err) => finish(finishing ? 1 : 2, `error: ${err?.stack ?? err}`),
);
