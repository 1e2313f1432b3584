/** `cli-engine.js` (see bundles.ts): what `interview-coach lint` needs only when it lints a draft or parses a pack. */
import type { LoadResult, Pack } from '../core/content/types';
import { LintRun, type LintOptions } from '../core/lint/engine';
import type { Finding } from '../core/lint/finding';
import * as rules from '../core/lint/rules';
import { prebuiltPackFor, prebuiltRulesFor } from './prebuiltPack';
import { prebuiltPackData } from './prebuiltPackData';

export { primeRules } from '../core/lint/rules';
export { cliAnalyzers } from './commands/lintAnalyzers';

/**
 * The pack loader (the YAML and frontmatter parsers: ~10 ms to initialise), required only for a
 * pack that is neither the embedded one nor in the cache.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const packDir = (): typeof import('./packDir') => require('./packDir') as typeof import('./packDir');

/** The bundled pack's folder, as the pack loader finds it. */
export function defaultPackDir(): string {
  return packDir().defaultPackDir();
}

/** One draft's findings: phrase rules, the analyzers in `options` (the coach) and the meaning tier. */
export function lintDraft(text: string, pack: Pack, options: LintOptions): Finding[] {
  const run = new LintRun(text, pack, options);
  run.step();
  return run.findings;
}

/** A pack folder loaded: the bundled pack as the build embedded it when the folder holds just that (prebuiltPack.ts). */
export function loadPackDir(dir: string): LoadResult {
  return prebuiltPackFor(dir, prebuiltPackData()) ?? packDir().loadPackDir(dir);
}

/** A pack's rules compiled: the embedded ones for the embedded pack without rule settings. */
export function compileRuleSources(pack: Pack | undefined, options: rules.RuleSetOptions = {}): rules.RuleSources {
  return prebuiltRulesFor(pack, options, prebuiltPackData()) ?? rules.compileRuleSources(pack, options);
}
