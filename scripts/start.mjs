#!/usr/bin/env node
// `npm start`: build and package the extension, install the .vsix into code-server (real VS Code
// 1.100.3, from scripts/install-test-deps.sh) and serve it on 127.0.0.1 with examples/ open.
// Prints the URL; Ctrl+C stops everything. All state lives in .cache/code-server-start/ (HOME and
// XDG point there too), so nothing is written to your home folder.
//
//   npm start                     serve until Ctrl+C (port: $PORT, else a free one)
//   npm start -- --check          start, check /healthz and that the extension is installed, stop
//   IC_START_NO_WAIT=1 npm start  same as --check
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  EXTENSION_ID, ROOT, installExtension, listExtensions, prepareProfile, startCodeServer, workbenchUrl, writeUserSettings,
} from './lib/codeServer.mjs';

const vsix = join(ROOT, 'dist/interview-coach.vsix');
const workspace = join(ROOT, 'examples');
const stateDir = join(ROOT, '.cache/code-server-start');
const check = process.argv.includes('--check') || process.env.IC_START_NO_WAIT === '1';

const log = (msg) => console.log(`[start] ${msg}`);

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts });
  if (res.status !== 0) {
    log(`\`${[cmd, ...args].join(' ')}\` failed (${res.status ?? res.signal})`);
    process.exit(1);
  }
  return res;
}

// ---- build, package, install ----------------------------------------------------------------
const port = process.env.PORT ? Number(process.env.PORT) : undefined; // read before the env is isolated
run('npm', ['run', 'build']);
run('npm', ['run', 'package']);
run('bash', [join(ROOT, 'scripts/install-test-deps.sh')]);

// Long folder names, as before the shared module existed: an existing profile keeps working.
const profile = prepareProfile(stateDir, { userData: 'user-data', extensions: 'extensions' });
// Your own changes to it survive a restart. examples/ asks to open its README first; code-server
// may read that before the folder's settings have loaded, so a new profile asks for it too.
writeUserSettings(profile, { 'workbench.startupEditor': 'readme' }, { keepExisting: true });

log(`installing ${vsix.slice(ROOT.length + 1)} into ${profile.dirs.extensions.slice(ROOT.length + 1)}`);
try {
  installExtension(profile, vsix, { stdio: 'inherit' });
} catch (err) {
  log(err.message);
  process.exit(1);
}

// ---- serve ----------------------------------------------------------------------------------
const logFile = join(stateDir, 'code-server.log');
let server;
let stopping;
function stop(code) {
  stopping ??= (async () => {
    await server?.stop();
    process.exit(code);
  })();
  return stopping;
}
process.on('exit', () => server?.killNow());
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    log('stopping code-server');
    void stop(0);
  });
}

try {
  await startCodeServer(profile, {
    port,
    folder: workspace,
    logFile,
    attempts: 1,
    onSpawn: (s) => {
      server = s;
      s.child.on('exit', (code, signal) => {
        if (stopping) return;
        log(`code-server exited (${code ?? signal}); its log:\n${readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n')}`);
        void stop(1);
      });
    },
    cancelled: () => Boolean(stopping),
  });
} catch {
  if (!stopping) log(`code-server did not become healthy; see ${logFile}`);
  await stop(1);
}
const url = workbenchUrl(server, { folder: workspace });

if (check) {
  const extensions = listExtensions(profile);
  const page = await fetch(url).then((r) => r.status, () => 0);
  const ok = extensions.some((e) => e.split('@')[0] === EXTENSION_ID) && page === 200;
  log(`healthz ok at ${server.base}; workbench page: HTTP ${page}; extensions: ${extensions.join(', ') || 'none'}`);
  log(ok ? 'check passed' : `check FAILED: ${EXTENSION_ID} not installed or workbench not served`);
  await stop(ok ? 0 : 1);
} else {
  log(`Interview Coach in VS Code: ${url}`);
  log(`workspace: ${workspace}; code-server log: ${logFile}`);
  log('press Ctrl+C to stop');
}
