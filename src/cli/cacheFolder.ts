import { chmodSync, lstatSync, mkdirSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/**
 * Where the CLI keeps what it can rebuild at any time, or undefined when there is no safe place
 * (then it runs without caches):
 * - `$XDG_CACHE_HOME/interview-coach` when XDG_CACHE_HOME is an absolute path (the XDG spec says
 *   to ignore a relative one: it would write into whatever folder the CLI runs in);
 * - else `~/.cache/interview-coach` when the home folder exists (a service user's home is often
 *   `/nonexistent`, which must not be created);
 * - else `interview-coach-<uid>` under the system's temporary folder.
 * The folder is made private to the user (0700) and used only when it is a real folder owned by
 * this user: a shared temporary folder could hold one planted by someone else.
 */
export function cacheFolder(): string | undefined {
  const dir = candidate();
  if (!dir) return undefined;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    if (!st.isDirectory()) return undefined;
    if (process.platform === 'win32') return dir;
    if (typeof process.getuid === 'function' && st.uid !== process.getuid()) return undefined;
    if ((st.mode & 0o077) !== 0) chmodSync(dir, 0o700);
    return dir;
  } catch {
    return undefined;
  }
}

function candidate(): string | undefined {
  const xdg = process.env['XDG_CACHE_HOME'];
  if (xdg && isAbsolute(xdg)) return join(xdg, 'interview-coach');
  let home: string | undefined;
  try {
    home = homedir();
  } catch {
    home = undefined;
  }
  if (home && isAbsolute(home) && isFolder(home)) return join(home, '.cache', 'interview-coach');
  const tmp = tmpdir();
  if (!isAbsolute(tmp) || !isFolder(tmp)) return undefined;
  const user = typeof process.getuid === 'function' ? String(process.getuid()) : (process.env['USERNAME'] ?? process.env['USER'] ?? 'user').replace(/[^A-Za-z0-9_-]/g, '_');
  return join(tmp, `interview-coach-${user}`);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
