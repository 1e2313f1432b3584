import * as nodeFs from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { compileGlob, compileGlobs, declaresInterviewDraft, GlobError, type GlobSet } from '../../core/lint';
import { decodeText } from '../../core/text/decodeText';
import { expandGlob, hasGlobMagic, walkFiles, type WalkFs } from './lintGlob';

/** A file a command works on, and how to show its path. */
export interface FileToLint {
  readonly absolute: string;
  readonly shown: string;
}

/**
 * The files PATHS name, for `lint` and `report` alike: a file named on the command line is taken
 * whatever it is; a folder contributes its answer drafts (files matching
 * `interviewCoach.drafts.include`, or markdown declaring `interview: true`); a glob, every file
 * it matches; `!glob` leaves out what folders and globs found. Symbolic links are followed, each
 * file is taken once. Problems (nothing there, no drafts in a folder, a bad glob, a folder or file
 * that cannot be read) go to `report`.
 */
export function collectFiles(
  positionals: readonly string[],
  cwd: string,
  workspace: string,
  include: readonly string[],
  report: (message: string, file?: string) => void,
  fs: WalkFs = nodeFs,
): FileToLint[] {
  const seen = new Set<string>();
  const out: FileToLint[] = [];
  const shown = (absolute: string) => displayPath(cwd, absolute);
  const excludes: ((path: string) => boolean)[] = [];
  for (const arg of positionals.filter((a) => a.startsWith('!'))) {
    try {
      excludes.push(compileGlob(arg.slice(1).split(sep).join('/')));
    } catch (err) {
      report(`${(err as Error).message} (argument ${arg})`, arg);
    }
  }
  const isExcluded = (absolute: string) => {
    const rel = relative(cwd, absolute).split(sep).join('/');
    const full = absolute.split(sep).join('/');
    return excludes.some((m) => m(rel) || m(full));
  };
  const realKey = (absolute: string): string => {
    try {
      return fs.realpathSync(absolute);
    } catch {
      return absolute; // reading it will say why
    }
  };
  const add = (absolute: string, found: boolean): void => {
    if (found && isExcluded(absolute)) return;
    const key = realKey(absolute);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ absolute, shown: shown(absolute) });
  };
  // A file reached through links several ways is shown by its shortest path, in path order.
  const addAll = (paths: readonly string[]): void => {
    const depth = (p: string) => p.split(sep).length;
    const firstSeen = new Set(seen);
    const chosen = [...paths].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : 1)).filter((p) => {
      const key = realKey(p);
      if (firstSeen.has(key)) return false;
      firstSeen.add(key);
      return true;
    });
    for (const p of chosen.sort()) add(p, true);
  };
  // Compiled when a folder is walked: files named on the command line are taken as they are.
  let drafts: GlobSet | undefined;
  const isDraft = (absolute: string): boolean => {
    const fromWorkspace = relative(workspace, absolute).split(sep).join('/');
    if ((drafts ??= compileGlobs(include)).matches(fromWorkspace, absolute.split(sep).join('/'))) return true;
    if (!/\.(md|markdown)$/i.test(absolute)) return false;
    try {
      return declaresInterviewDraft(readHead(absolute, fs));
    } catch (err) {
      report(`cannot read ${shown(absolute)}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, shown(absolute));
      return false;
    }
  };
  const reportUnreadable = (list: readonly { path: string; code: string }[]) => {
    for (const u of list) report(`cannot read ${shown(u.path)}: ${u.code}`, shown(u.path));
  };

  for (const arg of positionals) {
    if (arg.startsWith('!')) continue;
    const absolute = resolve(cwd, arg);
    let stat;
    try {
      stat = fs.statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      add(absolute, false);
    } else if (stat?.isDirectory()) {
      const walked = walkFiles(absolute, fs);
      reportUnreadable(walked.unreadable);
      const found = walked.files.filter((p) => !isExcluded(p) && isDraft(p));
      if (found.length === 0 && walked.unreadable.length === 0) {
        report(`no answer drafts in ${arg} (drafts match ${include.join(', ') || 'no include globs'} or declare "interview: true"; name a file to lint it anyway)`, arg);
      }
      addAll(found);
    } else if (hasGlobMagic(arg)) {
      let walked;
      try {
        walked = expandGlob(arg, cwd, fs);
      } catch (err) {
        if (!(err instanceof GlobError)) throw err;
        report(err.message, arg);
        continue;
      }
      reportUnreadable(walked.unreadable);
      if (walked.files.length === 0 && walked.unreadable.length === 0) report(`no files match ${arg}`);
      addAll(walked.files);
    } else {
      report(`cannot read ${arg}: no such file or folder`, arg);
    }
  }
  return out;
}

/** The first 64 KB of a file's text (where its frontmatter is). */
function readHead(path: string, fs: WalkFs): string {
  // A device or pipe named *.md in a walked folder would be read for ever (or wait for a writer).
  if (!fs.statSync(path).isFile()) throw new Error('not a regular file (a folder, device, pipe or socket)');
  const text = decodeText(fs.readFileSync(path)).text;
  return text.length > 65536 ? text.slice(0, 65536) : text;
}

/** A path as the user should see it: relative to the working folder when inside it. */
export function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return (rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute).split(sep).join('/');
}
