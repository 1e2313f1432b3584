import * as vscode from 'vscode';
import type { QuestionBank } from '../../core/quiz/bank';
import { parseWebviewMessage, type HostMessage, type QuizView, type SessionToken, type WebviewMessage } from '../../core/quiz/protocol';
import type { ProgressStore } from '../../core/quiz/progress';
import { missedIds, reduce, restoreSession, SessionError, view, type SessionState } from '../../core/quiz/session';
import type { Services } from '../services';
import { pageHtml, webviewOptions } from '../util/webviewHtml';
import type { QuizService } from './quizService';

export const QUIZ_VIEW_TYPE = 'interviewCoach.quiz';

/**
 * The quiz panel's host side: owns one session, turns each valid webview message into a session
 * transition, stores progress after every answer, and posts the resulting view. A message that
 * fails the protocol's validator, or that the session's current phase does not take, is
 * rejected (the webview gets an `error` and the view it should show).
 */
export class QuizPanel implements vscode.Disposable {
  private session: SessionState | undefined;
  private readonly postEmitter = new vscode.EventEmitter<HostMessage>();
  /** Every message posted to the webview (tests read the views from here). */
  readonly onDidPost = this.postEmitter.event;
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;
  private readonly readyEmitter = new vscode.EventEmitter<void>();
  /** Fires each time the webview script (re)loads and says it is ready. */
  readonly onDidBecomeReady = this.readyEmitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private lastView: QuizView | undefined;
  private disposed = false;
  /** Resolves when the webview script has loaded and said so (through the protocol). */
  readonly firstReady: Promise<void>;

