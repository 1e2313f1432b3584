import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { declaresInterviewDraft } from '../../core/lint';
import { readText } from '../readText';
import { expandGlob, globToRegExp, hasGlobMagic, walkFiles } from './lintGlob';

/** A file a command works on, and how to show its path. */
export interface FileToLint {
  readonly absolute: string;
  readonly shown: string;
}

/**
 * The files PATHS name, for `lint` and `report` alike: a file named on the command line is taken
 * whatever it is; a folder contributes its answer drafts (files matching
 * `interviewCoach.drafts.include`, or markdown declaring `interview: true`); a glob, every file
 * it matches. Problems (nothing there, no drafts in a folder) go to `report`.
 */
export function collectFiles(
  positionals: readonly string[],
  cwd: string,
  workspace: string,
  include: readonly string[],
  report: (message: string, file?: string) => void,
): FileToLint[] {
  const seen = new Set<string>();
  const out: FileToLint[] = [];
  const add = (absolute: string): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    out.push({ absolute, shown: displayPath(cwd, absolute) });
  };
  const includes = include.map(globToRegExp);
  const isDraft = (absolute: string): boolean => {
    const fromWorkspace = relative(workspace, absolute).split(sep).join('/');
    const full = absolute.split(sep).join('/');
    if (includes.some((re) => re.test(fromWorkspace) || re.test(full))) return true;
    if (!/\.(md|markdown)$/i.test(absolute)) return false;
    try {
      return declaresInterviewDraft(readHead(absolute));
    } catch {
      return false;
    }
  };

  for (const arg of positionals) {
    const absolute = resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      add(absolute);
    } else if (stat?.isDirectory()) {
      const drafts = walkFiles(absolute)
        .map((p) => resolve(absolute, p))
        .filter(isDraft);
      if (drafts.length === 0) {
        report(`no answer drafts in ${arg} (drafts match ${include.join(', ') || 'no include globs'} or declare "interview: true"; name a file to lint it anyway)`, arg);
      }
      drafts.forEach(add);
    } else if (hasGlobMagic(arg)) {
      const matches = expandGlob(arg, cwd);
      if (matches.length === 0) report(`no files match ${arg}`);
      matches.map((p) => resolve(cwd, p)).forEach(add);
    } else {
      report(`cannot read ${arg}: no such file or folder`, arg);
    }
  }
  return out;
}

/** The first 64 KB of a file (where its frontmatter is). */
function readHead(path: string): string {
  const text = readText(path).text;
  return text.length > 65536 ? text.slice(0, 65536) : text;
}

/** A path as the user should see it: relative to the working folder when inside it. */
export function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return (rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute).split(sep).join('/');
}
