import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Pack, Severity } from '../../core/content/types';
import type { Analyzer, CompiledRule, LintOptions, RuleProblem, RuleSet } from '../../core/lint';
import { lintOptionsFrom, normalizeLintSettings, type LintSettings } from '../../core/lint/settings';
import { contentPathFrom, settingsCache, settingsFromFlag, type SettingsSource } from '../configSource';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';
import { invalidEncodingWarning, readRegularFile } from '../readText';
import { decodeText, type DecodedText } from '../../core/text/decodeText';
import type { Finding } from '../../core/lint/finding';
import { oneLine } from '../terminalText';
import { formatHuman, formatJson, formatSarif, summary, type FileFindings, type RuleInfo } from './lintFormat';
import { collectFiles, displayPath } from './draftFiles';
import { FindingsCache, findingsContext } from './lintFindingsCache';
import { preparePack } from './lintPackCache';
import { cliSentenceAnalyser } from '../sentenceCache';
import { engine } from '../bundles';

/** The engine and the coach load only when a draft is linted (see bundles.ts). */
const defaultAnalyzers = (pack: Pack | undefined): Analyzer[] => engine().cliAnalyzers(pack);

export interface LintCommandOptions {
  readonly format?: string;
  readonly config?: string;
  /** A content pack folder; overrides `interviewCoach.contentPath` of the config. */
  readonly content?: string;
  readonly strict?: boolean;
}

