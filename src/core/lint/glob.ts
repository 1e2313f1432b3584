import picomatch from 'picomatch/posix';

/**
 * `interviewCoach.drafts.include` and the CLI's path arguments are globs. picomatch (the matcher
 * behind micromatch, fast-glob and tinyglobby; its `posix` entry is browser-safe) reads and
 * checks each glob and matches each path segment. A whole-path regular expression backtracks
 * exponentially on globs like `**∕a∕**∕a∕…∕*.md` against a deep path (picomatch's too: 8 such
 * segments over a 40-folder path took 35 s), so segments are matched one by one and `**` runs
 * through a table of (glob segment, path segment) pairs: time grows with their product, never
 * more. Paths use `/`; matching is case-sensitive; a star matches names that start with a dot, as
 * in VS Code's own globs.
 */
export class GlobError extends Error {}

// `posix`: `[!a]` negates a class; `noextglob`: `+(a|b)` is literal text (extglobs backtrack, and VS Code has none).
const OPTIONS: picomatch.PicomatchOptions = { dot: true, strictBrackets: true, debug: true, posix: true, noextglob: true };
/** Stars in one segment: each more multiplies the worst case by a name's length (≤ 255). */
const MAX_STARS_PER_SEGMENT = 3;

type Segment = '**' | ((name: string) => boolean);

/** A matcher for one glob; throws GlobError, quoting the glob, when it is not a glob it can read. */
export function compileGlob(glob: string): (path: string) => boolean {
  const fail = (why: string): never => {
    throw new GlobError(`bad glob ${JSON.stringify(glob)}: ${why}`);
  };
  if (glob.trim() === '') fail('it is empty');
  try {
    // Checks the whole glob: `strictBrackets` rejects an unclosed `{` or `[`, `debug` a pattern
    // that makes an invalid regular expression (`[z-a]`) instead of silently matching nothing.
    picomatch.makeRe(glob, OPTIONS);
  } catch (err) {
    fail(firstLine((err as Error).message));
  }
  const segments: Segment[] = [];
  // `./answers/*.md` means `answers/*.md`: paths are matched without a leading `./`.
  for (const part of splitSegments(glob.replace(/^(?:\.\/)+(?=.)/, ''), fail)) {
    if (part === '**') {
      if (segments[segments.length - 1] !== '**') segments.push('**');
      continue;
    }
    if ((part.replace(/\\./g, '').match(/\*/g)?.length ?? 0) > MAX_STARS_PER_SEGMENT) fail(`more than ${MAX_STARS_PER_SEGMENT} stars in "${part}"`);
    if (part === '') {
      segments.push((name) => name === '');
      continue;
    }
    let re: RegExp;
    try {
      re = picomatch.makeRe(part, OPTIONS);
    } catch (err) {
      return fail(firstLine((err as Error).message));
    }
    segments.push((name) => re.test(name));
  }
  return (path) => matchSegments(segments, path.split('/'));
}

/** Splits at each `/` outside `[…]` and `{…}`; a `/` inside `{…}` is refused (two globs say it). */
function splitSegments(glob: string, fail: (why: string) => never): string[] {
  const parts: string[] = [];
  let start = 0;
  let braces = 0;
  let bracket = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') i++;
    else if (bracket) bracket = c !== ']';
    else if (c === '[') bracket = true;
    else if (c === '{') braces++;
    else if (c === '}' && braces > 0) braces--;
    else if (c === '/') {
      if (braces > 0) fail('a {…} alternative contains "/": give each alternative its own glob');
      parts.push(glob.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(glob.slice(start));
  return parts;
}

/** Whether glob segments match path segments; `**` matches zero or more of them. O(segments × names). */
function matchSegments(segments: readonly Segment[], names: readonly string[]): boolean {
  // can[j]: the first i glob segments can match the first j names.
  let can = new Uint8Array(names.length + 1);
  can[0] = 1;
  for (const seg of segments) {
    const next = new Uint8Array(names.length + 1);
    if (seg === '**') {
      let reached = 0;
      for (let j = 0; j <= names.length; j++) {
        reached |= can[j]!;
        next[j] = reached;
      }
    } else {
      for (let j = 1; j <= names.length; j++) if (can[j - 1] && seg(names[j - 1]!)) next[j] = 1;
    }
    can = next;
  }
  return can[names.length] === 1;
}

export interface GlobProblem {
  readonly index: number;
  readonly glob: string;
  readonly message: string;
}

/**
 * A list of globs as a setting gives them: a path matches when a glob matches it and no `!glob`
 * excludes it. Tried against its path relative to its workspace folder (`answers/why.md`) and
 * its absolute path, so a workspace-relative glob and one that starts with `**` both work. Globs
 * it cannot read are left out and listed in `problems`.
 */
export interface GlobSet {
  matches(relativePath: string | undefined, absolutePath?: string): boolean;
  readonly problems: readonly GlobProblem[];
}

export function compileGlobs(globs: readonly string[]): GlobSet {
  const include: ((p: string) => boolean)[] = [];
  const exclude: ((p: string) => boolean)[] = [];
  const problems: GlobProblem[] = [];
  globs.forEach((glob, index) => {
    const negated = glob.startsWith('!');
    try {
      (negated ? exclude : include).push(compileGlob(negated ? glob.slice(1) : glob));
    } catch (err) {
      problems.push({ index, glob, message: (err as Error).message });
    }
  });
  const any = (list: readonly ((p: string) => boolean)[], rel: string | undefined, abs: string | undefined) =>
    list.some((m) => (rel !== undefined && m(rel)) || (abs !== undefined && m(abs)));
  return {
    problems,
    matches: (rel, abs) => any(include, rel, abs) && !any(exclude, rel, abs),
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!;
}
