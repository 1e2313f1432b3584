// Real VS Code in the browser, for everything in this repo that needs it: the integration-test
// launcher (scripts/vscode-launcher.mjs), `npm start` (scripts/start.mjs) and the UI end-to-end
// tests (test/e2e/run.mjs). One place knows how to give code-server 4.100.3 (installed into
// .cache/test-deps/ by scripts/install-test-deps.sh) a profile of its own, start it on a free
// port, wait until it answers, stop its whole process group, and open Debian's Chromium on it
// through playwright-core. Facts behind each choice: docs/real-vscode.md.
//
// Nothing here writes to the real $HOME: HOME and the XDG folders point into the profile folder,
// and code-server gets its own --config, --user-data-dir and --extensions-dir there.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, closeSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const TEST_DEPS = join(ROOT, '.cache', 'test-deps');
export const CODE_SERVER_ENTRY = join(TEST_DEPS, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.IC_CHROMIUM || '/usr/bin/chromium';
export const EXTENSION_ID = 'interview-coach.interview-coach';

/** User settings every profile starts from: no telemetry, no update checks, no trust prompt. */
export const BASE_SETTINGS = Object.freeze({
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
});

export function codeServerInstalled() {
  return existsSync(CODE_SERVER_ENTRY);
}

/** A package from the test-deps prefix (playwright-core), never from the project's node_modules. */
export function requireTestDep(name) {
  return createRequire(join(TEST_DEPS, 'package.json'))(name);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Resolves with the promise's value, or with undefined after `ms` (the timer never holds the process). */
export function withTimeout(promise, ms) {
  return Promise.race([promise, new Promise((r) => setTimeout(r, ms).unref())]);
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

/**
 * Creates (or reuses) a profile under `dir`: the folders code-server and the browser write to,
 * code-server's config file, and the environment that points HOME/XDG/TMPDIR at them.
 * `names` renames folders (start.mjs keeps its long names so an existing profile is reused);
 * the defaults are short because unix sockets under `tmp` must fit in ~107 bytes.
 */
export function prepareProfile(dir, names = {}) {
  const layout = { home: 'home', config: 'config', data: 'data', cache: 'cache', tmp: 'tmp', userData: 'ud', extensions: 'ext', ...names };
  const dirs = Object.fromEntries(Object.entries(layout).map(([key, name]) => [key, join(dir, name)]));
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true, mode: 0o700 });
  const configFile = join(dir, 'config.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');
  return { dir, dirs, configFile, env: isolatedEnv(dirs) };
}

/** The environment shared by code-server and Chromium: nothing lands in the real $HOME. */
export function isolatedEnv(dirs, base = process.env) {
  const env = { ...base };
  for (const key of Object.keys(env)) if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
  delete env.PORT; // code-server would read it; the port is always passed explicitly
  Object.assign(env, {
    HOME: dirs.home,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    XDG_CACHE_HOME: dirs.cache,
    XDG_STATE_HOME: join(dirs.data, 'state'),
    XDG_RUNTIME_DIR: dirs.tmp,
    TMPDIR: dirs.tmp,
  });
  return env;
}

/** The arguments that make code-server use this profile. */
export function profileArgs(profile) {
  return ['--user-data-dir', profile.dirs.userData, '--extensions-dir', profile.dirs.extensions, '--config', profile.configFile];
}

/**
 * Writes the profile's User/settings.json: BASE_SETTINGS, then `settings`, then (if given) the
 * plain-JSON file `mergeFile` (a file that is not plain JSON, e.g. with comments, is used as it
 * is). With `keepExisting`, an existing settings.json is left alone (the user may have changed it).
 */
export function writeUserSettings(profile, settings = {}, { mergeFile, keepExisting = false } = {}) {
  const target = join(profile.dirs.userData, 'User', 'settings.json');
  if (keepExisting && existsSync(target)) return target;
  mkdirSync(dirname(target), { recursive: true });
  const merged = { ...BASE_SETTINGS, ...settings };
  if (mergeFile) {
    try {
      Object.assign(merged, JSON.parse(readFileSync(mergeFile, 'utf8')));
    } catch {
      copyFileSync(mergeFile, target);
      return target;
    }
  }
  writeFileSync(target, JSON.stringify(merged, null, 2));
  return target;
}

function codeServerCli(profile, args, opts = {}) {
  return spawnSync(process.execPath, [CODE_SERVER_ENTRY, ...profileArgs(profile), ...args], {
    env: profile.env,
    cwd: ROOT,
    encoding: 'utf8',
    ...opts,
  });
}

/** `code-server --install-extension VSIX` into the profile; throws with its output on failure. */
export function installExtension(profile, vsix, { force = true, stdio = 'pipe' } = {}) {
  const res = codeServerCli(profile, [...(force ? ['--force'] : []), '--install-extension', vsix], { stdio });
  if (res.status !== 0) {
    throw new Error(`installing ${vsix} failed (${res.status ?? res.signal})${res.stdout || res.stderr ? `:\n${res.stdout ?? ''}${res.stderr ?? ''}` : ''}`);
  }
  return res;
}

/** `id@version` of every extension installed in the profile. */
export function listExtensions(profile) {
  const res = codeServerCli(profile, ['--list-extensions', '--show-versions']);
  return (res.stdout ?? '').split('\n').filter(Boolean);
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM the process group, then SIGKILL whatever is left; resolves when it is gone. */
async function stopGroup(pid) {
  for (const [signal, waitMs] of [['SIGTERM', 5000], ['SIGKILL', 2000]]) {
    if (!groupAlive(pid)) return;
    try {
      process.kill(-pid, signal);
    } catch {
      return;
    }
    const until = Date.now() + waitMs;
    while (groupAlive(pid) && Date.now() < until) await sleep(50);
  }
}

async function waitHealthy(base, child, timeoutMs, cancelled) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && !cancelled()) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    try {
      const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return true;
    } catch {}
    await sleep(100);
  }
  return false;
}

