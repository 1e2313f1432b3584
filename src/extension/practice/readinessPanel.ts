import * as vscode from 'vscode';
import { parsePracticeWebviewMessage, type OpenTarget, type PracticeHostMessage } from '../../core/practice/protocol';
import type { Readiness } from '../../core/practice/readiness';
import type { Services } from '../services';
import { pageHtml, webviewOptions } from '../util/webviewHtml';
import type { PracticeService } from './practiceService';

export const READINESS_VIEW_TYPE = 'interviewCoach.readiness';
/** Live updates come at most this often (a burst of keystrokes in a draft is one update). */
const UPDATE_DELAY_MS = 300;

/**
 * The readiness dashboard's host side: computes the figures, posts them when the webview is ready
 * and again whenever quiz answers, rounds, drafts or settings change, and opens what a bar points
 * at. Same CSP, nonce and theme variables as the quiz panel.
 */
export class ReadinessPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private openedAt: number | undefined;
  private disposed = false;
  private readonly postEmitter = new vscode.EventEmitter<PracticeHostMessage>();
  /** Every message posted (tests read the figures from here). */
  readonly onDidPost = this.postEmitter.event;
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;
  last: Readiness | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly services: Services,
    private readonly practice: PracticeService,
    private readonly openTarget: (target: OpenTarget) => Promise<void>,
  ) {
    panel.webview.options = webviewOptions(extensionUri);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon-activitybar.svg');
    panel.webview.html = pageHtml({
      webview: panel.webview,
      extensionUri,
      title: 'Readiness',
      // No codicon font: a stylesheet fewer before the script can run.
      styles: ['media/readiness.css'],
      script: 'dist/webview/readiness.js',
      body: '<main id="app" class="app readiness"><p class="loading">Adding up your readiness…</p></main>',
    });
    this.disposables.push(
      this.postEmitter,
      this.disposeEmitter,
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m)),
      practice.onDidChange(() => this.schedule()),
    );
  }

  /** Marks when the candidate asked for the dashboard: the first figures say how long it took. */
  opening(at = Date.now()): void {
    this.openedAt = at;
  }

  reveal(): void {
    this.panel.reveal(undefined, false);
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
  }

  async update(): Promise<void> {
    if (this.disposed) return;
    const started = performance.now();
    let figures: Readiness | undefined;
    try {
      figures = await this.practice.readiness();
    } catch (err) {
      this.services.log.error(`readiness: ${String(err)}`);
    }
    if (!figures || this.disposed) return;
    this.last = figures;
    const message: PracticeHostMessage = { type: 'readiness', readiness: figures, ms: Math.round(performance.now() - started), ...(this.openedAt ? { openedAt: this.openedAt } : {}) };
    this.openedAt = undefined;
    this.postEmitter.fire(message);
    await this.panel.webview.postMessage(message);
  }

  private async receive(raw: unknown): Promise<void> {
    const m = parsePracticeWebviewMessage(raw);
    if (!m) {
      this.services.log.warn('readiness: ignored a message it did not understand');
      return;
    }
    if (m.type === 'ready') await this.update();
    else await this.openTarget(m.target);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.disposeEmitter.fire();
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}
