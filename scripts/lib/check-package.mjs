#!/usr/bin/env node
// `npm run package`, then checks the package a user will install: vsce printed no warning, and
// the .vsix holds only what the extension needs at run time (an allow-list: a stray source map,
// test file or screenshot fails the check). Prints the .vsix size and the size of each bundle.
// Exit 0 when the package is clean, 1 otherwise.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './codeServer.mjs';

// What the extension needs: its manifest and docs, its bundle (not the CLI's: npm installs that), the webview's assets, the
// bundled content pack, its icons, the walkthrough's images and the README's screenshots.
const ALLOWED = [
  /^package\.json$/,
  /^(README|CHANGELOG)\.md$/,
  /^LICENSE$/,
  /^dist\/extension\.js$/,
  /^dist\/web\/extension\.js$/,
  /^dist\/schemas\/interview-coach\.schema\.json$/,
  // The meaning tier's language model (one file for every host) and the workers that load it off the
  // host's thread: a Node worker thread on the desktop, a Web Worker on the web.
  /^dist\/language-(model|worker)\.js$/,
  /^dist\/web\/language-worker\.js$/,
  /^dist\/webview\/[\w-]+\.(js|css)$/,
  /^dist\/codicons\/codicon\.(css|ttf)$/,
  /^media\/[\w-]+\.(css|js|png|svg)$/,
  /^content\/[\w-]+\/[\w-]+\.md$/,
  /^docs\/screenshots\/[\w-]+\.png$/,
];
const REQUIRED = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/extension.js', 'dist/web/extension.js', 'dist/language-model.js', 'dist/language-worker.js', 'dist/web/language-worker.js', 'dist/schemas/interview-coach.schema.json', 'dist/webview/quiz.js', 'dist/codicons/codicon.css'];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const problems = [];

const packaged = spawnSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, encoding: 'utf8' });
const output = `${packaged.stdout ?? ''}${packaged.stderr ?? ''}`;
if (packaged.status !== 0) {
  process.stderr.write(output);
  console.error(`[check-package] npm run package failed (${packaged.status ?? packaged.signal})`);
  process.exit(1);
}
for (const line of output.split('\n')) if (/\bWARNING\b/i.test(line)) problems.push(`vsce: ${line.trim()}`);
console.log(`[check-package] ${/Packaged: .*/.exec(output)?.[0] ?? 'packaged'}`);

const listed = spawnSync('node', ['scripts/lib/vsix.mjs', 'ls'], { cwd: ROOT, encoding: 'utf8' });
if (listed.status !== 0) {
  console.error(`[check-package] vsce ls failed:\n${listed.stdout}${listed.stderr}`);
  process.exit(1);
}
const files = listed.stdout.split('\n').map((l) => l.trim()).filter(Boolean).sort();
for (const f of files) if (!ALLOWED.some((re) => re.test(f))) problems.push(`not needed at run time, yet in the .vsix: ${f}`);
for (const f of REQUIRED) if (!files.includes(f)) problems.push(`missing from the .vsix: ${f}`);

console.log(`[check-package] dist/interview-coach.vsix: ${kb(statSync(join(ROOT, 'dist/interview-coach.vsix')).size)}, ${files.length} files`);
// Bundle sizes as vsce packed them (its file tree), not as dist/ holds them now: another build may
// have rewritten dist/ since.
for (const [, name, size] of output.matchAll(/[├└]─ ([\w.-]+(?:\.js|\/)(?: \(\d+ files?\))?) \[([\d.]+ [KM]B)\]/g)) console.log(`[check-package]   ${name}: ${size}`);

if (problems.length) {
  for (const p of problems) console.error(`[check-package] ${p}`);
  process.exit(1);
}
console.log('[check-package] no vsce warnings; only run-time files in the .vsix');
