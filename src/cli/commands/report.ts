import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { analyzeDraft, type CoachOptions } from '../../core/coach/analyze';
import { analyzeCoverage } from '../../core/coach/coverage';
import { isCoachRule } from '../../core/coach/rules';
import type { Pack } from '../../core/content/types';
import { declaresInterviewDraft } from '../../core/lint/draft';
import { lintText } from '../../core/lint/engine';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';
import { defaultPackDir, loadPackDir } from '../packDir';
import { formatReportHuman, formatReportJson, type ReportEntry } from './reportFormat';

export const reportUsage = 'interview-coach report [--format human|json] [--content DIR] [--wpm N] [PATHS...]';

export interface ReportOptions {
  readonly format?: string;
  readonly content?: string;
  readonly wpm?: string;
}

/** A draft found on disk: its path as shown and its text. */
export interface DraftFile {
  readonly file: string;
  readonly text: string;
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist', '.cache', '.vscode-test']);

/**
 * Markdown drafts under PATHS: a file named on the command line is a draft whatever it holds; in a
 * folder, a markdown file is a draft when its frontmatter says `interview: true`.
 */
export function collectDrafts(paths: readonly string[], cwd: string): { drafts: DraftFile[]; errors: string[] } {
  const drafts: DraftFile[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (abs: string, text: string) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    drafts.push({ file: relative(cwd, abs) || abs, text });
  };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      const stat = statSync(abs);
      if (stat.isDirectory()) {
        if (!SKIP_DIRS.has(name)) walk(abs);
      } else if (/\.(?:md|markdown)$/i.test(name)) {
        const text = readFileSync(abs, 'utf8');
        if (declaresInterviewDraft(text)) add(abs, text);
      }
    }
  };
  for (const path of paths) {
    const abs = resolve(cwd, path);
    try {
      if (statSync(abs).isDirectory()) walk(abs);
      else add(abs, readFileSync(abs, 'utf8'));
    } catch (err) {
      errors.push(`${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (err as Error).message}`);
    }
  }
  return { drafts, errors };
}

/** The coach's report over drafts: one table each, then coverage across them all. */
export function buildReport(drafts: readonly DraftFile[], pack: Pack, options: Partial<CoachOptions>): { entries: ReportEntry[]; coverage: ReturnType<typeof analyzeCoverage> } {
  const analysed = drafts.map((d) => ({ path: d.file, text: d.text, analysis: analyzeDraft(d.text, pack, options) }));
  const coverage = analyzeCoverage(analysed, pack, options);
  const entries = analysed.map((d) => {
    const redFlags = lintText(d.text, pack).filter((f) => !isCoachRule(f.ruleId));
    const hints = [...d.analysis.findings, ...(coverage.findings.get(d.path) ?? [])].sort((a, b) => a.start - b.start);
    return { file: d.path, analysis: d.analysis, redFlags, hints };
  });
  return { entries, coverage };
}

export function report(positionals: readonly string[], options: ReportOptions, io: CliIO): number {
  const format = options.format ?? 'human';
  if (format !== 'human' && format !== 'json') throw new UsageError(`--format must be human or json, not "${format}"`);
  let wordsPerMinute: number | undefined;
  if (options.wpm !== undefined) {
    wordsPerMinute = Number(options.wpm);
    if (!Number.isInteger(wordsPerMinute) || wordsPerMinute < 60 || wordsPerMinute > 300) throw new UsageError(`--wpm must be a whole number from 60 to 300, not "${options.wpm}"`);
  }
  const loaded = loadPackDir(options.content ?? defaultPackDir());
  if (!loaded.pack) {
    io.err(`interview-coach report: the content pack could not be loaded (${loaded.problems[0]?.message ?? 'no files'}); run interview-coach check-content for every problem`);
    return EXIT_USAGE;
  }
  const { drafts, errors } = collectDrafts(positionals.length ? positionals : ['.'], io.cwd);
  for (const e of errors) io.err(`interview-coach report: ${e}`);
  const { entries, coverage } = buildReport(drafts, loaded.pack, wordsPerMinute ? { wordsPerMinute } : {});
  if (format === 'json') io.out(formatReportJson(entries, coverage));
  else if (entries.length === 0) io.err('interview-coach report: no answer drafts found (a draft is a markdown file with `interview: true` in its frontmatter)');
  else io.out(formatReportHuman(entries, coverage));
  return errors.length ? EXIT_USAGE : EXIT_OK;
}
