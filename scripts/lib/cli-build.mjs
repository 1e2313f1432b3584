// How the CLI's bundles are built, shared by esbuild.mjs and the bench (which must measure the
// CLI as shipped). `cli.js` (src/cli/bin.ts) is the executable; it runs `cli-main.js` through V8's
// code cache, and the two sibling bundles that src/cli/bundles.ts requires, on demand.

/** Entry points of the CLI's bundles, by output name. */
export const cliEntryPoints = {
  'cli-main': 'src/cli/main.ts',
  'cli-engine': 'src/cli/engineEntry.ts',
  'cli-commands': 'src/cli/commandsEntry.ts',
};

/** Turns src/cli/bundles.ts's two `require`s into the sibling bundles (each then holds its own code). */
export const cliSiblings = {
  name: 'cli-siblings',
  setup(build) {
    build.onResolve({ filter: /^\.\/(engineEntry|commandsEntry)$/ }, (args) =>
      args.importer.replace(/\\/g, '/').endsWith('src/cli/bundles.ts') ? { path: args.path === './engineEntry' ? './cli-engine.js' : './cli-commands.js', external: true } : undefined,
    );
  },
};

/**
 * Embeds the bundled pack (the first folder in content/, as the CLI picks it), loaded and its
 * rules compiled, in `cli-engine.js`: src/cli/prebuiltPack.ts says when it is used.
 */
export async function prebuiltPack(root) {
  const { build } = await import('esbuild');
  const { readdirSync, statSync, writeFileSync, rmSync, mkdtempSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { createRequire } = await import('node:module');
  const content = join(root, 'content');
  const name = readdirSync(content).filter((d) => statSync(join(content, d)).isDirectory()).sort()[0];
  const entry = `export { prebuildPack } from './src/cli/prebuiltPack'; export { loadPackDir } from './src/cli/packDir';`;
  const built = await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, write: false, format: 'cjs', platform: 'node', target: 'es2022', logLevel: 'error', alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' } });
  const dir = mkdtempSync(join(tmpdir(), 'interview-coach-prebuilt-'));
  try {
    writeFileSync(join(dir, 'prebuild.cjs'), built.outputFiles[0].text);
    const { prebuildPack, loadPackDir } = createRequire(join(dir, 'x.cjs'))('./prebuild.cjs');
    const data = JSON.stringify(prebuildPack(join(content, name), loadPackDir));
    return {
      name: 'prebuilt-pack',
      setup(b) {
        b.onResolve({ filter: /^\.\/prebuiltPackData$/ }, (args) => (args.importer.replace(/\\/g, '/').endsWith('src/cli/engineEntry.ts') ? { path: 'prebuiltPackData', namespace: 'prebuilt-pack' } : undefined));
        // Parsed on first use only: a run that finds its pack in the cache never reads it.
        b.onLoad({ filter: /.*/, namespace: 'prebuilt-pack' }, () => ({ contents: `let d; exports.prebuiltPackData = () => (d ??= JSON.parse(${JSON.stringify(data)}));`, loader: 'js' }));
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
