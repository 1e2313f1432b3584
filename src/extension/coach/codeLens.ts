import * as vscode from 'vscode';
import type { DraftIndex } from './draftIndex';
import { STAR_NAMES, STAR_PARTS } from '../../core/coach/star';
import { starReading, starText, timeText, valuesReading, valuesText } from './presentation';

export const SET_PACE_COMMAND = 'interviewCoach.setSpeakingPace';
/** Selects the sentences read as one STAR part: arguments `[uri, [[start, end], …]]` (offsets). */
export const SHOW_STAR_PART_COMMAND = 'interviewCoach.showStarPart';

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
    if (star) lenses.push(new vscode.CodeLens(range, { title: `$(list-ordered) ${star}`, command: '', tooltip: ['Situation, Task, Action, Result: the parts this story answer has.', '', ...starReading(a)].join('\n') }));
    // A story told without labels: above where each part starts, which sentences were read as it,
    // so the candidate can see the reading (and add a label where it is wrong).
    for (const part of STAR_PARTS) {
      const r = a.star?.byPart[part];
      if (!r?.sentences?.length) continue;
      const first = document.positionAt(r.sentences[0]!.start);
      const n = r.sentences.length;
      lenses.push(
        new vscode.CodeLens(new vscode.Range(first.line, 0, first.line, 0), {
          title: `$(eye) Read as ${STAR_NAMES[part]}: ${n} sentence${n === 1 ? '' : 's'}`,
          command: SHOW_STAR_PART_COMMAND,
          arguments: [document.uri, r.sentences.map((s) => [s.start, s.end])],
          tooltip: `The coach read ${n === 1 ? 'this sentence' : 'these sentences'} as the ${STAR_NAMES[part]} (click to select ${n === 1 ? 'it' : 'them'}):\n${r.sentences.map((s) => `• ${s.text.replace(/\s+/g, ' ')}`).join('\n')}\n\nA different reading? Label the part (**${STAR_NAMES[part]}:**) and the label wins.`,
        }),
      );
    }
    lenses.push(
      new vscode.CodeLens(range, {
        title: `$(star-empty) ${valuesText(a)}`,
        command: 'interviewCoach.openGuide',
        arguments: ['culture'],
        tooltip: a.values.length ? valuesReading(a).join('\n') : 'No principle or value of the guide shows in this draft yet: open them in the guide',
      }),
    );
    return lenses;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}
