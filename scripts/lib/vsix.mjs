#!/usr/bin/env node
// Runs vsce on the extension without package.json's `files` field. `files` decides what npm puts
// in the CLI's tarball (`npm pack`); the .vsix is chosen by .vscodeignore instead, and vsce refuses
// a folder that has both. So vsce runs in .cache/vsix-stage/: package.json minus `files`,
// .vscodeignore, and links to everything else, followed with --follow-symlinks.
//   node scripts/lib/vsix.mjs package OUT.vsix     (after a production build)
//   node scripts/lib/vsix.mjs ls                    the files the .vsix would hold
//   node scripts/lib/vsix.mjs stage [--web]         only make the folder, print its path
// --web stages the web-only copy: package.json without `main`, so an extension host that can run
// either (code-server) runs the `browser` entry in its web worker host.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const SKIP = new Set(['package.json', '.git', '.cache', 'node_modules', 'out', '.vscode-test', 'test-results']);

export function stage({ web = false } = {}) {
  const dir = join(ROOT, '.cache', web ? 'vsix-stage-web' : 'vsix-stage');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(ROOT)) if (!SKIP.has(name)) symlinkSync(join(ROOT, name), join(dir, name));
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  delete pkg.files;
  if (web) delete pkg.main;
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  return dir;
}

function vsce(dir, args) {
  const bin = join(ROOT, 'node_modules', '.bin', 'vsce');
  // --no-dependencies: everything is bundled. Relative links in the README become links into the
  // repository (package.json's `repository`), as vsce does by default: a README screenshot or doc
  // that is not in the .vsix still shows, on the Marketplace and in the editor alike.
  const res = spawnSync(bin, [...args, '--no-dependencies', '--follow-symlinks'], { cwd: dir, stdio: 'inherit' });
  return res.status ?? 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, out] = process.argv.slice(2);
  const web = process.argv.includes('--web');
  if (command === 'stage') {
    console.log(stage({ web }));
  } else if (command === 'ls') {
    process.exitCode = vsce(stage({ web }), ['ls']);
  } else if (command === 'package' && out) {
    process.exitCode = vsce(stage({ web }), ['package', '-o', resolve(out)]);
  } else {
    console.error('usage: node scripts/lib/vsix.mjs package OUT.vsix | ls | stage [--web]');
    process.exitCode = 2;
  }
}
