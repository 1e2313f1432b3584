/** `cli-engine.js` (see bundles.ts): what `interview-coach lint` needs only when it lints a draft or parses a pack. */
import type { Pack } from '../core/content/types';
import { LintRun, type LintOptions } from '../core/lint/engine';
import type { Finding } from '../core/lint/finding';

export { compileRuleSources, primeRules } from '../core/lint/rules';
export { cliAnalyzers } from './commands/lintAnalyzers';
export { defaultPackDir, loadPackDir } from './packDir';

/** One draft's findings: phrase rules, the analyzers in `options` (the coach) and the meaning tier. */
export function lintDraft(text: string, pack: Pack, options: LintOptions): Finding[] {
  const run = new LintRun(text, pack, options);
  run.step();
  return run.findings;
}
