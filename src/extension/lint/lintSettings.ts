import * as vscode from 'vscode';
import { compileGlobs, declaresInterviewDraft, type GlobSet } from '../../core/lint';
import { normalizeLintSettings, SETTING, type LintSettings } from '../../core/lint/settings';

/** The lint settings for a resource (settings can differ per workspace folder). */
export function readLintSettings(scope: vscode.Uri | undefined, warn?: (message: string) => void): LintSettings {
  const config = vscode.workspace.getConfiguration(undefined, scope);
  return normalizeLintSettings((key) => config.get(key), warn);
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
  private readonly subscription = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SETTING.draftsInclude)) {
      this.globs.clear();
      this.changeEmitter.fire();
    }
  });

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
    const key = folder?.uri.toString() ?? '';
    let globs = this.globs.get(key);
    if (!globs) {
      // Globs that cannot be read are left out (the lint settings warning names them).
      globs = compileGlobs(readLintSettings(folder?.uri).draftsInclude);
      this.globs.set(key, globs);
    }
    const relative = folder ? vscode.workspace.asRelativePath(uri, false) : undefined;
    return globs.matches(relative, uri.path);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}
