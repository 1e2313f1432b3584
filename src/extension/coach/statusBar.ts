import * as vscode from 'vscode';
import { formatDuration } from '../../core/coach/pace';
import { SET_PACE_COMMAND } from './codeLens';
import type { DraftIndex } from './draftIndex';
import { timeText } from './presentation';

/** The active draft's speaking time in the status bar; hidden for any other editor. */
export class SpeakingTimeStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('interviewCoach.speakingTime', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the item is showing (the API has no getter for it). */
  visible = false;

  constructor(private readonly index: DraftIndex) {
    this.item.name = 'Interview Coach: Speaking Time';
    this.item.command = SET_PACE_COMMAND;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule();
      }),
      index.onDidChange(() => this.update()),
    );
    this.update();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), 150);
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const entry = document ? this.index.analyzeDocument(document) : undefined;
    if (!entry) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const a = entry.analysis;
    const over = a.limitSeconds !== undefined && a.seconds > a.limitSeconds;
    this.item.text = `$(clock) ${formatDuration(a.seconds)}${a.kind === 'pitch' ? ` / ${formatDuration(a.limitSeconds ?? 30)}` : ''}`;
    this.item.tooltip = `Speaking time: ${timeText(a)}. Click to change the pace.`;
    this.item.backgroundColor = over && a.kind === 'pitch' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.accessibilityInformation = { label: `Speaking time ${timeText(a)}` };
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
