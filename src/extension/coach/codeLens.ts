import * as vscode from 'vscode';
import type { DraftIndex } from './draftIndex';
import { starText, timeText, valuesText } from './presentation';

export const SET_PACE_COMMAND = 'interviewCoach.setSpeakingPace';

/**
 * Above an answer draft: its speaking time (click to change the pace), its STAR parts for a story
 * answer, and the values it shows (click to open them in the guide).
 */
export class CoachCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changeEmitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly index: DraftIndex) {
    // Coverage and settings changes alter lenses of documents that were not edited.
    this.subscription = index.onDidChange(() => this.changeEmitter.fire());
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!this.index.currentSettings.codeLens) return [];
    const entry = this.index.analyzeDocument(document);
    if (!entry) return [];
    const a = entry.analysis;
    const range = new vscode.Range(0, 0, 0, 0);
    const lenses = [
      new vscode.CodeLens(range, { title: `$(clock) ${timeText(a)}`, command: SET_PACE_COMMAND, tooltip: 'Speaking time at your pace: click to change the pace' }),
    ];
    const star = starText(a);
    if (star) lenses.push(new vscode.CodeLens(range, { title: `$(list-ordered) ${star}`, command: '', tooltip: 'Situation, Task, Action, Result: the parts this story answer has' }));
    lenses.push(
      new vscode.CodeLens(range, {
        title: `$(star-empty) ${valuesText(a)}`,
        command: 'interviewCoach.openGuide',
        arguments: ['culture'],
        tooltip: a.values.length ? a.values.map((v) => `${v.name}: ${v.evidence.map((e) => (e.via === 'story' ? `the story (${e.text})` : `"${e.text}"`)).join(', ')}`).join('\n') : 'No principle or value of the guide shows in this draft yet: open them in the guide',
      }),
    );
    return lenses;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}
