#!/usr/bin/env node
// `npm start`: build and package the extension, install the .vsix into code-server (real VS Code
// 1.100.3, from scripts/install-test-deps.sh) and serve it on 127.0.0.1 with examples/ open.
// Prints the URL; Ctrl+C stops everything. All state lives in .cache/code-server-start/ (HOME and
// XDG point there too), so nothing is written to your home folder.
//
//   npm start                     serve until Ctrl+C (port: $PORT, else a free one)
//   npm start -- --check          start, check /healthz and that the extension is installed, stop
//   IC_START_NO_WAIT=1 npm start  same as --check
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_ID = 'interview-coach.interview-coach';
const codeServerEntry = join(root, '.cache/test-deps/node_modules/code-server/out/node/entry.js');
const vsix = join(root, 'dist/interview-coach.vsix');
const workspace = join(root, 'examples');
const state = join(root, '.cache/code-server-start');
const check = process.argv.includes('--check') || process.env.IC_START_NO_WAIT === '1';

const log = (msg) => console.log(`[start] ${msg}`);

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (res.status !== 0) {
    log(`\`${[cmd, ...args].join(' ')}\` failed (${res.status ?? res.signal})`);
    process.exit(1);
  }
  return res;
}

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

// ---- build, package, install ----------------------------------------------------------------
run('npm', ['run', 'build']);
run('npm', ['run', 'package']);
run('bash', [join(root, 'scripts/install-test-deps.sh')]);

const dirs = Object.fromEntries(
  ['home', 'config', 'data', 'cache', 'tmp', 'user-data', 'extensions'].map((d) => [d, join(state, d)]),
);
for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true, mode: 0o700 });
const configFile = join(state, 'config.yaml');
writeFileSync(configFile, 'auth: none\ncert: false\n');
const settings = join(dirs['user-data'], 'User', 'settings.json');
if (!existsSync(settings)) {
  mkdirSync(dirname(settings), { recursive: true });
  writeFileSync(
    settings,
    JSON.stringify(
      {
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'security.workspace.trust.enabled': false,
      },
      null,
      2,
    ),
  );
}

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
delete env.PORT; // code-server would read it; the port is passed explicitly below
const profile = ['--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions, '--config', configFile];

log(`installing ${vsix.slice(root.length + 1)} into ${dirs.extensions.slice(root.length + 1)}`);
run(process.execPath, [codeServerEntry, ...profile, '--force', '--install-extension', vsix], { env });

// ---- serve ----------------------------------------------------------------------------------
const port = process.env.PORT ? Number(process.env.PORT) : await freePort();
const base = `http://127.0.0.1:${port}`;
const logFile = join(state, 'code-server.log');
const out = openSync(logFile, 'w');
const server = spawn(
  process.execPath,
  [
    codeServerEntry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...profile,
    workspace,
  ],
  { cwd: root, env, detached: true, stdio: ['ignore', out, out] }, // own process group
);

function groupAlive() {
  try {
    process.kill(-server.pid, 0);
    return true;
  } catch {
    return false;
  }
}

let stopping;
function stop(code) {
  stopping ??= (async () => {
    for (const [signal, waitMs] of [['SIGTERM', 5000], ['SIGKILL', 2000]]) {
      if (!groupAlive()) break;
      try {
        process.kill(-server.pid, signal);
      } catch {
        break;
      }
      const until = Date.now() + waitMs;
      while (groupAlive() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    }
    process.exit(code);
  })();
  return stopping;
}
process.on('exit', () => {
  if (groupAlive()) process.kill(-server.pid, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    log('stopping code-server');
    void stop(0);
  });
}
server.on('exit', (code, signal) => {
  if (stopping) return;
  log(`code-server exited (${code ?? signal}); its log:\n${readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n')}`);
  void stop(1);
});

async function healthy() {
  const until = Date.now() + 60_000;
  while (Date.now() < until && !stopping) {
    try {
      const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return true;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

if (!(await healthy())) {
  log(`code-server did not become healthy; see ${logFile}`);
  await stop(1);
}
const url = `${base}/?folder=${/^[\w/.-]+$/.test(workspace) ? workspace : encodeURIComponent(workspace)}`;

if (check) {
  const listed = spawnSync(process.execPath, [codeServerEntry, ...profile, '--list-extensions', '--show-versions'], {
    env,
    encoding: 'utf8',
  });
  const extensions = (listed.stdout ?? '').split('\n').filter(Boolean);
  const page = await fetch(url).then((r) => r.status, () => 0);
  const ok = extensions.some((e) => e.split('@')[0] === EXTENSION_ID) && page === 200;
  log(`healthz ok at ${base}; workbench page: HTTP ${page}; extensions: ${extensions.join(', ') || 'none'}`);
  log(ok ? 'check passed' : `check FAILED: ${EXTENSION_ID} not installed or workbench not served`);
  await stop(ok ? 0 : 1);
} else {
  log(`Interview Coach in VS Code: ${url}`);
  log(`workspace: ${workspace}; code-server log: ${logFile}`);
  log('press Ctrl+C to stop');
}
