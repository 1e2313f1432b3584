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
