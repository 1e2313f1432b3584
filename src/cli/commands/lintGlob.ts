import * as nodeFs from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { FSLike } from 'fdir';
import ignore, { type Ignore } from 'ignore';
import { compileGlob } from '../../core/lint/glob';

export function hasGlobMagic(path: string): boolean {
  return /[*?[{]/.test(path);
}

// fdir's ESM build makes a `require` from `import.meta.url`, which a CommonJS bundle lacks: take its CommonJS build.
// Required on the first walk: a lint of named files never walks a folder.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fdirClass = (): typeof import('fdir').fdir => (require('fdir') as typeof import('fdir')).fdir;

/** What the walk reads through: Node's fs, or a test's stand-in. */
export type WalkFs = FSLike & Pick<typeof nodeFs, 'readFileSync'>;

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** A path the walk could not read, with the error code (EACCES, ENOENT for a broken link…). */
export interface Unreadable {
  readonly path: string;
  readonly code: string;
}

export interface WalkResult {
  /** Absolute paths (through symbolic links as found, not resolved), sorted. */
  readonly files: string[];
  /** Folders it could not list, and links to markdown it could not follow. */
  readonly unreadable: Unreadable[];
}

/**
 * Every file under `root`, by fdir: symbolic links are followed, each real folder is walked once
 * (so a link to a parent ends instead of looping), dependency, VCS and hidden folders are skipped,
 * and so is whatever a `.gitignore` (of the repository `root` is in, at any level) ignores.
 * Instead of skipping what it cannot read in silence, it lists it. `fs` is for tests.
 */
export function walkFiles(root: string, fs: WalkFs = nodeFs): WalkResult {
  const unreadable: Unreadable[] = [];
  const record = (path: string, err: unknown): void => {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    unreadable.push({ path: stripSep(path), code });
  };
  // Every failing call is recorded, then rethrown for fdir, which skips that entry and goes on.
  const recording: FSLike = {
    ...fs,
    readdirSync: ((path: nodeFs.PathLike, options: unknown) => {
      try {
        return (fs.readdirSync as (p: nodeFs.PathLike, o: unknown) => unknown)(path, options);
      } catch (err) {
        record(String(path), err);
        throw err;
      }
    }) as typeof nodeFs.readdirSync,
    realpathSync: ((path: nodeFs.PathLike) => {
      try {
        return fs.realpathSync(path);
      } catch (err) {
        if (/\.(md|markdown)$/i.test(String(path))) record(String(path), err);
        throw err;
      }
    }) as typeof nodeFs.realpathSync,
  };
  const ignored = new GitIgnores(repositoryTop(root, fs), fs);
  const visited = new Set<string>();
  try {
    visited.add(fs.realpathSync(root));
  } catch {
    // Reported by the readdir below.
  }
  const fdir = fdirClass();
  const files = new fdir({ fs: recording })
    .withFullPaths()
    .withSymlinks({ resolvePaths: false })
    .exclude((name, dirPath) => {
      if (SKIPPED_FOLDERS.has(name) || name.startsWith('.')) return true;
      if (ignored.ignores(stripSep(dirPath), true)) return true;
      let real: string;
      try {
        real = fs.realpathSync(dirPath);
      } catch (err) {
        record(dirPath, err);
        return true;
      }
      if (visited.has(real)) return true;
      visited.add(real);
      return false;
    })
    .filter((path, isDirectory) => !isDirectory && !ignored.ignores(path, false))
    .crawl(root)
    .sync()
    .sort();
  return { files, unreadable };
}

/** Files matching `pattern` (relative to `cwd`, or absolute), as absolute paths; throws GlobError. */
export function expandGlob(pattern: string, cwd: string, fs: WalkFs = nodeFs): WalkResult {
  const normalized = pattern.split(sep).join('/');
  const segments = normalized.split('/');
  const firstMagic = segments.findIndex(hasGlobMagic);
  const baseSegments = firstMagic < 0 ? segments : segments.slice(0, firstMagic);
  const base = baseSegments.join('/') || (normalized.startsWith('/') ? '/' : '.');
  const rest = firstMagic < 0 ? '' : segments.slice(firstMagic).join('/');
  const matches = compileGlob(rest);
  const baseAbs = resolve(cwd, base);
  let walked: WalkResult;
  try {
    if (!fs.statSync(baseAbs).isDirectory()) return { files: [], unreadable: [] };
    walked = walkFiles(baseAbs, fs);
  } catch {
    // The fixed part does not exist: nothing matches (the caller says so).
    return { files: [], unreadable: [] };
  }
  const toGlobPath = (p: string) => relative(baseAbs, p).split(sep).join('/');
  return { files: walked.files.filter((p) => matches(toGlobPath(p))), unreadable: walked.unreadable };
}

/** The folder holding `.git` above `start` (the repository's top), or `start` when there is none. */
function repositoryTop(start: string, fs: WalkFs): string {
  for (let dir = start; ; dir = dirname(dir)) {
    try {
      fs.statSync(join(dir, '.git'));
      return dir;
    } catch {
      // not here
    }
    if (dirname(dir) === dir) return start;
  }
}

/** The `.gitignore` files from the repository's top down to a path's folder, read once each. */
class GitIgnores {
  private readonly byFolder = new Map<string, Ignore | null>();
  constructor(
    private readonly top: string,
    private readonly fs: WalkFs,
  ) {}

  ignores(path: string, isDirectory: boolean): boolean {
    const rel = relative(this.top, path);
    if (rel === '' || rel.startsWith('..')) return false;
    const parts = rel.split(sep);
    let ignored = false;
    // Deeper files decide last, as in git; `!pattern` re-includes.
    for (let i = 0; i < parts.length; i++) {
      const rules = this.rulesOf(join(this.top, ...parts.slice(0, i)));
      if (!rules) continue;
      const below = parts.slice(i).join('/') + (isDirectory ? '/' : '');
      const result = rules.test(below);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  private rulesOf(folder: string): Ignore | null {
    let rules = this.byFolder.get(folder);
    if (rules === undefined) {
      try {
        const file = join(folder, '.gitignore');
        // Only a regular file: a `.gitignore` linked to /dev/zero would be read for ever.
        rules = this.fs.statSync(file).isFile() ? ignore().add(String(this.fs.readFileSync(file, 'utf8'))) : null;
      } catch {
        rules = null;
      }
      this.byFolder.set(folder, rules);
    }
    return rules;
  }
}

function stripSep(path: string): string {
  return path.length > 1 && (path.endsWith('/') || path.endsWith(sep)) ? path.slice(0, -1) : path;
}
