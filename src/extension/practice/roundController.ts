import * as vscode from 'vscode';
import { candidateName, practiceDraft } from '../../core/practice/draft';
import type { PracticePrompt } from '../../core/practice/prompts';
import { finishRound } from '../../core/practice/record';
import type { RoundRecord } from '../../core/practice/rounds';
import { scoreRound, type RoundScore } from '../../core/practice/score';
import { clockText, nextTickMs, parseTimer, pauseTimer, readTimer, resumeTimer, startTimer, type RoundTimer } from '../../core/practice/timer';
import { draftsFolder } from '../../core/coach/draftsFolder';
import { readCoachSettings } from '../coach/settings';
import type { Services } from '../services';
import type { PracticeService } from './practiceService';
import { fileExists } from '../util/fileExists';

export const ROUND_STATE_KEY = 'interviewCoach.practice.round';
export const ACTIVE_CONTEXT = 'interviewCoach.practiceActive';
export const PRACTICE_COMMANDS = {
  start: 'interviewCoach.practiceQuestion',
  pause: 'interviewCoach.practice.pause',
  finish: 'interviewCoach.practice.finish',
  abandon: 'interviewCoach.practice.abandon',
  readiness: 'interviewCoach.showReadiness',
} as const;

export interface FinishedRound {
  readonly round: RoundRecord;
  readonly result: RoundScore;
  readonly prompt: PracticePrompt;
  readonly draft: vscode.Uri;
  /** "in 1 min" */
  readonly next: string;
}

/**
 * One practice round at a time: its draft, its countdown in the status bar (outline, answer,
 * overtime), and pause / finish / abandon. The timer is plain data with absolute times in
 * `workspaceState`, so a window reload picks the round up where it was.
 */
export class RoundController implements vscode.Disposable {
  private readonly clockItem: vscode.StatusBarItem;
  private readonly finishItem: vscode.StatusBarItem;
  private readonly abandonItem: vscode.StatusBarItem;
  private tick: ReturnType<typeof setTimeout> | undefined;
  private lastPhase: string | undefined;
  private readonly finishedEmitter = new vscode.EventEmitter<FinishedRound>();
  readonly onDidFinish = this.finishedEmitter.event;
  private readonly changeEmitter = new vscode.EventEmitter<RoundTimer | undefined>();
  /** Fires when a round starts, pauses, resumes or ends. */
  readonly onDidChange = this.changeEmitter.event;
  private busy = false;

  constructor(
    private readonly state: vscode.Memento,
    private readonly services: Services,
    private readonly practice: PracticeService,
    private readonly now: () => number = () => practice.scheduler.now().getTime(),
  ) {
    this.clockItem = vscode.window.createStatusBarItem('interviewCoach.practice.clock', vscode.StatusBarAlignment.Left, 1000);
    this.clockItem.name = 'Interview Coach: Practice Round';
    this.clockItem.command = PRACTICE_COMMANDS.pause;
    this.finishItem = vscode.window.createStatusBarItem('interviewCoach.practice.finish', vscode.StatusBarAlignment.Left, 999);
    this.finishItem.name = 'Interview Coach: Finish the Round';
    this.finishItem.text = '$(check) Finish';
    this.finishItem.tooltip = 'Finish the practice round now and see its score';
    this.finishItem.command = PRACTICE_COMMANDS.finish;
    this.abandonItem = vscode.window.createStatusBarItem('interviewCoach.practice.abandon', vscode.StatusBarAlignment.Left, 998);
    this.abandonItem.name = 'Interview Coach: Abandon the Round';
    this.abandonItem.text = '$(close)';
    this.abandonItem.tooltip = 'Abandon the practice round (not scored; the draft is kept)';
    this.abandonItem.command = PRACTICE_COMMANDS.abandon;
    // A round from before a reload carries on.
    this.render();
  }

  get timer(): RoundTimer | undefined {
    return parseTimer(this.state.get(ROUND_STATE_KEY));
  }

  private async setTimer(t: RoundTimer | undefined): Promise<void> {
    await this.state.update(ROUND_STATE_KEY, t);
    this.lastPhase = undefined;
    this.render();
    this.changeEmitter.fire(t);
  }

  /** Starts a round: a new draft (never overwriting one) and the countdown. */
  async start(prompt: PracticePrompt): Promise<RoundTimer | undefined> {
    if (this.timer) {
      const answer = await vscode.window.showWarningMessage(
        `Interview Coach: a practice round is running ("${this.timer.question}"). Finish it first, or abandon it?`,
        'Finish It',
        'Abandon It',
      );
      if (answer === 'Finish It') await this.finish();
      else if (answer === 'Abandon It') await this.abandon();
      else return undefined;
    }
    const folder = vscode.workspace.workspaceFolders?.[0];
    const pack = await this.services.packs.pack();
    if (!folder || !pack) {
      void vscode.window.showErrorMessage(folder ? 'Interview Coach: the guide could not be loaded, so there is nothing to practise.' : 'Interview Coach: open a folder first; a practice round writes its answer as a draft in your workspace.');
      return undefined;
    }
    const started = new Date(this.now());
    const draft = practiceDraft(pack, prompt, started);
    // Inside the workspace only, as New Answer Draft (the setting may come from the workspace's own settings).
    const target = draftsFolder(folder.uri.fsPath, readCoachSettings(folder.uri).folder);
    if (target.ignored) void vscode.window.showWarningMessage(`Interview Coach: ${target.ignored}.`);
    const dir = vscode.Uri.joinPath(folder.uri, ...target.segments, 'practice');
    await vscode.workspace.fs.createDirectory(dir);
    let uri: vscode.Uri | undefined;
    for (let attempt = 1; attempt < 100 && !uri; attempt++) {
      const candidate = vscode.Uri.joinPath(dir, candidateName(draft.fileName, attempt));
      if (!(await fileExists(candidate))) uri = candidate;
    }
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(draft.text));
    const editor = await vscode.window.showTextDocument(uri, { preview: false });
    const cursor = editor.document.positionAt(draft.cursor);
    editor.selection = new vscode.Selection(cursor, cursor);
    editor.revealRange(new vscode.Range(cursor, cursor), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    const timer = startTimer({
      roundId: globalThis.crypto.randomUUID(),
      promptId: prompt.id,
      question: prompt.question,
      draft: uri.toString(),
      startedAt: started.getTime(),
      outlineMs: prompt.outlineSeconds * 1000,
      answerMs: prompt.targetSeconds * 1000,
    });
    await this.setTimer(timer);
    return timer;
  }

