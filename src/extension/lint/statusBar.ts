import * as vscode from 'vscode';
import type { LintController } from './lintController';

/** The red-flag count of the active draft; a click opens the Problems panel. */
export class LintStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('interviewCoach.lint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly controller: LintController) {
    this.item.name = 'Interview Coach: Red Flags';
    this.item.command = { command: 'workbench.actions.view.problems', title: 'Show Problems' };
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      controller.onDidLint((r) => {
        if (r.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
      controller.onDidChangeBusy((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
    );
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.controller.shouldLint(document)) {
      this.item.hide();
      return;
    }
    const result = this.controller.published(document.uri);
    if (!result) {
      this.item.text = '$(sync~spin) Red flags';
      this.item.tooltip = 'Interview Coach is checking this draft for red flags…';
      this.item.backgroundColor = undefined;
      this.item.show();
      return;
    }
    const counted = result.findings.filter((f) => f.severity !== 'hint');
    const hints = result.findings.length - counted.length;
    const n = counted.length;
    this.item.text = n === 0 ? '$(pass) No red flags' : `$(warning) ${n} red flag${n === 1 ? '' : 's'}`;
    this.item.backgroundColor = result.findings.some((f) => f.severity === 'error') ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(
      n === 0 ? 'Interview Coach found no red-flag phrasing in this draft.' : `Interview Coach found ${n} red-flag phrasing${n === 1 ? '' : 's'} in this draft.`,
    );
    if (hints > 0) tooltip.appendMarkdown(` ${hints} hint${hints === 1 ? '' : 's'} (dotted underlines) too.`);
    if (this.controller.isBusy(document.uri)) tooltip.appendMarkdown('\n\nRe-checking the latest edits…');
    tooltip.appendMarkdown('\n\nClick to open the Problems panel.');
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
