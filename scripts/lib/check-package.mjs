#!/usr/bin/env node
// `npm run package`, then checks the package a user will install: vsce printed no warning; the
// .vsix holds only what the extension needs at run time (an allow-list: a stray source map, test
// file or README-only screenshot fails the check), each media file and image named by the manifest
// or the code that loads it, no file twice (same content under two names), and everything but the
// language model within the size budget. Prints the .vsix size and what takes the room in it.
// Exit 0 when the package is clean, 1 otherwise.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './codeServer.mjs';
import { zipEntries } from './zip.mjs';

// Issue 13's budget: the .vsix under 700 KB, apart from the language model (wink-nlp's English
// model, about 1 MB compressed), counted as its compressed entry.
const BUDGET = 700 * 1024;
const MODEL_ENTRY = 'extension/dist/language-model.js';

// What the extension needs: its manifest and docs, its bundle (not the CLI's: npm installs that), the webview's assets, the
// bundled content pack, its icons and the walkthrough's images (which the README shows too; its
// other screenshots are linked from the repository).
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
  /^docs\/screenshots\/[\w-]+\.(png|webp)$/,
];
const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
const walkthroughImages = JSON.parse(manifest).contributes.walkthroughs.flatMap((w) => w.steps.map((s) => s.media?.image)).filter(Boolean);
const REQUIRED = [...walkthroughImages, 'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/extension.js', 'dist/web/extension.js', 'dist/language-model.js', 'dist/language-worker.js', 'dist/web/language-worker.js', 'dist/schemas/interview-coach.schema.json', 'dist/webview/quiz.js', 'dist/codicons/codicon.css'];

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
// Used: a file of media/ or docs/ is named by package.json (icons, walkthrough) or by the code that
// loads it into a webview.
const code = [manifest, ...sources(join(ROOT, 'src')).map((f) => readFileSync(f, 'utf8'))].join('\n');
for (const f of files) if (/^(media|docs)\//.test(f) && !code.includes(f)) problems.push(`named by neither package.json nor src/, yet in the .vsix: ${f}`);

const vsix = join(ROOT, 'dist/interview-coach.vsix');
const total = statSync(vsix).size;
const entries = zipEntries(readFileSync(vsix));
// No duplicates: the same bytes under two names (as the walkthrough's images once were).
const byHash = new Map();
for (const e of entries) {
  if (e.size === 0) continue;
  const hash = createHash('sha256').update(e.data()).digest('hex');
  const twin = byHash.get(hash);
  if (twin) problems.push(`the same file twice in the .vsix: ${twin} and ${e.name}`);
  else byHash.set(hash, e.name);
}
const model = entries.find((e) => e.name === MODEL_ENTRY)?.compressedSize ?? 0;
const rest = total - model;
console.log(`[check-package] dist/interview-coach.vsix: ${kb(total)}, ${files.length} files; without the language model (${kb(model)}): ${kb(rest)} of ${kb(BUDGET)}`);
if (rest >= BUDGET) problems.push(`the .vsix without the language model is ${kb(rest)}, over the ${kb(BUDGET)} budget`);
// Where the room goes, as stored (compressed) in the .vsix; a source map or a second copy of a
// library shows up here before it shows in the budget.
const big = entries.filter((e) => e.compressedSize >= 10 * 1024).sort((a, b) => b.compressedSize - a.compressedSize);
for (const e of big) console.log(`[check-package]   ${e.name.replace(/^extension\//, '')}: ${kb(e.compressedSize)} (${kb(e.size)} unpacked)`);
const small = entries.filter((e) => !big.includes(e));
console.log(`[check-package]   ${small.length} other files: ${kb(small.reduce((n, e) => n + e.compressedSize, 0))}; zip headers: ${kb(total - entries.reduce((n, e) => n + e.compressedSize, 0))}`);

if (problems.length) {
  for (const p of problems) console.error(`[check-package] ${p}`);
  process.exit(1);
}
console.log('[check-package] no vsce warnings; only run-time files in the .vsix, each used, none twice, within budget');

/** Every file under `dir`. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(join(dir, d.name)) : [join(dir, d.name)]));
}