const FORMATS = ['human', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/**
 * Drafts up to this size get the model loaded on a thread while they are linted; a longer text
 * (thousands of sentences, each call to the thread waiting to be scheduled) loads it here.
 */
const PREFETCH_MAX_CHARS = 64 * 1024;

declare const __VERSION__: string | undefined;

/**
 * Lints the given drafts with the pack's red-flag rules (plus the settings of `--config`, or of
 * the `.interview-coach.jsonc` files above each draft) and
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
    io.err(`interview-coach lint: ${oneLine(message)}`);
  };

  // Settings: `--config FILE` for every file, else each file's `.interview-coach.jsonc` (found from
  // its folder up to the repository root). Files that share settings share a pack and rule set.
  const flag = options.config !== undefined ? settingsFromFlag(options.config, io.cwd) : undefined;
  const folderSettings = settingsCache(io.cwd);
  const settingsFor = (dir: string): SettingsSource => flag ?? folderSettings(dir);
  const reported = new Set<string>();
  // The meaning tier's sentence readings, cached per sentence (the model loads only for new ones).
  const language = cliSentenceAnalyser(__dirname);
  // Without caches every draft is read by the model: for draft-sized files it starts loading now,
  // beside the pack's loading and the phrase tier rather than after them (modelThread.ts).
  if (language && !language.caching && draftSized(positionals, io.cwd)) language.prefetch();
  // Each draft's findings, by its text and all the above (not with analyzers passed in by a caller).
  const findings = analyzers ? undefined : FindingsCache.open();
  const prepared = new Map<string, Prepared>();
  let lastRules: Prepared | undefined;
  const prepare = (source: SettingsSource): Prepared => {
    const found = prepared.get(source.key);
    if (found) return found;
    for (const p of source.problems) report(`${displayPath(io.cwd, p.file)}:${p.line}:${p.column}: ${p.message}`, displayPath(io.cwd, p.file));
    const settings = normalizeLintSettings(source.get, (message) => report(`${source.label}: ${message}`));
    const packDir = options.content !== undefined ? resolve(io.cwd, options.content) : (contentPathFrom(source) ?? bundledPackDir());
    const settingsOptions = lintOptionsFrom(settings);
    // The pack and its rules load only when a draft is linted: what is reported here comes from their summary.
    const packed = preparePack(packDir, { disabledRules: settingsOptions.disabledRules ?? [], extraPhrases: settingsOptions.extraPhrases ?? [] });
    const { summary } = packed;
    if (!summary.loaded) throw new UsageError(`the content pack in ${displayPath(io.cwd, packDir)} could not be loaded; run: interview-coach check-content ${displayPath(io.cwd, packDir)}`);
    // A pack error (a red-flags file that does not parse…) drops rules: lint with what loaded, but
    // say where and fail, so a clean result is never a pack that silently lost its rules.
    if (!reported.has(packDir)) {
      for (const p of summary.errors) report(`${displayPath(io.cwd, join(summary.root, p.file))}:${p.line}:${p.column}: error: ${p.message}`);
      if (summary.errors.length > 0) io.err(`interview-coach lint: the content pack has ${summary.errors.length} error${summary.errors.length === 1 ? '' : 's'} (run interview-coach check-content); linted with what loaded`);
    }
    reported.add(packDir);
    // A pack's own bad pattern is among the pack errors above, at its line; a setting's is reported here.
    for (const p of summary.ruleProblems) if (!p.ref) report(describeRuleProblem(p));
    let lintOptions: LintOptions | undefined;
    let rules: RuleSet | undefined;
    const result: Prepared = {
      settings,
      pack: () => packed.pack(),
      // Only the CLI's own analyzers are known to the findings cache's key.
      context: findings && !analyzers ? findingsContext(packed.key, settingsOptions, language ? language.state : 'meaning off') : undefined,
      lintOptions: () => (lintOptions ??= { ...settingsOptions, analyzers: (analyzers ?? defaultAnalyzers)(packed.pack()), ...(language ? { language } : {}) }),
      rules: () => (rules ??= packed.rules()),
    };
    prepared.set(source.key, result);
    return result;
  };

  // Files: folders contribute the drafts their own settings' drafts.include names; every `!glob`
  // leaves its matches out of what each folder, glob or file found.
  const negations = positionals.filter((arg) => arg.startsWith('!'));
  const files = positionals
    .filter((arg) => !arg.startsWith('!'))
    .flatMap((arg) => {
      const absolute = resolve(io.cwd, arg);
      const source = settingsFor(isDirectory(absolute) ? absolute : io.cwd);
      return collectFiles([arg, ...negations], io.cwd, source.workspace, prepare(source).settings.draftsInclude, report);
    });
  const results: FileFindings[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.absolute)) continue;
    seen.add(file.absolute);
    const prep = (lastRules = prepare(settingsFor(dirname(file.absolute))));
    let bytes: Uint8Array;
    try {
      bytes = readRegularFile(file.absolute);
    } catch (err) {
      report(`cannot read ${file.shown}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, file.shown);
      continue;
    }
    const warn = (read: Pick<DecodedText, 'encoding' | 'invalid'>): void => {
      const warning = invalidEncodingWarning(file.shown, read);
      if (warning) io.err(`interview-coach lint: ${oneLine(warning)}`);
    };
    // Cached findings are keyed by the file's bytes: an unchanged draft is not even decoded.
    const key = findings && prep.context !== undefined ? FindingsCache.key(prep.context, bytes) : undefined;
    const cached = key ? findings!.get(key) : undefined;
    let found: Finding[];
    if (cached) {
      warn(cached.read);
      found = cached.findings;
    } else {
      const decoded = decodeText(bytes);
      warn(decoded);
      const text = decoded.text;
      // A draft to lint, whose new sentences may need the model: for a draft-sized text it starts
      // loading now, beside the phrase tier and the coach (modelThread.ts). Not when only the
      // findings cache is off (a caller's analyzers) and sentences are cached.
      if (text.length <= PREFETCH_MAX_CHARS && (findings || !language?.caching)) language?.prefetch();
      // The rules primed for this pack and settings, so the engine does not compile them again.
      prep.rules();
      found = engine().lintDraft(text, prep.pack(), prep.lintOptions());
      // A model that failed to load left sentences unread: those findings are not kept.
      if (key && !language?.incomplete) findings!.set(key, found, decoded);
    }
    results.push({ file: file.shown, findings: found });
  }
  language?.save();
  findings?.prune();
  const last = lastRules ?? prepare(settingsFor(io.cwd));

  if (format === 'json') io.out(formatJson(results));
  else if (format === 'sarif') {
    const rules = last.rules();
    io.out(formatSarif(results, { version: typeof __VERSION__ === 'string' ? __VERSION__ : 'dev', root: io.cwd, rules: ruleInfos(rules.rules, rules.documentRules, last.lintOptions()), errors }));
  } else {
    // One write for all the lines (the same bytes): a big file has hundreds of findings.
    const lines = formatHuman(results);
    if (lines.length > 0) io.out(lines.join('\n'));
    // When nothing could be read, the errors above are the whole story; "No findings in 0 files" would read as a pass.
    if (results.length > 0 || errors.length === 0) io.err(summary(results));
  }

  if (errors.length > 0) return EXIT_USAGE;
  const failing = results.some((r) => r.findings.some((f) => options.strict || f.severity === 'error' || f.severity === 'warning'));
  return failing ? EXIT_FINDINGS : EXIT_OK;
}


interface Prepared {
  readonly settings: LintSettings;
  /** Loaded on first use: a run whose findings are all cached never parses the pack. */
  pack(): Pack;
  /** What a draft's cached findings are keyed by besides its text; undefined when they are not cached. */
  readonly context: string | undefined;
  /** Made on first use: the coach's code loads only when a draft is linted. */
  lintOptions(): LintOptions;
  rules(): RuleSet;
}

/**
 * Whether the drafts named are plain files of at most PREFETCH_MAX_CHARS bytes together (a UTF-8
 * file has at least as many bytes as characters): only then does loading the model on a thread
 * pay (see PREFETCH_MAX_CHARS). Folders and globs name files not known yet: no.
 */
function draftSized(positionals: readonly string[], cwd: string): boolean {
  let bytes = 0;
  for (const arg of positionals) {
    if (arg.startsWith('!')) continue;
    try {
      const st = statSync(resolve(cwd, arg));
      if (!st.isFile()) return false;
      bytes += st.size;
    } catch {
      return false;
    }
  }
  return bytes <= PREFETCH_MAX_CHARS;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
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
  return engine().defaultPackDir();
}


function describeRuleProblem(p: RuleProblem): string {
  const where = p.setting ? ` (${p.setting})` : '';
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
