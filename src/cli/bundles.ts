/**
 * The CLI's code in three bundles (built by scripts/lib/cli-build.mjs): `cli-main.js` holds what
 * every run needs, and `interview-coach lint` whole while its drafts' findings are cached; the
 * lint engine, the coach and the pack loader (`cli-engine.js`) load only when a draft is linted
 * or a pack parsed; the other commands (`cli-commands.js`) only when one runs. So a pre-commit
 * hook on unchanged drafts reads and compiles a fraction of the code. In the CLI's build these
 * two `require`s become the sibling bundles (bin.ts runs each through V8's code cache); anywhere
 * else (tests, the bench's engine) they are ordinary modules of one bundle.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const engine = (): typeof import('./engineEntry') => require('./engineEntry') as typeof import('./engineEntry');

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const otherCommands = (): typeof import('./commandsEntry') => require('./commandsEntry') as typeof import('./commandsEntry');
