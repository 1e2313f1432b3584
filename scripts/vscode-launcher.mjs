#!/usr/bin/env node
// A stand-in for the desktop `code` executable, for @vscode/test-electron's `runTests`
// (`vscodeExecutablePath`). Desktop VS Code cannot be downloaded here, so this runs the same
// extension tests in real VS Code 1.100.3 served by code-server (installed in .cache/test-deps/ by
// scripts/install-test-deps.sh) and opened in headless Debian Chromium through playwright-core.
//
// Arguments (as runTests passes them): --extensionDevelopmentPath=DIR (repeatable),
// --extensionTestsPath=FILE, and a workspace folder, .code-workspace or file. Everything else
// (--disable-extensions, --no-sandbox, --user-data-dir=..., ...) is accepted and ignored.
// Env: IC_TEST_TIMEOUT_MS (default 600000), IC_SCREENSHOT_DIR (save a PNG at the end),
// IC_USER_SETTINGS (a JSON file used as the user settings.json), IC_VERBOSE=1 (echo code-server
// and workbench logs), IC_CHROMIUM (default /usr/bin/chromium).
// Exit code: the tests' own (0 = all passed), 124 on timeout, 130/143 on SIGINT/SIGTERM, 2 when
// VS Code could not be started. Cleans up (code-server's process group, the browser, the temp
// folder) in every case.
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { format } from 'node:util';
import {
  ROOT, TEST_DEPS, codeServerInstalled, killProcessesUnder, launchChromium, prepareProfile, startCodeServer,
  withTimeout, workbenchUrl, writeUserSettings,
} from './lib/codeServer.mjs';

const timeoutMs = Number(process.env.IC_TEST_TIMEOUT_MS || 600_000);
const verbose = process.env.IC_VERBOSE === '1';

const log = (msg) => process.stderr.write(`[vscode-launcher] ${msg}\n`);

// ---- arguments ------------------------------------------------------------------------------
// Desktop flags that take their value as the next argument (when not written as --flag=value).
const FLAGS_WITH_VALUE = new Set([
  '--user-data-dir', '--extensions-dir', '--locale', '--log', '--profile', '--inspect-extensions',
  '--inspect-brk-extensions', '--enable-proposed-api', '--install-extension', '--sync',
  '--crash-reporter-directory', '--logsPath',
]);

function parseArgs(argv) {
  const out = { devPaths: [], testsPath: undefined, target: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') ? [arg.split('=')[0], arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--extensionDevelopmentPath') out.devPaths.push(resolve(value()));
    else if (flag === '--extensionTestsPath') out.testsPath = resolve(value());
    else if (arg.startsWith('-')) {
      if (inline === undefined && FLAGS_WITH_VALUE.has(flag)) i++;
    } else out.target = resolve(arg);
  }
  return out;
}

// ---- state and cleanup (idempotent, runs on every way out) ----------------------------------
const state = { tmp: undefined, server: undefined, browser: undefined, page: undefined };
let finishing = false;
const serverLog = []; // last lines of code-server's output, shown on failure
const workbenchLog = []; // browser console lines that are not the extension host's

function remember(buffer, line) {
  buffer.push(line);
  if (buffer.length > 200) buffer.shift();
}

async function cleanup() {
  if (state.page && process.env.IC_SCREENSHOT_DIR) {
    try {
      const dir = resolve(process.env.IC_SCREENSHOT_DIR);
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `vscode-${new Date().toISOString().replace(/[:.]/g, '-')}.png`);
      await withTimeout(state.page.screenshot({ path: file }), 10_000);
      log(`screenshot: ${file}`);
    } catch (err) {
      log(`screenshot failed: ${err.message}`);
    }
  }
  if (state.browser) await withTimeout(state.browser.close().catch(() => {}), 10_000);
  state.browser = undefined;
  await state.server?.stop();
  state.server = undefined;
  killProcessesUnder(state.tmp);
  removeTmp();
}

function removeTmp() {
  if (state.tmp) rmSync(state.tmp, { recursive: true, force: true, maxRetries: 3 });
  state.tmp = undefined;
}

async function finish(code, reason) {
  if (finishing) return;
  finishing = true;
  clearTimeout(timer);
  if (reason) log(reason);
  // A failing test (1) speaks for itself; anything else is the harness's trouble: show the logs.
  if (code > 1 && !verbose) {
    if (serverLog.length) log(`code-server output (last lines):\n${serverLog.join('\n')}`);
    if (workbenchLog.length) log(`workbench console (last lines):\n${workbenchLog.join('\n')}`);
  } else if (code === 1 && !verbose) log('tests failed (IC_VERBOSE=1 shows the code-server and workbench logs)');
  await withTimeout(cleanup(), 20_000);
  process.exit(code);
}

