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
import { spawn } from 'node:child_process';
import {
  copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const prefix = join(root, '.cache', 'test-deps');
const codeServerEntry = join(prefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const timeoutMs = Number(process.env.IC_TEST_TIMEOUT_MS || 600_000);
const verbose = process.env.IC_VERBOSE === '1';
const chromiumPath = process.env.IC_CHROMIUM || '/usr/bin/chromium';

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

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopServer() {
  const child = state.server;
  if (!child?.pid) return;
  const pid = child.pid;
  for (const [signal, waitMs] of [['SIGTERM', 5000], ['SIGKILL', 2000]]) {
    if (!groupAlive(pid)) break;
    try {
      process.kill(-pid, signal);
    } catch {
      break;
    }
    const until = Date.now() + waitMs;
    while (groupAlive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  }
  state.server = undefined;
}

function withTimeout(promise, ms) {
  return Promise.race([promise, new Promise((r) => setTimeout(r, ms).unref())]);
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
  await stopServer();
  killLeftovers();
  removeTmp();
}

/** Anything still running with our unique temp folder on its command line (e.g. Chromium's
 *  crashpad handlers, which leave the browser's process group) is ours: end it. */
function killLeftovers() {
  if (!state.tmp) return;
  let pids = [];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d) && Number(d) !== process.pid);
  } catch {
    return;
  }
  for (const pid of pids) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`${state.tmp}/`)) process.kill(Number(pid), 'SIGKILL');
    } catch {}
  }
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
  if (state.server?.pid && groupAlive(state.server.pid)) {
    try {
      process.kill(-state.server.pid, 'SIGKILL');
    } catch {}
  }
  killLeftovers();
  removeTmp();
});
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(signal, () => void finish(code, `${signal}: stopping`));
}
const timer = setTimeout(() => void finish(124, `timed out after ${timeoutMs} ms (IC_TEST_TIMEOUT_MS)`), timeoutMs);

// ---- helpers --------------------------------------------------------------------------------
function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

async function waitHealthy(base, child) {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    try {
      const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return true;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

const DEFAULT_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.startupEditor': 'none',
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
};

function writeUserSettings(userDataDir) {
  const dir = join(userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  const target = join(dir, 'settings.json');
  const custom = process.env.IC_USER_SETTINGS;
  if (!custom) return writeFileSync(target, JSON.stringify(DEFAULT_SETTINGS, null, 2));
  try {
    // Plain JSON: our defaults, overridden by the given file.
    const given = JSON.parse(readFileSync(custom, 'utf8'));
    writeFileSync(target, JSON.stringify({ ...DEFAULT_SETTINGS, ...given }, null, 2));
  } catch {
    copyFileSync(custom, target); // JSON with comments: used as it is
  }
}

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
  if (!existsSync(codeServerEntry)) {
    log(`code-server is not installed in ${prefix}: run scripts/install-test-deps.sh`);
    return 2;
  }
  const require = createRequire(join(prefix, 'package.json'));
  const { chromium } = require('playwright-core');

  // Short names: unix sockets live under this folder and their paths are limited to ~107 bytes.
  const cacheDir = join(root, '.cache');
  mkdirSync(cacheDir, { recursive: true });
  state.tmp = mkdtempSync(join(cacheDir.length <= 60 ? cacheDir : tmpdir(), 'run-'));
  const dirs = Object.fromEntries(
    ['home', 'config', 'data', 'cache', 'tmp', 'ud', 'ext'].map((d) => [d, join(state.tmp, d)]),
  );
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true, mode: 0o700 });
  writeUserSettings(dirs.ud);
  const configFile = join(state.tmp, 'config.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');

  // Environment shared by code-server and Chromium: nothing lands in the real $HOME.
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
  Object.assign(env, {
    HOME: dirs.home,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    XDG_CACHE_HOME: dirs.cache,
    XDG_STATE_HOME: join(dirs.data, 'state'),
    XDG_RUNTIME_DIR: dirs.tmp,
    TMPDIR: dirs.tmp,
  });

  let port;
  let base;
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const child = spawn(
      process.execPath,
      [
        codeServerEntry,
        '--bind-addr', `127.0.0.1:${port}`,
        '--auth', 'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--ignore-last-opened',
        '--user-data-dir', dirs.ud,
        '--extensions-dir', dirs.ext,
        '--config', configFile,
      ],
      { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    state.server = child;
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        for (const line of chunk.split('\n')) {
          if (!line.trim()) continue;
          remember(serverLog, line);
          if (verbose) log(`code-server: ${line}`);
        }
      });
    }
    if (await waitHealthy(base, child)) break;
    await stopServer();
    if (finishing) return 2;
    if (attempt === 3) {
      log('code-server did not become healthy');
      return 2;
    }
    log(`code-server did not start on port ${port}, retrying`);
  }

  process.env.TMPDIR = dirs.tmp; // playwright puts the browser profile in os.tmpdir()
  state.browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    env,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-default-apps',
      '--disable-sync',
      '--disable-breakpad',
      '--disable-crash-reporter', // no crashpad handler outliving the browser
      '--disable-domain-reliability',
      '--no-first-run',
      '--no-default-browser-check',
      '--password-store=basic',
    ],
  });
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
  state.server.once('exit', (code, signal) => {
    if (!finishing) void finish(2, `code-server exited early (${code ?? signal})`);
  });

  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ...args.devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]),
    ['extensionTestsPath', remote(args.testsPath)],
  ];
  const query = new URLSearchParams();
  if (args.target) {
    const isDir = statSync(args.target).isDirectory();
    if (isDir) query.set('folder', args.target);
    else if (args.target.endsWith('.code-workspace')) query.set('workspace', args.target);
    else {
      query.set('folder', dirname(args.target)); // a single file: open its folder
      log(`opening the folder of ${basename(args.target)}`);
    }
  } else query.set('ew', 'true'); // empty window
  query.set('payload', JSON.stringify(payload));
  await page.goto(`${base}/?${query}`);

  const code = await exited;
  await withTimeout(printed, 5000);
  return code;
}

main().then(
  (code) => finish(code),
  (err) => finish(finishing ? 1 : 2, `error: ${err?.stack ?? err}`),
);