/**
 * Starts code-server on 127.0.0.1 in its own process group and resolves once /healthz answers.
 *  - port: fixed port (one attempt); otherwise a free one, retried up to `attempts` times
 *    (another process may take a free port between the check and code-server's bind).
 *  - folder: the workspace opened by default; extraArgs: more code-server flags.
 *  - logFile: code-server's output goes there; else onLine(line) gets each non-empty line.
 *  - cancelled(): polled while waiting, to give up early (e.g. on Ctrl+C).
 *  - onSpawn(server): called at once with each started server, before it is healthy, so a
 *    caller's exit handler can stop it even while we are still waiting.
 * Resolves with { port, base, child, stop(), killNow(), alive() }; rejects if it never answers.
 */
export async function startCodeServer(profile, opts = {}) {
  const { port: fixedPort, folder, extraArgs = [], logFile, onLine, onSpawn, attempts = 3, healthTimeoutMs = 60_000, cancelled = () => false } = opts;
  const tries = fixedPort ? 1 : attempts;
  for (let attempt = 1; attempt <= tries; attempt++) {
    const port = fixedPort ?? (await freePort());
    const base = `http://127.0.0.1:${port}`;
    const out = logFile ? openSync(logFile, 'w') : 'pipe';
    const child = spawn(
      process.execPath,
      [
        CODE_SERVER_ENTRY,
        '--bind-addr', `127.0.0.1:${port}`,
        '--auth', 'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        ...extraArgs,
        ...profileArgs(profile),
        ...(folder ? [folder] : []),
      ],
      { cwd: ROOT, env: profile.env, detached: true, stdio: ['ignore', out, out] }, // own process group
    );
    if (typeof out === 'number') closeSync(out);
    if (!logFile) {
      for (const stream of [child.stdout, child.stderr]) {
        stream.setEncoding('utf8');
        stream.on('data', (chunk) => {
          for (const line of chunk.split('\n')) if (line.trim()) onLine?.(line);
        });
      }
    }
    const server = {
      port,
      base,
      child,
      alive: () => groupAlive(child.pid),
      stop: () => stopGroup(child.pid),
      /** Synchronous last resort for process.on('exit'). */
      killNow: () => {
        if (groupAlive(child.pid)) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {}
        }
      },
    };
    onSpawn?.(server);
    if (await waitHealthy(base, child, healthTimeoutMs, cancelled)) return server;
    await server.stop();
    if (cancelled()) throw new Error('cancelled while starting code-server');
    if (attempt < tries) process.stderr.write(`[code-server] did not start on port ${port}, retrying\n`);
  }
  throw new Error('code-server did not become healthy');
}

/** The workbench URL for a folder, with optional extra query parameters (e.g. payload). */
export function workbenchUrl(server, { folder, workspace, params = {} } = {}) {
  const query = new URLSearchParams();
  if (folder) query.set('folder', folder);
  else if (workspace) query.set('workspace', workspace);
  else query.set('ew', 'true'); // empty window
  for (const [k, v] of Object.entries(params)) query.set(k, v);
  // Keep a plain path readable (it is printed for people to open).
  return `${server.base}/?${query.toString().replace(/%2F/g, '/')}`;
}

/** Headless Debian Chromium through playwright-core, with the profile's environment. */
export async function launchChromium(profile, { headless = true, extraArgs = [] } = {}) {
  const { chromium } = requireTestDep('playwright-core');
  process.env.TMPDIR = profile.dirs.tmp; // playwright puts the browser profile in os.tmpdir()
  return chromium.launch({
    executablePath: CHROMIUM,
    headless,
    env: profile.env,
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
      ...extraArgs,
    ],
  });
}

/**
 * Kills every process (but this one) whose command line mentions `dir/` — e.g. Chromium's
 * crashpad handlers, which leave the browser's process group. Only for a unique temp folder.
 */
export function killProcessesUnder(dir) {
  if (!dir) return;
  let pids = [];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d) && Number(d) !== process.pid);
  } catch {
    return;
  }
  for (const pid of pids) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`${dir}/`)) process.kill(Number(pid), 'SIGKILL');
    } catch {}
  }
}