// Last resort if something exits the process directly: never leave code-server running.
process.on('exit', () => {
  state.server?.killNow();
  killProcessesUnder(state.tmp);
  removeTmp();
});
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(signal, () => void finish(code, `${signal}: stopping`));
}
const timer = setTimeout(() => void finish(124, `timed out after ${timeoutMs} ms (IC_TEST_TIMEOUT_MS)`), timeoutMs);

// Settings for a test window, on top of the shared defaults: a quiet, predictable workbench.
const TEST_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.enableExperiments': false,
  'git.enabled': false,
};

// In a test run the workbench logs the extension host's console through its log service, which
// prints `console.log('%c INFO', 'color: #33f', format, ...args)`. These are turned back into the
// plain lines (util.format), minus the workbench's own start-up chatter and the harmless gallery
// lookups (no internet), which only show with IC_VERBOSE=1 or on failure.
const LEVEL = /^%c\s*(TRACE|DEBUG|INFO|WARN|ERR)\b/;
const WORKBENCH_CHATTER = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket \(renderer-/,
  /^\[Service Worker\]/,
  /^Updating additional builtin extensions cache/,
  /^ChatSessionStore:/,
  /getaddrinfo (ENOTFOUND|EAI_AGAIN)/,
];

async function consoleLine(msg) {
  const handles = msg.args();
  const values = await Promise.all(
    handles.map((h) => h.jsonValue().catch(() => h.toString())),
  );
  if (typeof values[0] !== 'string' || !LEVEL.test(values[0])) return { host: false, text: `${msg.type()}: ${msg.text()}` };
  const text = format(...values.slice(2));
  const chatter = WORKBENCH_CHATTER.some((re) => re.test(text));
  return { host: !chatter, text };
}

// ---- main -----------------------------------------------------------------------------------
async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.devPaths.length || !args.testsPath) {
    log('usage: vscode-launcher.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [WORKSPACE]');
    return 2;
  }
  if (!codeServerInstalled()) {
    log(`code-server is not installed in ${TEST_DEPS}: run scripts/install-test-deps.sh`);
    return 2;
  }

  // Short names: unix sockets live under this folder and their paths are limited to ~107 bytes.
  const cacheDir = join(ROOT, '.cache');
  mkdirSync(cacheDir, { recursive: true });
  state.tmp = mkdtempSync(join(cacheDir.length <= 60 ? cacheDir : tmpdir(), 'run-'));
  const profile = prepareProfile(state.tmp);
  writeUserSettings(profile, TEST_SETTINGS, { mergeFile: process.env.IC_USER_SETTINGS });

  try {
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
  } catch (err) {
    if (finishing) return 2;
    log(err.message);
    return 2;
  }
  const { port } = state.server;

  state.browser = await launchChromium(profile);
  state.browser.on('disconnected', () => void finish(2, 'the browser disconnected'));
  const context = await state.browser.newContext({ viewport: { width: 1400, height: 900 } });

  let exitCode;
  const exited = new Promise((resolveExit) => {
    exitCode = resolveExit;
  });
  // The workbench calls this when the extension tests are done (desktop: it quits with the code).
  await context.exposeFunction('codeAutomationExit', (code) => exitCode(Number(code) || 0));

  const page = await context.newPage();
  state.page = page;
  let printed = Promise.resolve(); // console lines are resolved asynchronously, printed in order
  page.on('console', (msg) => {
    const line = consoleLine(msg);
    printed = printed.then(async () => {
      const { host, text } = await line;
      if (host) process.stdout.write(`${text}\n`);
      else {
        remember(workbenchLog, text);
        if (verbose) log(`workbench ${text}`);
      }
    });
  });
  page.on('pageerror', (err) => remember(workbenchLog, `pageerror: ${err.message}`));
  page.on('crash', () => void finish(2, 'the workbench page crashed'));
  state.server.child.once('exit', (code, signal) => {
    if (!finishing) void finish(2, `code-server exited early (${code ?? signal})`);
  });

  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ...args.devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]),
    ['extensionTestsPath', remote(args.testsPath)],
  ];
  const params = { payload: JSON.stringify(payload) };
  let url;
  if (!args.target) url = workbenchUrl(state.server, { params }); // empty window
  else if (statSync(args.target).isDirectory()) url = workbenchUrl(state.server, { folder: args.target, params });
  else if (args.target.endsWith('.code-workspace')) url = workbenchUrl(state.server, { workspace: args.target, params });
  else {
    log(`opening the folder of ${basename(args.target)}`); // a single file: open its folder
    url = workbenchUrl(state.server, { folder: dirname(args.target), params });
  }
  await page.goto(url);

  const code = await exited;
  await withTimeout(printed, 5000);
  return code;
}

main().then(
  (code) => finish(code),
  (err) => finish(finishing ? 1 : 2, `error: ${err?.stack ?? err}`),
);
