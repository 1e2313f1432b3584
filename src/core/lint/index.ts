/**
 * The red-flag lint engine: pure TypeScript, no `vscode`, no file system. The editor, the CLI,
 * the coach and the tests all call `lintText` (or `LintRun` to work in steps) and read `Finding`s.
 */
export type { Finding } from './finding';
export { lintText, LintRun, DEFAULT_DOCUMENT_MIN_WORDS, type LintOptions, type Analyzer, type AnalyzerContext, type AnalyzerFinding, type AnalyzerScan } from './engine';
export {
  compileRules,
  compileRuleSources,
  instantiateRules,
  primeRules,
  USER_PHRASE_RULE,
  type ExtraPhrase,
  type RuleProblem,
  type RuleSet,
  type RuleSetOptions,
  type RuleSources,
  type CompiledRule,
} from './rules';
export { applyFixes, preferredFixes, adaptCase } from './fix';
export { maskMarkdown, MarkdownMasker, HARD, SOFT, type Directive, type MaskWindow } from './mask';
export { declaresInterviewDraft } from './draft';
export { compileGlob, compileGlobs, GlobError, type GlobSet, type GlobProblem } from './glob';
export { parsePhrase, compilePhrase, wordForms, PatternError, type ParsedPhrase } from './pattern';
export { meaningAnalyzer, findMeanings, mayMean, MeaningScan, MEANING_MAX_CHARS, type SentenceAnalyser, type SentenceVerdict, type VerdictStore } from './meaning';
export { compileMeaningRules, type MeaningRule, type MeaningRuleSet } from './meaningRules';