  async pauseOrResume(): Promise<void> {
    const t = this.timer;
    if (!t) {
      void vscode.window.showInformationMessage('Interview Coach: no practice round is running. Run "Interview Coach: Practice a Question" to start one.');
      return;
    }
    await this.setTimer(t.pausedAt === undefined ? pauseTimer(t, this.now()) : resumeTimer(t, this.now()));
  }

  async abandon(): Promise<void> {
    const t = this.timer;
    if (!t) return;
    await this.setTimer(undefined);
    void vscode.window.showInformationMessage(`Interview Coach: round abandoned, not scored. Its draft is kept: ${vscode.workspace.asRelativePath(vscode.Uri.parse(t.draft), false)}.`);
  }

  /** Scores the draft, records the round, re-schedules the question. */
  async finish(): Promise<FinishedRound | undefined> {
    const t = this.timer;
    if (!t || this.busy) return undefined;
    this.busy = true;
    try {
      const pack = await this.services.packs.pack();
      const prompt = pack ? this.practice.prompts(pack).find((p) => p.id === t.promptId) : undefined;
      if (!pack || !prompt) {
        void vscode.window.showErrorMessage('Interview Coach: the guide changed and no longer has this question; the round is abandoned and its draft kept.');
        await this.setTimer(undefined);
        return undefined;
      }
      const uri = vscode.Uri.parse(t.draft);
      let text: string;
      try {
        const doc = await vscode.workspace.openTextDocument(uri);
        if (doc.isDirty) await doc.save();
        text = doc.getText();
      } catch (err) {
        void vscode.window.showErrorMessage(`Interview Coach: the round's draft ${uri.fsPath} cannot be read (${(err as Error).message}); the round stays open.`);
        return undefined;
      }
      const finishing = t.pausedAt === undefined ? pauseTimer(t, this.now()) : t;
      const result = scoreRound(text, pack, prompt, {
        coach: readCoachSettings(uri),
        lint: this.services.lint.controller.optionsFor(uri),
      });
      const store = await this.practice.store();
      const draftPath = vscode.workspace.asRelativePath(uri, false);
      const { round, card } = finishRound(finishing, result, store.card(pack.manifest.id, prompt.id), this.practice.scheduler, draftPath);
      await this.setTimer(undefined);
      await store.record(pack.manifest.id, round, card);
      const finished: FinishedRound = { round, result, prompt, draft: uri, next: this.practice.scheduler.nextReview(card) };
      this.finishedEmitter.fire(finished);
      return finished;
    } finally {
      this.busy = false;
    }
  }

  private render(): void {
    if (this.tick) clearTimeout(this.tick);
    this.tick = undefined;
    const t = this.timer;
    void vscode.commands.executeCommand('setContext', ACTIVE_CONTEXT, !!t);
    if (!t) {
      this.clockItem.hide();
      this.finishItem.hide();
      this.abandonItem.hide();
      return;
    }
    const r = readTimer(t, this.now());
    const label = r.phase === 'outline' ? 'Outline' : r.phase === 'answer' ? 'Answer' : 'Over time';
    const time = r.phase === 'overtime' ? `+${clockText(r.remainingMs)}` : clockText(r.remainingMs);
    this.clockItem.text = `${r.paused ? '$(debug-pause)' : '$(watch)'} ${label} ${time}${r.paused ? ' (paused)' : ''}`;
    this.clockItem.tooltip = `${t.question}\n${r.paused ? 'Paused: click to resume.' : 'Click to pause.'} Outline ${clockText(t.outlineMs)}, then answer in ${clockText(t.answerMs)}.`;
    this.clockItem.accessibilityInformation = { label: `Practice round, ${label.toLowerCase()} phase, ${time} ${r.phase === 'overtime' ? 'over' : 'left'}${r.paused ? ', paused' : ''}`, role: 'button' };
    this.clockItem.backgroundColor = r.phase === 'overtime' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.clockItem.show();
    this.finishItem.show();
    this.abandonItem.show();
    if (this.lastPhase && this.lastPhase !== r.phase && !r.paused) {
      const said = r.phase === 'answer' ? 'Outline time is up: answer now.' : 'Answer time is up: wrap up and finish the round.';
      void vscode.window.setStatusBarMessage(`Interview Coach: ${said}`, 5000);
    }
    this.lastPhase = r.phase;
    if (!r.paused) this.tick = setTimeout(() => this.render(), nextTickMs(r));
  }

  dispose(): void {
    if (this.tick) clearTimeout(this.tick);
    this.clockItem.dispose();
    this.finishItem.dispose();
    this.abandonItem.dispose();
    this.finishedEmitter.dispose();
    this.changeEmitter.dispose();
  }
}
