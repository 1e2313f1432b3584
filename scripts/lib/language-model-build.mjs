// How dist/language-model.js is built, shared by esbuild.mjs and the bench (which must measure the
// file as shipped). One file for every host, so the .vsix and the npm tarball carry the model once:
// a browser script (no Node built-ins) that sets the global LANGUAGE_MODEL_GLOBAL, for the web
// worker that runs it as a classic script, and that exports the same object when `require`d, for
// the CLI and the desktop's worker thread.

/** The global the language model's script sets where it is not `require`d (the web worker). */
export const LANGUAGE_MODEL_GLOBAL = 'InterviewCoachLanguageModel';

/** esbuild options for the model's script (add the base options, entry point and output). */
export const languageModelOptions = {
  platform: 'browser',
  format: 'iife',
  globalName: LANGUAGE_MODEL_GLOBAL,
  footer: { js: `if (typeof module === "object" && module.exports) module.exports = ${LANGUAGE_MODEL_GLOBAL};` },
};
