import * as vscode from 'vscode';
import { parsePracticeWebviewMessage, type OpenTarget, type OpenTiming, type PracticeHostMessage } from '../../core/practice/protocol';
import type { Readiness } from '../../core/practice/readiness';
import { toHtml } from '../../webview/readiness/vnode';
import { readinessView } from '../../webview/readiness/view';
import type { Services } from '../services';
import { webviewAsset } from '../util/webviewAssets';
import { pageHtml, webviewOptions } from '../util/webviewHtml';
import type { PracticeService } from './practiceService';

export const READINESS_VIEW_TYPE = 'interviewCoach.readiness';
/** Live updates come at most this often (a burst of keystrokes in a draft is one update). */
const UPDATE_DELAY_MS = 300;
const STYLE = 'media/readiness.css';
const SCRIPT = 'dist/webview/readiness.js';

/**
 * The readiness dashboard's host side. The page it hands VS Code already holds the first view
 * (charts and tables written from the figures, its stylesheet and script inline), so the charts
 * are on screen as soon as VS Code has loaded the page: no stylesheet or script to fetch, no
 * message to wait for. After that it posts the figures whenever quiz answers, rounds, drafts or
 * settings change, and opens what a bar points at. Same CSP, nonce and theme variables as the
 * quiz panel.
 */
export class ReadinessPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  private readonly postEmitter = new vscode.EventEmitter<PracticeHostMessage>();
  /** Every live update posted (tests read the figures from here). */
  readonly onDidPost = this.postEmitter.event;
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;
  last: Readiness | undefined;
  /** Resolves once the first page (with the figures) has been handed to VS Code. */
  readonly written: Promise<void>;
  /** The timings written into the first page. */
  opening: OpenTiming | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly services: Services,
    private readonly practice: PracticeService,
    private readonly openTarget: (target: OpenTarget) => Promise<void>,
    /** When the candidate asked for the dashboard (epoch ms): the page says how long it took. */
    openedAt = Date.now(),
  ) {
    panel.webview.options = webviewOptions(extensionUri);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon-activitybar.svg');
    this.disposables.push(
      this.postEmitter,
      this.disposeEmitter,
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m)),
      practice.onDidChange(() => this.schedule()),
    );
    this.written = this.writePage(openedAt);
  }

  /** The figures, then the page with them in it (VS Code only starts loading a page once it has one). */
  private async writePage(openedAt: number): Promise<void> {
    const started = performance.now();
    const [figures, css, js] = await Promise.all([this.figures(), webviewAsset(this.extensionUri, STYLE), webviewAsset(this.extensionUri, SCRIPT)]);
    if (this.disposed) return;
    const figuresMs = Math.round(performance.now() - started);
    this.last = figures;
    const htmlAt = Date.now();
    this.opening = { openedAt, htmlAt, figuresMs, ...(this.practice.lastSteps ? { figureSteps: this.practice.lastSteps } : {}) };
    const view = figures
      ? readinessView(figures, `figures in ${figuresMs} ms · updated ${new Date(htmlAt).toLocaleTimeString()}`, { 'data-opening': JSON.stringify(this.opening) }).map(toHtml).join('')
      : '<p class="loading">The guide could not be loaded, so there is nothing to add up yet. Open the Guide view to see why.</p>';
    this.panel.webview.html = pageHtml({
      webview: this.panel.webview,
      extensionUri: this.extensionUri,
      title: 'Readiness',
      // No codicon font: it draws no icons.
      styles: [STYLE],
      script: SCRIPT,
      inline: { ...(css !== undefined ? { css } : {}), ...(js !== undefined ? { js } : {}) },
      body: `<main id="app" class="app readiness">${view}</main>`,
    });
  }

  reveal(): void {
    this.panel.reveal(undefined, false);
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
  }

  private async figures(): Promise<Readiness | undefined> {
    try {
      return await this.practice.readiness();
    } catch (err) {
      this.services.log.error(`readiness: ${String(err)}`);
      return undefined;
    }
  }

  /** Posts the figures now (a live update). */
  async update(): Promise<void> {
    await this.written;
    if (this.disposed) return;
    const started = performance.now();
    const figures = await this.figures();
    if (!figures || this.disposed) return;
    this.last = figures;
    const message: PracticeHostMessage = { type: 'readiness', readiness: figures, ms: Math.round(performance.now() - started) };
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
