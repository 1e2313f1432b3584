import { existsSync, readFileSync } from 'node:fs';
import { readRegularFile } from './readText';
import { homedir } from 'node:os';
import { basename, dirname, resolve, sep } from 'node:path';
import { resolveConfig, shortKey, type ConfigReader, type ConfigProblem } from '../core/config/configFile';
import { parseSettingsJson, SETTING } from '../core/lint/settings';
import { UsageError } from './io';

/** Where a command's settings come from: a lookup of full setting names, and the folder relative paths in them start from. */
export interface SettingsSource {
  readonly get: (key: string) => unknown;
  /** Folder that relative settings (drafts.include, contentPath) are relative to. */
  readonly workspace: string;
  /** Folder that a relative contentPath starts from: the file that set it. */
  readonly contentBase: string;
  /** Shown in messages: the file(s) the settings came from. */
  readonly label: string;
  /** Identifies the settings, so files that share them are linted together. */
  readonly key: string;
  readonly problems: readonly ConfigProblem[];
}

const toPosix = (path: string) => path.split(sep).join('/');
const fromPosix = (path: string) => path.split('/').join(sep);

/** The file system as the config walk sees it. */
export const nodeConfigReader: ConfigReader = {
  readFile(path) {
    try {
      // Only a regular file: a settings.json linked to /dev/zero would be read for ever.
      return readRegularFile(fromPosix(path)).toString('utf8');
    } catch {
      return undefined;
    }
  },
  isRepositoryRoot: (dir) => existsSync(resolve(fromPosix(dir), '.git')),
};

/**
 * `--config FILE`: a VS Code settings.json (`interviewCoach.*` keys; a `.vscode/settings.json`
 * resolves paths against its workspace) or a `.interview-coach.jsonc` (short keys). Both spellings
 * are read from either.
 */
export function settingsFromFlag(config: string, cwd: string): SettingsSource {
  const file = resolve(cwd, config);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read --config ${config}: ${(err as Error).message}`);
  }
  let lookup: (key: string) => unknown;
  try {
    lookup = parseSettingsJson(text);
  } catch (err) {
    throw new UsageError(`--config ${config} is not a settings JSON file: ${(err as Error).message}`);
  }
  const get = (key: string) => {
    const full = lookup(key);
    return full !== undefined ? full : lookup(shortKey(key));
  };
  const workspace = basename(dirname(file)) === '.vscode' ? dirname(dirname(file)) : dirname(file);
  return { get, workspace, contentBase: workspace, label: config, key: `flag:${file}`, problems: [] };
}

/**
 * The `.interview-coach.jsonc` files that apply to a folder (found from it up to the repository
 * root), as settings. With none, every setting is its default and paths are relative to `fallbackWorkspace`.
 */
export function settingsForFolder(dir: string, fallbackWorkspace: string, reader: ConfigReader = nodeConfigReader): SettingsSource {
  const config = resolveConfig(toPosix(resolve(dir)), reader);
  const nearest = config.files[0];
  return {
    get: config.get,
    // Relative paths are relative to the file that wrote them; drafts.include to the nearest file's folder.
    workspace: fromPosix(config.fileFor(SETTING.draftsInclude)?.dir ?? nearest?.dir ?? toPosix(fallbackWorkspace)),
    contentBase: fromPosix(config.fileFor(SETTING.contentPath)?.dir ?? toPosix(fallbackWorkspace)),
    label: config.files.map((f) => f.path).join(', ') || 'defaults',
    key: `files:${[...config.files.map((f) => f.path), ...config.problems.map((p) => p.file)].join('|')}`,
    problems: config.problems,
  };
}

/** A cache of `settingsForFolder` per folder, for commands that look up many files' settings. */
export function settingsCache(fallbackWorkspace: string, reader: ConfigReader = nodeConfigReader): (dir: string) => SettingsSource {
  const byDir = new Map<string, SettingsSource>();
  return (dir) => {
    let found = byDir.get(dir);
    if (!found) {
      found = settingsForFolder(dir, fallbackWorkspace, reader);
      byDir.set(dir, found);
    }
    return found;
  };
}

/** `interviewCoach.contentPath` as an absolute folder: `~/…`, `${workspaceFolder}/…`, absolute or relative to where it was set. */
export function contentPathFrom(source: SettingsSource): string | undefined {
  const value = source.get(SETTING.contentPath);
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const base = source.contentBase;
  let path = value.trim().replace(/\$\{workspaceFolder\}/g, base);
  if (path === '~' || path.startsWith('~/')) path = homedir() + path.slice(1);
  return resolve(base, path);
}