  constructor(
    readonly webviewPanel: vscode.WebviewPanel,
    private readonly services: Services,
    private readonly quiz: QuizService,
    extensionUri: vscode.Uri,
    private readonly requestNewSession: () => void,
  ) {
    this.firstReady = new Promise((resolve) => {
      const sub = this.readyEmitter.event(() => {
        sub.dispose();
        resolve();
      });
    });
    webviewPanel.webview.options = webviewOptions(extensionUri);
    webviewPanel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon-activitybar.svg');
    webviewPanel.webview.html = pageHtml({
      webview: webviewPanel.webview,
      extensionUri,
      title: 'Quiz',
      styles: ['dist/codicons/codicon.css', 'media/quiz.css'],
      script: 'dist/webview/quiz.js',
      body: '<div id="app" class="app"><p class="loading">Loading the quiz…</p></div>',
    });
    this.disposables.push(
      this.postEmitter,
      this.disposeEmitter,
      this.readyEmitter,
      webviewPanel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m)),
      webviewPanel.onDidDispose(() => this.dispose()),
      // The pack reloaded (a user edited it): re-check the session against the new questions.
      services.packs.onDidChange(() => void this.enqueue(() => this.revalidate())),
    );
  }

  /** The session on screen (undefined while empty). */
  get state(): SessionState | undefined {
    return this.session;
  }

  get view(): QuizView | undefined {
    return this.lastView;
  }

  /** Shows a session (new, resumed or restored) and stores it as the unfinished one. */
  load(state: SessionState | undefined, emptyMessage = 'No quiz in progress.'): Promise<void> {
    return this.enqueue(async () => {
      this.session = state;
      this.webviewPanel.title = state ? `Quiz: ${state.title}` : 'Quiz';
      if (state) await this.persist();
      await this.render(emptyMessage);
    });
  }

  /**
   * Handles one message exactly as if the webview had sent it (the integration tests use this).
   * Resolves true when it was valid and applied, false when it was rejected.
   */
  receive(raw: unknown): Promise<boolean> {
    const message = parseWebviewMessage(raw);
    if (!message) {
      this.services.log.warn(`quiz: rejected a malformed message from the webview: ${safeJson(raw)}`);
      return this.enqueue(async () => {
        await this.post({ type: 'error', message: 'The quiz ignored a message it did not understand.' });
        return false;
      });
    }
    return this.enqueue(() => this.handle(message));
  }

  /** Messages are handled one at a time, in order: a double Enter cannot answer twice. */
  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async handle(message: WebviewMessage): Promise<boolean> {
    switch (message.type) {
      case 'ready':
        this.readyEmitter.fire();
        await this.render();
        return true;
      case 'openSource':
        await this.services.reader.show({ sectionId: message.sectionId, ...(message.anchor ? { anchor: message.anchor } : {}) });
        return true;
      case 'newSession':
        this.requestNewSession();
        return true;
      case 'retryMissed': {
        if (!this.session || this.session.phase !== 'done') return this.reject('Finish the session first.');
        const ids = missedIds(this.session);
        if (ids.length === 0) return this.reject('Nothing was missed.');
        const next = await this.quiz.plan({ kind: 'retry', questionIds: ids });
        if (!next) return this.reject('Those questions are no longer in the guide.');
        this.session = next;
        this.webviewPanel.title = `Quiz: ${next.title}`;
        await this.persist();
        await this.render();
        return true;
      }
      default:
        return this.transition(message);
    }
  }

  private async transition(message: Extract<WebviewMessage, { type: 'answer' | 'reveal' | 'next' | 'end' | 'timeUp' }>): Promise<boolean> {
    const bank = await this.quiz.bank();
    const store = await this.quiz.store();
    if (!this.session || !bank) return this.reject('No quiz in progress.');
    const saves: Promise<void>[] = [];
    try {
      this.session = reduce(
        this.session,
        message,
        bank,
        (questionId, grade, correct) => {
          const r = this.quiz.review(store, bank.packId, questionId, grade, correct);
          saves.push(r.saved);
          return r.text;
        },
        this.quiz.scheduler.now(),
      );
    } catch (err) {
      if (err instanceof SessionError) return this.reject(err.message);
      throw err;
    }
    await Promise.all(saves);
    await this.persist(store, bank);
    await this.render();
    return true;
  }

  private async reject(reason: string): Promise<false> {
    this.services.log.info(`quiz: rejected: ${reason}`);
    await this.post({ type: 'error', message: reason });
    await this.render();
    return false;
  }

  /** The unfinished session goes to the progress store (and is cleared once it is done). */
  private async persist(store?: ProgressStore, bank?: QuestionBank): Promise<void> {
    const s = store ?? (await this.quiz.store());
    const packId = bank?.packId ?? this.session?.packId;
    if (!packId || !this.session) return;
    await s.setSession(packId, this.session.phase === 'done' ? undefined : (this.session as unknown as SessionToken));
  }

  private async revalidate(): Promise<void> {
    if (!this.session) return;
    const bank = await this.quiz.bank();
    this.session = bank ? restoreSession(this.session, bank) : undefined;
    await this.render('The guide changed and this session no longer fits it. Start a new quiz.');
  }

  private async render(emptyMessage = 'No quiz in progress.'): Promise<void> {
    const bank = await this.quiz.bank();
    const store = await this.quiz.store();
    let quizView: QuizView;
    if (this.session && bank) {
      const packId = bank.packId;
      quizView = view(this.session, bank, (questionId) => this.quiz.scheduler.preview(store.card(packId, questionId)));
    } else {
      quizView = { screen: { type: 'empty', message: emptyMessage } };
    }
    this.lastView = quizView;
    await this.post({ type: 'view', view: quizView, ...(this.session && this.session.phase !== 'done' ? { token: this.session as unknown as SessionToken } : {}) });
  }

  private async post(message: HostMessage): Promise<void> {
    if (this.disposed) return;
    this.postEmitter.fire(message);
    await this.webviewPanel.webview.postMessage(message);
  }

  reveal(): void {
    this.webviewPanel.reveal(undefined, false);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.disposeEmitter.fire();
    for (const d of this.disposables) d.dispose();
    this.webviewPanel.dispose();
  }
}

function safeJson(v: unknown): string {
  try {
    return (JSON.stringify(v) ?? String(v)).slice(0, 200);
  } catch {
    return String(v);
  }
}
