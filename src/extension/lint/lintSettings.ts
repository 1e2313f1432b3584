import * as vscode from 'vscode';
import { compileGlobs, declaresInterviewDraft, type GlobSet } from '../../core/lint';
import { normalizeLintSettings, SETTING, type LintSettings } from '../../core/lint/settings';
import { repoConfig, settingsLookup } from '../config/repoConfig';

/**
 * The lint settings for a resource: VS Code's for its workspace folder (`scope`), overlaid with
 * the `.interview-coach.jsonc` files that apply to `at` (a file or folder; default `scope`).
 */
export function readLintSettings(scope: vscode.Uri | undefined, warn?: (message: string) => void, at: vscode.Uri | undefined = scope): LintSettings {
  return normalizeLintSettings(settingsLookup(scope, at), warn);
}

export function affectsLint(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration('interviewCoach.lint') || e.affectsConfiguration(SETTING.draftsInclude) || e.affectsConfiguration(SETTING.contentPath);
}

/**
 * Which files are answer drafts: markdown matching `interviewCoach.drafts.include` (relative to
 * its workspace folder, or absolute), or markdown whose frontmatter says `interview: true`.
 * Works on URIs too, so features that look at files that are not open (the coach's draft list)
 * agree with the linter.
 */
export class DraftSelector implements vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires when `drafts.include` changes. */
  readonly onDidChange = this.changeEmitter.event;
  private globs = new Map<string, GlobSet>();
  private readonly subscriptions = [
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SETTING.draftsInclude)) this.changed();
    }),
    ...(repoConfig() ? [repoConfig()!.onDidChange(() => this.changed())] : []),
  ];

  private changed(): void {
    this.globs.clear();
    this.changeEmitter.fire();
  }

  isDraft(uri: vscode.Uri, text: string): boolean {
    if (!/\.(md|markdown|mdown|mkd)$/i.test(uri.path)) return false;
    return this.matchesInclude(uri) || declaresInterviewDraft(text);
  }

  isDraftDocument(document: vscode.TextDocument): boolean {
    if (document.languageId !== 'markdown') return false;
    if (this.matchesInclude(document.uri)) return true;
    // The frontmatter is at the top: read no more than the first lines of a big file.
    const head = document.lineCount > 400 ? document.getText(new vscode.Range(0, 0, 400, 0)) : document.getText();
    return declaresInterviewDraft(head);
  }

  matchesInclude(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    // drafts.include from a config file is relative to that file's folder, as in the CLI.
    const configFile = repoConfig()?.fileFor(uri, SETTING.draftsInclude);
    const key = `${folder?.uri.toString() ?? ''}|${configFile?.toString() ?? ''}`;
    let globs = this.globs.get(key);
    if (!globs) {
      // Globs that cannot be read are left out (the lint settings warning names them).
      globs = compileGlobs(readLintSettings(folder?.uri, undefined, uri).draftsInclude);
      this.globs.set(key, globs);
    }
    const base = configFile ? configFile.path.slice(0, configFile.path.lastIndexOf('/') + 1) : undefined;
    const relative = base !== undefined ? (uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined) : folder ? vscode.workspace.asRelativePath(uri, false) : undefined;
    return globs.matches(relative, uri.path);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changeEmitter.dispose();
  }
}
