import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the CLI keeps what it can rebuild at any time: `$XDG_CACHE_HOME/interview-coach`, else `~/.cache/interview-coach`. */
export function cacheFolder(): string {
  const xdg = process.env['XDG_CACHE_HOME'];
  if (xdg) return join(xdg, 'interview-coach');
  try {
    return join(homedir(), '.cache', 'interview-coach');
  } catch {
    return join(tmpdir(), 'interview-coach-cache');
  }
}
