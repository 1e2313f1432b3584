import { resolve } from 'node:path';
import { analyzeDraft, type CoachOptions } from '../../core/coach/analyze';
import { analyzeCoverage } from '../../core/coach/coverage';
import { isCoachRule } from '../../core/coach/rules';
import type { Pack } from '../../core/content/types';
import { cliSentenceAnalyser } from '../sentenceCache';
import { lintText, type LintOptions } from '../../core/lint/engine';
import { lintOptionsFrom, normalizeLintSettings, type LintSettings } from '../../core/lint/settings';
import { contentPathFrom, settingsForFolder, settingsFromFlag } from '../configSource';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';
import { defaultPackDir, loadPackDir } from '../packDir';
import { invalidEncodingWarning, readText } from '../readText';
import { oneLine } from '../terminalText';
import { collectFiles, displayPath } from './draftFiles';
import { formatReportHuman, formatReportJson, type ReportEntry } from './reportFormat';


export interface ReportOptions {
  readonly format?: string;
  readonly config?: string;
  readonly content?: string;
  readonly wpm?: string;
}

/** A draft found on disk: its path as shown and its text. */
export interface DraftFile {
  readonly file: string;
  readonly text: string;
}

/** The drafts under PATHS, found exactly as `interview-coach lint` finds them, with their text. */
export function collectDrafts(
  paths: readonly string[],
  cwd: string,
  workspace = cwd,
  include: readonly string[] = [],
): { drafts: DraftFile[]; errors: string[]; warnings: string[] } {
  const drafts: DraftFile[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const file of collectFiles(paths, cwd, workspace, include, (message) => errors.push(message))) {
    try {
      const decoded = readText(file.absolute);
      const warning = invalidEncodingWarning(file.shown, decoded);
      if (warning) warnings.push(warning);
      drafts.push({ file: file.shown, text: decoded.text });
    } catch (err) {
      errors.push(`cannot read ${file.shown}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }
  return { drafts, errors, warnings };
}

/** The coach's report over drafts: one table each, then coverage across them all. */
export function buildReport(
  drafts: readonly DraftFile[],
  pack: Pack,
  options: Partial<CoachOptions>,
  lintOptions: LintOptions = {},
): { entries: ReportEntry[]; coverage: ReturnType<typeof analyzeCoverage> } {
  const analysed = drafts.map((d) => ({ path: d.file, text: d.text, analysis: analyzeDraft(d.text, pack, options) }));
  const coverage = analyzeCoverage(analysed, pack, options);
  const entries = analysed.map((d) => {
    const lint = lintText(d.text, pack, lintOptions).filter((f) => !isCoachRule(f.ruleId));
    // The coach's findings through the same suppression comments and settings as lint's.
    const coach = [...d.analysis.findings, ...(coverage.findings.get(d.path) ?? [])];
    const hints = lintText(d.text, undefined, { disabledRules: lintOptions.disabledRules ?? [], severity: lintOptions.severity ?? {}, analyzers: [() => coach] });
    return { file: d.path, analysis: d.analysis, redFlags: lint.filter((f) => f.severity !== 'hint'), lintHints: lint.filter((f) => f.severity === 'hint'), hints };
  });
  return { entries, coverage };
}

export function report(positionals: readonly string[], options: ReportOptions, io: CliIO): number {
  const format = options.format ?? 'human';
  if (format !== 'human' && format !== 'json') throw new UsageError(`--format must be human or json, not "${format}"`);

  // Settings: `--config FILE`, else the `.interview-coach.jsonc` files from the working folder up
  // to the repository root (one set for the whole report: coverage is across every draft).
  const source = options.config !== undefined ? settingsFromFlag(options.config, io.cwd) : settingsForFolder(io.cwd, io.cwd);
  const get = source.get;
  const workspace = source.workspace;
  const warnings: string[] = source.problems.map((p) => `${displayPath(io.cwd, p.file)}:${p.line}:${p.column}: ${p.message}`);
  const lint: LintSettings = normalizeLintSettings(get, (m) => warnings.push(`${source.label}: ${m}`));
  const coach: Partial<CoachOptions> = {};
  const number = (key: string) => (typeof get(key) === 'number' ? (get(key) as number) : undefined);
  const wpmSetting = number('interviewCoach.coach.wordsPerMinute');
  const answerSeconds = number('interviewCoach.coach.answerSeconds');
  const maxStoryReuse = number('interviewCoach.coach.maxStoryReuse');
  if (wpmSetting !== undefined) Object.assign(coach, { wordsPerMinute: wpmSetting });
  if (answerSeconds !== undefined) Object.assign(coach, { answerSeconds });
  if (maxStoryReuse !== undefined) Object.assign(coach, { maxStoryReuse });
  if (options.wpm !== undefined) {
    const wpm = Number(options.wpm);
    if (!Number.isInteger(wpm) || wpm < 60 || wpm > 300) throw new UsageError(`--wpm must be a whole number from 60 to 300, not "${options.wpm}"`);
    Object.assign(coach, { wordsPerMinute: wpm });
  }

  const packDir = options.content !== undefined ? resolve(io.cwd, options.content) : (contentPathFrom(source) ?? defaultPackDir());
  const loaded = loadPackDir(packDir);
  if (!loaded.pack) {
    io.err(`interview-coach report: the content pack could not be loaded (${loaded.problems[0]?.message ?? 'no files'}); run interview-coach check-content for every problem`);
    return EXIT_USAGE;
  }
  for (const w of warnings) io.err(`interview-coach report: ${oneLine(w)}`);
  const { drafts, errors, warnings: readWarnings } = collectDrafts(positionals.length ? positionals : ['.'], io.cwd, workspace, lint.draftsInclude);
  for (const e of [...errors, ...readWarnings]) io.err(`interview-coach report: ${oneLine(e)}`);
  // Red flags by meaning too, as `lint` finds them (the model loads only for sentences not read before).
  const language = cliSentenceAnalyser(__dirname);
  const { entries, coverage } = buildReport(drafts, loaded.pack, coach, { ...lintOptionsFrom(lint), ...(language ? { language } : {}) });
  language?.save();
  if (format === 'json') io.out(formatReportJson(entries, coverage));
  else if (entries.length === 0) io.err('interview-coach report: no answer drafts found (a draft matches interviewCoach.drafts.include or has `interview: true` in its frontmatter)');
  else io.out(formatReportHuman(entries, coverage));
  // A setting it could not use (a bad drafts.include glob…) fails the run as it does for `lint`.
  return errors.length || warnings.length ? EXIT_USAGE : EXIT_OK;
}
