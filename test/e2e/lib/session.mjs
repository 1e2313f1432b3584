// What the runner (test/e2e/run.mjs) hands the specs: one VS Code window for the whole run.
// Specs read it inside their hooks and tests, after the runner has filled it in.
export const session = {
  /** @type {import('./workbench.mjs').Workbench} */
  wb: undefined,
  /** @type {import('playwright-core').Page} */
  page: undefined,
  /** Absolute path of the workspace: a fresh copy of examples/. */
  workspace: undefined,
  /** The isolated profile of code-server and the browser (user data, global storage). */
  profile: undefined,
  /** The repository root. */
  root: undefined,
};
