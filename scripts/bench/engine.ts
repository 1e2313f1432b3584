// The entry `run.mjs` bundles (esbuild) so the bench calls the engine exactly as the extension does.
import type { Pack } from '../../src/core/content/types';
import { compilePhrase, parsePhrase } from '../../src/core/lint';

export { lintText, LintRun, compileRules, compileRuleSources, maskMarkdown } from '../../src/core/lint';
export { loadPackDir } from '../../src/cli/packDir';
export { createLanguageModel } from '../../src/core/language/winkModel';
export { splitSentences } from '../../src/core/language';
export { corpus, draft, narrativeStory } from './corpus';
export { analyzeDraft } from '../../src/core/coach/analyze';
export { simpleMask } from './floors';

/** Per phrase rule of the pack: its id, preferred replacement, and each phrase as one regex source (context included). */
export function phraseRegexes(pack: Pack): { id: string; expected: string; sources: string[] }[] {
  return pack.sections.flatMap((s) =>
    s.kind !== 'red-flags'
      ? []
      : s.flags
          .filter((f) => f.lint && f.lint.scope === 'phrase')
          .map((f) => ({
            id: f.id,
            expected: f.lint!.suggestions[0] ?? f.id,
            sources: f.lint!.phrases.map((p) => compilePhrase(parsePhrase(p)).full),
          })),
  );
}
export { adversarialPack, hugeFlagsFrontmatter, hugeFrontmatter, loadPack } from './pathological';
