import { readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { Pack, Severity } from '../../core/content/types';
import {
  LintRun,
  type Analyzer,
  type CompiledRule,
  type LintOptions,
  type RuleProblem,
} from '../../core/lint';
import { lintOptionsFrom, normalizeLintSettings, parseSettingsJson, SETTING, type LintSettings } from '../../core/lint/settings';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';
import { cliAnalyzers } from './lintAnalyzers';
import { formatHuman, formatJson, formatSarif, summary, type FileFindings, type RuleInfo } from './lintFormat';
import { collectFiles, displayPath } from './draftFiles';
import { loadPackCached, rulesCached } from './lintPackCache';



export interface LintCommandOptions {
  readonly format?: string;
  readonly config?: string;
  /** A content pack folder; overrides `interviewCoach.contentPath` of the config. */
  readonly content?: string;
  readonly strict?: boolean;
}

const FORMATS = ['human', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

declare const __VERSION__: string | undefined;

/**
 * Lints the given drafts with the pack's red-flag rules (plus the settings of `--config`) and
 * prints the findings. Exit 0 when clean (hints and infos do not count unless `--strict`), 1 when
 * a finding is a warning or an error, 2 on a usage error or when a file cannot be read (the
 * others are still linted and printed).
 */
export function lint(positionals: readonly string[], options: LintCommandOptions, io: CliIO, analyzers?: (pack: Pack | undefined) => Analyzer[]): number {
  const format = (options.format ?? 'human') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format "${options.format}": expected ${FORMATS.join(', ')}`);
  if (positionals.length === 0) throw new UsageError('name the drafts to lint: files, folders or globs (e.g. "answers/**/*.md")');

  const errors: { message: string; file?: string }[] = [];
  const report = (message: string, file?: string): void => {
    errors.push({ message, ...(file ? { file } : {}) });
    io.err(`interview-coach lint: ${message}`);
  };

  // Settings: the same keys as VS Code's settings.json.
  let settings: LintSettings = normalizeLintSettings(() => undefined);
  let workspace = io.cwd;
  let contentPath: string | undefined;
  if (options.config !== undefined) {
    const configFile = resolve(io.cwd, options.config);
    let text: string;
    try {
      text = readFileSync(configFile, 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read --config ${options.config}: ${(err as Error).message}`);
    }
    let get: (key: string) => unknown;
    try {
      get = parseSettingsJson(text);
    } catch (err) {
      throw new UsageError(`--config ${options.config} is not a settings JSON file: ${(err as Error).message}`);
    }
    // A workspace's .vscode/settings.json resolves paths against the workspace folder.
    workspace = basename(dirname(configFile)) === '.vscode' ? dirname(dirname(configFile)) : dirname(configFile);
    settings = normalizeLintSettings(get, (message) => report(`${options.config}: ${message}`));
    const cp = get(SETTING.contentPath);
    if (typeof cp === 'string' && cp.trim() !== '') contentPath = resolveContentPath(cp.trim(), workspace);
  }

  // The pack and its rules.
  if (options.content !== undefined) contentPath = resolve(io.cwd, options.content);
  const packDir = contentPath ?? bundledPackDir();
  const cached = loadPackCached(packDir);
  const loaded = cached.result;
  const pack = loaded.pack;
  if (!pack) throw new UsageError(`the content pack in ${displayPath(io.cwd, packDir)} could not be loaded; run: interview-coach check-content ${displayPath(io.cwd, packDir)}`);
  // A pack error (a red-flags file that does not parse…) drops rules: lint with what loaded, but
  // say where and fail, so a clean result is never a pack that silently lost its rules.
  const packErrors = loaded.problems.filter((p) => p.severity === 'error');
  for (const p of packErrors) report(`${displayPath(io.cwd, join(pack.root, p.file))}:${p.line}:${p.column}: error: ${p.message}`);
  if (packErrors.length > 0) io.err(`interview-coach lint: the content pack has ${packErrors.length} error${packErrors.length === 1 ? '' : 's'} (run interview-coach check-content); linted with what loaded`);
  const lintOptions: LintOptions = { ...lintOptionsFrom(settings), analyzers: (analyzers ?? cliAnalyzers)(pack) };
  const rules = rulesCached(cached, { disabledRules: lintOptions.disabledRules ?? [], extraPhrases: lintOptions.extraPhrases ?? [] });
  for (const p of rules.problems) report(describeRuleProblem(p, io.cwd, pack));

  // Files.
  const files = collectFiles(positionals, io.cwd, workspace, settings.draftsInclude, report);
  const results: FileFindings[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file.absolute, 'utf8');
    } catch (err) {
      report(`cannot read ${file.shown}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, file.shown);
      continue;
    }
    const run = new LintRun(text, pack, lintOptions);
    run.step();
    results.push({ file: file.shown, findings: run.findings });
  }

  if (format === 'json') io.out(formatJson(results));
  else if (format === 'sarif') io.out(formatSarif(results, { version: typeof __VERSION__ === 'string' ? __VERSION__ : 'dev', root: io.cwd, rules: ruleInfos(rules.rules, rules.documentRules, lintOptions), errors }));
  else {
    for (const line of formatHuman(results)) io.out(line);
    // When nothing could be read, the errors above are the whole story; "No findings in 0 files" would read as a pass.
    if (results.length > 0 || errors.length === 0) io.err(summary(results));
  }

  if (errors.length > 0) return EXIT_USAGE;
  const failing = results.some((r) => r.findings.some((f) => options.strict || f.severity === 'error' || f.severity === 'warning'));
  return failing ? EXIT_FINDINGS : EXIT_OK;
}



/** Where the bundled pack is (same places packDir.ts looks), without loading the YAML parser. */
function bundledPackDir(): string {
  // dist/cli.js → ../content; in development the bundle may sit deeper (out/test/…).
  for (let up = 1, dir = __dirname; up <= 6; up++, dir = dirname(dir)) {
    const contentDir = join(dir, '..', 'content');
    let packs: string[];
    try {
      packs = readdirSync(contentDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();
    } catch {
      continue;
    }
    if (packs.length > 0) return join(contentDir, packs[0]!);
  }
  // The loader's own lookup, and its error when there is no pack.
  return (require('../packDir') as typeof import('../packDir')).defaultPackDir();
}


function resolveContentPath(value: string, workspace: string): string {
  let path = value.replace(/\$\{workspaceFolder\}/g, workspace);
  if (path === '~' || path.startsWith('~/')) path = homedir() + path.slice(1);
  return resolve(workspace, path);
}

function describeRuleProblem(p: RuleProblem, cwd: string, pack: Pack): string {
  const where = p.ref ? ` (${displayPath(cwd, resolve(pack.root, p.ref.file))}:${p.ref.line})` : p.setting ? ` (${p.setting})` : '';
  return `rule "${p.ruleId}" skipped: pattern ${JSON.stringify(p.pattern)}: ${p.message}${where}`;
}

function ruleInfos(rules: readonly CompiledRule[], documentRules: readonly CompiledRule[], options: LintOptions): RuleInfo[] {
  const overrides = options.severity ?? {};
  return [...rules, ...documentRules].map((r) => {
    const o = overrides[r.id];
    const severity: Severity = o && o !== 'off' ? o : r.severity;
    return {
      id: r.id,
      message: r.message,
      ...(r.reason ? { reason: r.reason } : {}),
      ...(r.advice ? { advice: r.advice } : {}),
      suggestions: r.suggestions,
      severity,
    };
  });
}
