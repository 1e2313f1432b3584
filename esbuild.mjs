// One build script, one shared base config, one context per target.
// Usage: node esbuild.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeCodicons } from './scripts/lib/codicons-build.mjs';
import { configFileSchema } from './scripts/lib/config-schema.mjs';
import { checkBrowserBundle, grayMatterForBrowser, grayMatterWithoutEngines, jsYamlWithoutDumper } from './scripts/lib/browser-bundle.mjs';
import { LANGUAGE_MODEL_GLOBAL, languageModelOptions } from './scripts/lib/language-model-build.mjs';
import { cliEntryPoints, cliSiblings, prebuiltPack } from './scripts/lib/cli-build.mjs';

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
  // jsonc-parser's `main` is a UMD build whose require() calls esbuild cannot follow; its ES build bundles.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js', entities: 'entities/lib/decode.js' },
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
  // The extension, once, for both extension hosts: `browser` in package.json (vscode.dev, github.dev,
  // the web worker host) and, through the small `main` below, the desktop's Node host.
  {
    ...base,
    entryPoints: { extension: 'src/extension/activate.ts' },
    outdir: 'dist/web',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    plugins: [grayMatterForBrowser],
    // A metafile marks a target the build checks for Node built-ins (below).
    metafile: true,
  },
  // `main`: requires dist/web/extension.js and hands it Node's home folder (src/extension/node.ts).
  {
    ...base,
    entryPoints: { extension: 'src/extension/node.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    external: ['vscode', './web/extension.js'],
  },
  // The CLI: `cli.js` is the small executable that runs `cli-main.js` through V8's code cache, and
  // the lint engine's and the other commands' bundles when a run needs them (src/cli/bundles.ts).
  { ...base, entryPoints: { cli: 'src/cli/bin.ts' }, outdir: 'dist', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { ...base, entryPoints: cliEntryPoints, outdir: 'dist', platform: 'node', format: 'cjs', plugins: [grayMatterWithoutEngines, jsYamlWithoutDumper, cliSiblings, await prebuiltPack('.')] },
  // The language model (wink-nlp + its English model, ~4 MB) in a file of its own: the CLI and the
  // extension's workers load it only when a sentence needs reading. One file for every host (a
  // browser script that sets a global and, under `require`, exports it): scripts/lib/language-model-build.mjs.
  { ...base, ...languageModelOptions, entryPoints: { 'language-model': 'src/core/language/winkModel.ts' }, outdir: 'dist', metafile: true },
  // The desktop's worker thread (Node) that requires the model.
  { ...base, entryPoints: { 'language-worker': 'src/extension/lint/languageWorker.ts' }, outdir: 'dist', platform: 'node', format: 'cjs', external: ['./language-model.js'] },
  // The web worker host's nested Web Worker: the extension host runs it after the model, in one script.
  {
    ...base,
    entryPoints: { 'language-worker': 'src/extension/lint/webLanguageWorker.ts' },
    outdir: 'dist/web',
    platform: 'browser',
    format: 'iife',
    define: { ...base.define, __LANGUAGE_MODEL_GLOBAL__: JSON.stringify(LANGUAGE_MODEL_GLOBAL) },
    metafile: true,
  },
  {
    ...base,
    // The quiz webview: a browser bundle of the shared protocol and its own UI, nothing else.
    entryPoints: { quiz: 'src/webview/quiz/main.ts', readiness: 'src/webview/readiness/main.ts', practiceLinks: 'src/webview/practice/links.ts' },
    outdir: 'dist/webview',
    platform: 'browser',
    format: 'iife',
  },
];

// The JSON schema of .interview-coach.jsonc, from package.json's settings (see package.json's jsonValidation).
mkdirSync('dist/schemas', { recursive: true });
writeFileSync('dist/schemas/interview-coach.schema.json', `${JSON.stringify(configFileSchema(pkg), null, 1)}\n`);
// The content pack's frontmatter schema, from the loader's own validators (for pack authors' tools;
// VS Code has no way to attach a schema to markdown frontmatter, so nothing contributes it).
{
  const built = await esbuild.build({ entryPoints: ['src/core/content/frontmatterSchema.ts'], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'error' });
  const { packFrontmatterSchema } = await import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString('base64')}`);
  writeFileSync('dist/schemas/pack-frontmatter.schema.json', `${JSON.stringify(packFrontmatterSchema(), null, 1)}\n`);
}

// The codicon font and its stylesheet, for webviews (localResourceRoots includes dist/), with only
// the icons they show (HarfBuzz takes a few hundred ms: it runs while esbuild bundles).
const codicons = writeCodicons('dist/codicons');

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
    plugins: [grayMatterWithoutEngines, jsYamlWithoutDumper],
  });
}

const contexts = await Promise.all(targets.map((t) => esbuild.context(t)));
if (watch) {
  await codicons;
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  const [results] = await Promise.all([Promise.all(contexts.map((c) => c.rebuild())), codicons]);
  await Promise.all(contexts.map((c) => c.dispose()));
  // Every target with a metafile runs in a browser: the extension, the language model and its web worker.
  const problems = [];
  for (const result of results) {
    for (const file of Object.keys(result.metafile?.outputs ?? {}).filter((f) => f.endsWith('.js'))) problems.push(...checkBrowserBundle(file, result.metafile));
  }
  if (problems.length) {
    for (const p of problems) console.error(`✘ [browser bundle] ${p}`);
    process.exit(1);
  }
}
