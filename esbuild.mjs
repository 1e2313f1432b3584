// One build script, one shared base config, one context per target.
// Usage: node esbuild.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {esbuild.BuildOptions} */
const base = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: 'none',
  logLevel: 'info',
  target: 'es2022',
  define: { __VERSION__: JSON.stringify(pkg.version) },
};

/** Every test file, compiled one-to-one under out/ so mocha (plain Node or the VS Code host) can load it. */
function testEntryPoints(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...testEntryPoints(path));
    else if (/\.ts$/.test(name) && !name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

const targets = [
  {
    ...base,
    entryPoints: { extension: 'src/extension/activate.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
  },
  // The CLI: `cli.js` is the small executable that runs `cli-main.js` through V8's code cache.
  { ...base, entryPoints: { cli: 'src/cli/bin.ts' }, outdir: 'dist', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { ...base, entryPoints: { 'cli-main': 'src/cli/main.ts' }, outdir: 'dist', platform: 'node', format: 'cjs' },
  // The language model (wink-nlp + its English model, ~4 MB) in a file of its own: the CLI and the
  // extension's worker load it only when a sentence needs reading.
  { ...base, entryPoints: { 'language-model': 'src/core/language/winkModel.ts' }, outdir: 'dist', platform: 'node', format: 'cjs' },
  { ...base, entryPoints: { 'language-worker': 'src/extension/lint/languageWorker.ts' }, outdir: 'dist', platform: 'node', format: 'cjs', external: ['./language-model.js'] },
  {
    ...base,
    // The quiz webview: a browser bundle of the shared protocol and its own UI, nothing else.
    entryPoints: { quiz: 'src/webview/quiz/main.ts' },
    outdir: 'dist/webview',
    platform: 'browser',
    format: 'iife',
  },
];

// The codicon font and its stylesheet, for webviews (localResourceRoots includes dist/).
mkdirSync('dist/codicons', { recursive: true });
for (const file of ['codicon.css', 'codicon.ttf']) copyFileSync(join('node_modules/@vscode/codicons/dist', file), join('dist/codicons', file));

if (!production) {
  // Tests are bundled per file (so each spec sees its own copy of the code under test) for speed
  // and so that mocha runs plain JavaScript; `vscode` stays external for the integration suite.
  targets.push({
    ...base,
    sourcemap: 'inline',
    entryPoints: testEntryPoints('test').filter((f) => !f.includes('fixtures')),
    outdir: 'out/test',
    outbase: 'test',
    platform: 'node',
    format: 'cjs',
    external: ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron', 'fast-check'],
  });
}

const contexts = await Promise.all(targets.map((t) => esbuild.context(t)));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
