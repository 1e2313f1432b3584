// What makes the extension's bundle run in a browser's web worker (vscode.dev, github.dev), and
// the build's check that it does.
import { builtinModules, createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

/**
 * gray-matter's default engines: js-yaml 3 for YAML, and for `---js` / `---coffee` frontmatter an
 * `eval` of the file's text, which would run a hostile pack's code. src/core/content/frontmatter.ts
 * passes the only engine a pack needs (YAML) and refuses every other language, so every bundle gets
 * an empty engines module: no eval, and no second js-yaml beside the one frontmatter.ts uses.
 */
export const grayMatterWithoutEngines = {
  name: 'gray-matter-without-engines',
  setup(build) {
    build.onLoad({ filter: /[\\/]gray-matter[\\/]lib[\\/]engines\.js$/ }, () => ({
      contents: '// The engines are passed by src/core/content/frontmatter.ts.\nmodule.exports = {};\n',
      loader: 'js',
    }));
  },
};

/**
 * js-yaml's loader without its dumper: frontmatter.ts only reads YAML. Its CommonJS entry
 * (index.js, the package's `require` export) is bundled, so the dumper module can be left out.
 */
export const jsYamlWithoutDumper = {
  name: 'js-yaml-without-dumper',
  setup(build) {
    const entry = createRequire(import.meta.url).resolve('js-yaml');
    build.onResolve({ filter: /^js-yaml$/ }, () => ({ path: entry }));
    build.onLoad({ filter: /[\\/]js-yaml[\\/]lib[\\/]dumper\.js$/ }, () => ({
      contents: "module.exports.dump = () => { throw new Error('js-yaml dump is not bundled'); };\n",
      loader: 'js',
    }));
  },
};

/**
 * In the browser build, gray-matter also pulls in `fs` (for `matter.read`, unused) and Node's
 * `Buffer` (to keep the original text as bytes): `fs` is an empty module and the bytes are a
 * Uint8Array.
 */
export const grayMatterForBrowser = {
  name: 'gray-matter-for-browser',
  setup(build) {
    grayMatterWithoutEngines.setup(build);
    jsYamlWithoutDumper.setup(build);
    build.onResolve({ filter: /^fs$/ }, (args) => (/[\\/]gray-matter[\\/]/.test(args.importer) ? { path: 'fs', namespace: 'empty-fs' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'empty-fs' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
    build.onLoad({ filter: /[\\/]gray-matter[\\/]lib[\\/]utils\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const patched = source.replace('Buffer.from(input)', 'new TextEncoder().encode(input)');
      if (patched === source) throw new Error('gray-matter/lib/utils.js changed: Buffer.from(input) not found');
      return { contents: patched, loader: 'js' };
    });
  },
};

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/**
 * Problems that would stop the bundle in a web worker: a Node built-in among its inputs (from
 * esbuild's metafile) or a `require("<built-in>")` left in the output, or gray-matter's own
 * engines (js-yaml 3 and an eval) bundled after all.
 */
export function checkBrowserBundle(file, metafile) {
  const problems = [];
  for (const [input, info] of Object.entries(metafile?.inputs ?? {})) {
    for (const imp of info.imports ?? []) if (NODE_BUILTINS.has(imp.path) || imp.external && NODE_BUILTINS.has(imp.path)) problems.push(`${input} imports the Node built-in "${imp.path}"`);
    if (/gray-matter[\\/]node_modules[\\/]js-yaml[\\/]/.test(input)) problems.push(`${input}: gray-matter's own js-yaml is bundled (its engines module should be empty)`);
  }
  const text = readFileSync(file, 'utf8');
  // Node-only globals the web worker lacks (a lint that yields with setImmediate dies there), unless
  // behind a typeof check.
  for (const name of ['setImmediate', 'clearImmediate', '__dirname', '__filename']) {
    for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) {
      // Guarded: `typeof X` just before, or earlier in the same expression (`typeof X === "function" ? X(…)`).
      if (!text.slice(Math.max(0, m.index - 80), m.index + name.length).includes(`typeof ${name}`)) problems.push(`${file} uses the Node-only global ${name} (line ${text.slice(0, m.index).split('\n').length}); use src/extension/platform/host.ts`);
    }
  }
  for (const m of text.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
    if (NODE_BUILTINS.has(m[1])) problems.push(`${file} requires the Node built-in "${m[1]}"`);
  }
  return problems;
}
