import { dottedKeys, dottedLookup, JsoncError, parseJsoncObject } from './jsonc';

/**
 * `.interview-coach.jsonc`: the one config file the editor, the CLI and a pre-commit hook all
 * find. Its keys are the extension's settings without the `interviewCoach.` prefix, nested or
 * dotted (`{ "lint": { "disabledRules": ["stability"] } }` or `{ "lint.disabledRules": [...] }`).
 * A file applies to the folder it sits in and everything below; files in parent folders up to
 * the repository root (the folder that holds `.git`) apply too, the nearest one winning per key.
 *
 * Everything here is pure: the caller passes a reader, so the CLI reads with `fs` and the
 * extension with `vscode.workspace.fs` (on any URI scheme, in the browser too).
 */
export const CONFIG_FILE_NAME = '.interview-coach.jsonc';

export const SETTINGS_PREFIX = 'interviewCoach.';

/**
 * The settings a config file may set (without the prefix). `interviewDate` is left out: it is
 * about the person, not the repository (an application-wide setting), and no CLI command uses it.
 * A unit test keeps this list equal to package.json's settings.
 */
export const CONFIG_FILE_KEYS: readonly string[] = [
  'contentPath',
  'drafts.include',
  'drafts.folder',
  'lint.enabled',
  'lint.disabledRules',
  'lint.severity',
  'lint.extraPhrases',
  'coach.enabled',
  'coach.wordsPerMinute',
  'coach.answerSeconds',
  'coach.maxStoryReuse',
  'coach.codeLens',
  'practice.outlineSeconds',
];
const KNOWN = new Set(CONFIG_FILE_KEYS);

/** What a folder walk needs of the file system. Paths are `/`-separated. */
export interface ConfigReader {
  /** The text of a file, or undefined when there is none (or it cannot be read). */
  readFile(path: string): string | undefined;
  /** True when `dir` is a repository root (holds `.git`): the walk stops there. */
  isRepositoryRoot(dir: string): boolean;
}

export interface ConfigProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** One config file read and parsed. */
export interface ConfigFile {
  readonly path: string;
  /** The folder it sits in: relative paths in it (contentPath, drafts.include) are relative to this. */
  readonly dir: string;
  /** A setting by its full name (`interviewCoach.lint.enabled`) or short name (`lint.enabled`). */
  get(key: string): unknown;
}

/** The config files that apply to one folder, nearest first, and what was wrong with any of them. */
export interface ResolvedConfig {
  readonly files: readonly ConfigFile[];
  readonly problems: readonly ConfigProblem[];
  /** A setting from the nearest file that sets it (full or short name), or undefined. */
  get(key: string): unknown;
  /** The file that sets `key`, for resolving its relative paths. */
  fileFor(key: string): ConfigFile | undefined;
}

/** Parses one config file. A file that does not parse yields a problem and no settings. */
export function parseConfigFile(path: string, text: string): { file?: ConfigFile; problems: ConfigProblem[] } {
  let root: Record<string, unknown>;
  try {
    root = parseJsoncObject(text);
  } catch (err) {
    const e = err as JsoncError;
    return { problems: [{ file: path, line: e.line ?? 1, column: e.column ?? 1, message: `not valid JSONC: ${e.message}` }] };
  }
  const problems: ConfigProblem[] = [];
  for (const key of dottedKeys(root, KNOWN)) {
    // "$schema" points an editor at the schema; it is no setting.
    if (!KNOWN.has(key) && key !== '$schema') {
      const hint = key.startsWith(SETTINGS_PREFIX) ? ` (write it without "${SETTINGS_PREFIX}")` : key === 'interviewDate' ? ' (the interview date is a VS Code setting only)' : '';
      const at = locate(text, key);
      problems.push({ file: path, line: at.line, column: at.column, message: `unknown setting "${key}"${hint}; ignored` });
    }
  }
  const lookup = dottedLookup(root);
  const dir = dirnamePosix(path);
  return { file: { path, dir, get: (key) => (KNOWN.has(shortKey(key)) ? lookup(shortKey(key)) : undefined) }, problems };
}

/**
 * The config that applies to files in `dir`: every `.interview-coach.jsonc` from `dir` up to the
 * repository root (or `stopDir`, or the file system root), nearest first.
 */
export function resolveConfig(dir: string, reader: ConfigReader, stopDir?: string): ResolvedConfig {
  const files: ConfigFile[] = [];
  const problems: ConfigProblem[] = [];
  for (let current = trimSlash(dir); ; ) {
    const path = current.endsWith('/') ? `${current}${CONFIG_FILE_NAME}` : `${current}/${CONFIG_FILE_NAME}`;
    const text = reader.readFile(path);
    if (text !== undefined) {
      const parsed = parseConfigFile(path, text);
      if (parsed.file) files.push(parsed.file);
      problems.push(...parsed.problems);
    }
    if (reader.isRepositoryRoot(current) || (stopDir !== undefined && current === trimSlash(stopDir))) break;
    const parent = dirnamePosix(current);
    if (parent === current) break;
    current = parent;
  }
  return combine(files, problems);
}

/** The files, nearest first, as one lookup. */
export function combine(files: readonly ConfigFile[], problems: readonly ConfigProblem[] = []): ResolvedConfig {
  const fileFor = (key: string) => files.find((f) => f.get(key) !== undefined);
  return { files, problems, fileFor, get: (key) => fileFor(key)?.get(key) };
}

/** `interviewCoach.lint.enabled` → `lint.enabled`. */
export function shortKey(key: string): string {
  return key.startsWith(SETTINGS_PREFIX) ? key.slice(SETTINGS_PREFIX.length) : key;
}

/** A setting from the config file when it sets it, else from the editor (or nothing). */
export function overlay(config: Pick<ResolvedConfig, 'get'> | undefined, fallback: (key: string) => unknown): (key: string) => unknown {
  if (!config) return fallback;
  return (key) => {
    const fromFile = config.get(key);
    return fromFile !== undefined ? fromFile : fallback(key);
  };
}

function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') && !/^[A-Za-z]:\/$/.test(path) ? path.slice(0, -1) : path;
}

export function dirnamePosix(path: string): string {
  const p = trimSlash(path);
  const i = p.lastIndexOf('/');
  if (i < 0) return p;
  if (i === 0) return '/';
  // `C:/x` → `C:/`
  if (i === 2 && /^[A-Za-z]:/.test(p)) return p.slice(0, 3);
  return p.slice(0, i);
}

/** Where a key is written (its full dotted name, else its last part, quoted), for messages. */
function locate(text: string, key: string): { line: number; column: number } {
  let offset = text.indexOf(JSON.stringify(key));
  if (offset < 0) offset = text.indexOf(JSON.stringify(key.split('.').pop()!));
  if (offset < 0) return { line: 1, column: 1 };
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
