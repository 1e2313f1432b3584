import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { analyzeDraft, type CoachOptions } from '../../core/coach/analyze';
import { isCoachRule } from '../../core/coach/rules';
import { lintText } from '../../core/lint/engine';
import { lintOptionsFrom, normalizeLintSettings, parseSettingsJson } from '../../core/lint/settings';
import { practicePrompts } from '../../core/practice/prompts';
import { formatReadinessHuman, readiness, type DraftFigures } from '../../core/practice/readiness';
import { parseRoundsDocument } from '../../core/practice/rounds';
import { buildBank } from '../../core/quiz/bank';
import { parseCardRecord } from '../../core/quiz/progress';
import { parseInterviewDate, Scheduler, type CardRecord } from '../../core/quiz/schedule';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';
import { defaultPackDir, loadPackDir } from '../packDir';
import { readRegularFile } from '../readText';
import { cliSentenceAnalyser } from '../sentenceCache';
import { collectDrafts } from './report';

export interface ReadinessOptions {
  readonly format?: string;
  readonly config?: string;
  readonly content?: string;
  readonly store?: string;
  readonly date?: string;
}

export const EXTENSION_ID = 'interview-coach.interview-coach';

/** Where VS Code keeps the extension's global storage for this user (quiz progress, practice rounds). */
export function defaultStoreDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform, home = homedir()): string {
  const user =
    platform === 'win32'
      ? join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), 'Code', 'User')
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support', 'Code', 'User')
        : join(env['XDG_CONFIG_HOME'] ?? join(home, '.config'), 'Code', 'User');
  return join(user, 'globalStorage', EXTENSION_ID);
}

/** Quiz cards of one pack from the progress file's text; read-only, a bad entry is skipped. */
export function quizCardsFrom(text: string | undefined, packId: string): Record<string, CardRecord> {
  if (!text) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  const cards = (raw as { packs?: Record<string, { cards?: Record<string, unknown> }> } | null)?.packs?.[packId]?.cards;
  const out: Record<string, CardRecord> = {};
  for (const [id, v] of Object.entries(cards && typeof cards === 'object' ? cards : {})) {
    const card = parseCardRecord(v);
    if (card) out[id] = card;
  }
  return out;
}

/** A stored file's text; undefined when it is absent or is not a regular file (a link to /dev/zero, a pipe). */
function readOptional(file: string): string | undefined {
  try {
    return existsSync(file) ? readRegularFile(file).toString('utf8') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `interview-coach readiness`: the dashboard's figures in a terminal. Reads (never writes) the
 * quiz progress and practice rounds the editor stored, and the drafts under PATHS.
 */
export function readinessCommand(positionals: readonly string[], options: ReadinessOptions, io: CliIO, now: () => Date = () => new Date()): number {
  const format = options.format ?? 'human';
  if (format !== 'human' && format !== 'json') throw new UsageError(`--format must be human or json, not "${format}"`);

  let get: (key: string) => unknown = () => undefined;
  let workspace = io.cwd;
  if (options.config !== undefined) {
    const file = resolve(io.cwd, options.config);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read --config ${options.config}: ${(err as Error).message}`);
    }
    try {
      get = parseSettingsJson(text);
    } catch (err) {
      throw new UsageError(`--config ${options.config} is not a settings JSON file: ${(err as Error).message}`);
    }
    workspace = basename(dirname(file)) === '.vscode' ? dirname(dirname(file)) : dirname(file);
  }
  const dateText = options.date ?? (typeof get('interviewCoach.interviewDate') === 'string' ? (get('interviewCoach.interviewDate') as string) : '');
  const interviewDate = parseInterviewDate(dateText);
  if (options.date !== undefined && options.date !== '' && !interviewDate) throw new UsageError(`--date must be a date like 2026-03-14, not "${options.date}"`);

  const warnings: string[] = [];
  const lint = normalizeLintSettings(get, (m) => warnings.push(`${options.config}: ${m}`));
  const coach: Partial<CoachOptions> = {};
  for (const [key, field] of [['interviewCoach.coach.wordsPerMinute', 'wordsPerMinute'], ['interviewCoach.coach.answerSeconds', 'answerSeconds'], ['interviewCoach.coach.maxStoryReuse', 'maxStoryReuse']] as const) {
    if (typeof get(key) === 'number') Object.assign(coach, { [field]: get(key) });
  }

  const loaded = loadPackDir(options.content !== undefined ? resolve(io.cwd, options.content) : defaultPackDir());
  if (!loaded.pack) {
    io.err(`interview-coach readiness: the content pack could not be loaded (${loaded.problems[0]?.message ?? 'no files'}); run interview-coach check-content for every problem`);
    return EXIT_USAGE;
  }
  const pack = loaded.pack;
  for (const w of warnings) io.err(`interview-coach readiness: ${w}`);

  const storeDir = options.store !== undefined ? resolve(io.cwd, options.store) : defaultStoreDir();
  const quizCards = quizCardsFrom(readOptional(join(storeDir, 'quiz-progress.json')), pack.manifest.id);
  const roundsText = readOptional(join(storeDir, 'practice-rounds.json'));
  const rounds = parseRoundsDocument(roundsText);
  if (rounds.unreadable) io.err(`interview-coach readiness: ${join(storeDir, 'practice-rounds.json')} ${rounds.unreadable}; practice rounds are left out`);
  const packRounds = rounds.doc.packs[pack.manifest.id];

  const { drafts, errors } = collectDrafts(positionals.length ? positionals : ['.'], io.cwd, workspace, lint.draftsInclude);
  for (const e of errors) io.err(`interview-coach readiness: ${e}`);
  // Red flags by meaning too, as `lint` finds them (the model loads only for sentences not read before).
  const language = cliSentenceAnalyser(__dirname);
  const lintOptions = { ...lintOptionsFrom(lint), ...(language ? { language } : {}) };
  const figures: DraftFigures[] = drafts.map((d) => ({
    path: d.file,
    text: d.text,
    analysis: analyzeDraft(d.text, pack, coach),
    redFlags: lintText(d.text, pack, lintOptions).filter((f) => !isCoachRule(f.ruleId) && f.severity !== 'hint'),
  }));
  language?.save();

  const scheduler = new Scheduler(now, () => interviewDate);
  const result = readiness({
    pack,
    bank: buildBank(pack),
    quizCards,
    prompts: practicePrompts(pack, coach.answerSeconds !== undefined ? { answerSeconds: coach.answerSeconds } : {}),
    rounds: Object.values(packRounds?.rounds ?? {}),
    roundCards: packRounds?.cards ?? {},
    drafts: figures,
    scheduler,
    ...(coach.maxStoryReuse !== undefined ? { maxStoryReuse: coach.maxStoryReuse } : {}),
  });
  io.out(format === 'json' ? JSON.stringify(result, null, 2) : formatReadinessHuman(result));
  // A setting it could not use (a bad drafts.include glob…) fails the run, as it does for `lint` and `report`.
  return errors.length || warnings.length ? EXIT_USAGE : EXIT_OK;
}
