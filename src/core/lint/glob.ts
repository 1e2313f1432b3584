/**
 * `interviewCoach.drafts.include` and the CLI's path arguments are globs; this is just enough glob
 * for them, written here because Node 20 has neither `fs.glob` nor `path.matchesGlob` (both arrive
 * in Node 22), the extension must match URIs that are not open documents, and a small matcher is
 * better than a dependency: `**` (any folders), `*` and `?` (within a name), `[abc]`/`[!a-z]`
 * classes, `{a,b}` alternatives. Paths use `/`; matching is case-sensitive.
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


/**
 * Whether a file matches any of the globs: tried against its path relative to its workspace
 * folder (`answers/why.md`) and its absolute path, so a workspace-relative glob and one that
 * starts with two stars both work.
 */
export function matchesAnyGlob(globs: readonly RegExp[], relativePath: string | undefined, absolutePath: string): boolean {
  return globs.some((re) => (relativePath !== undefined && re.test(relativePath)) || re.test(absolutePath));
}
