/**
 * Where "New Answer Draft" writes, as folder names below the workspace folder. The setting
 * `interviewCoach.drafts.folder` can come from a workspace's own `.vscode/settings.json`, so a
 * repository you open could otherwise make the command write anywhere (your home, `~/.ssh`).
 * A relative setting is taken below the workspace folder (`..` and `.` dropped, so never above
 * it); an absolute one is used only when it lies inside the workspace folder; anything else
 * falls back to `answers` and says why. Pure string work on the paths, for any platform.
 */
export const DEFAULT_DRAFTS_FOLDER = 'answers';

export interface DraftsFolder {
  /** Folder names below the workspace folder (empty: the workspace folder itself). */
  readonly segments: readonly string[];
  /** Set when the setting could not be used, saying why. */
  readonly ignored?: string;
}

const ABSOLUTE = /^(?:[a-zA-Z]:)?[\\/]/;

export function draftsFolder(workspacePath: string, setting: string): DraftsFolder {
  const text = setting.trim();
  if (!ABSOLUTE.test(text)) {
    const segments = text.split(/[\\/]+/).filter((p) => p && p !== '.' && p !== '..');
    return { segments: segments.length > 0 ? segments : [DEFAULT_DRAFTS_FOLDER] };
  }
  const root = absoluteSegments(workspacePath);
  const target = absoluteSegments(text);
  const windows = /^[a-zA-Z]:/.test(workspacePath) || workspacePath.includes('\\');
  const same = (a: string, b: string) => (windows ? a.toLowerCase() === b.toLowerCase() : a === b);
  const inside = target.length >= root.length && root.every((seg, i) => same(seg, target[i]!));
  if (inside) return { segments: target.slice(root.length) };
  return {
    segments: [DEFAULT_DRAFTS_FOLDER],
    ignored: `the drafts folder "${text}" is outside the workspace folder, so the draft goes to "${DEFAULT_DRAFTS_FOLDER}" in it; set interviewCoach.drafts.folder to a folder inside the workspace`,
  };
}

/** An absolute path's names, with `.` and `..` resolved (`..` never climbs above the root). */
function absoluteSegments(path: string): string[] {
  const out: string[] = [];
  for (const p of path.split(/[\\/]+/)) {
    if (!p || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return out;
}
