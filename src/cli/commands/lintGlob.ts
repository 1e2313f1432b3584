import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { globToRegExp } from '../../core/lint/glob';

export { globToRegExp };

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
