import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Just enough glob for `interview-coach lint` and `interviewCoach.drafts.include`, written here
 * because Node 20 has neither `fs.glob` nor `path.matchesGlob` (both arrive in Node 22) and the
 * CLI should not pull in a dependency for it: `**` (any folders), `*` and `?` (within a name),
 * `[abc]`/`[!a-z]` classes, `{a,b}` alternatives. Paths use `/`; matching is case-sensitive.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let i = 0;
  let braces = 0;
  while (i < glob.length) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more folders; a trailing `**` matches everything below.
        const atStart = i === 0 || glob[i - 1] === '/';
        i += 2;
        if (glob[i] === '/' && atStart) {
          out += '(?:.*/)?';
          i++;
        } else {
          out += '.*';
        }
        continue;
      }
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
      } else {
        let body = glob.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        out += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) {
      out += '|';
    } else if (c === '\\' && i + 1 < glob.length) {
      i++;
      out += escapeRegExp(glob[i]!);
    } else {
      out += escapeRegExp(c);
    }
    i++;
  }
  return new RegExp(`^${out}$`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function hasGlobMagic(path: string): boolean {
  return /[*?[{]/.test(path);
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

/**
 * Files under `root` (relative paths with `/`), depth first, sorted; skips dependency and VCS
 * folders and hidden folders (those that start with `.`).
 */
export function walkFiles(root: string): string[] {
  const out: string[] = [];
  const visit = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(e.name) && !e.name.startsWith('.')) visit(path);
      } else if (e.isFile()) {
        out.push(relative(root, path).split(sep).join('/'));
      }
    }
  };
  visit(root);
  return out;
}

/** Files matching `pattern` (relative to `cwd`, or absolute), as paths relative to `cwd`. */
export function expandGlob(pattern: string, cwd: string): string[] {
  const normalized = pattern.split(sep).join('/');
  const segments = normalized.split('/');
  const firstMagic = segments.findIndex(hasGlobMagic);
  const baseSegments = firstMagic < 0 ? segments : segments.slice(0, firstMagic);
  const base = baseSegments.join('/') || (normalized.startsWith('/') ? '/' : '.');
  const rest = firstMagic < 0 ? '' : segments.slice(firstMagic).join('/');
  const re = globToRegExp(rest);
  const baseAbs = join(cwd, base);
  return walkFiles(baseAbs)
    .filter((p) => re.test(p))
    .map((p) => relative(cwd, join(baseAbs, p)).split(sep).join('/'));
}
