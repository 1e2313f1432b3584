import * as vscode from 'vscode';
import { parsePracticeWebviewMessage, type OpenTarget } from '../../core/practice/protocol';
import { gradeName } from '../../core/practice/score';
import { escapeHtml, pageHtml, webviewOptions } from '../util/webviewHtml';
import type { FinishedRound } from './roundController';

export const RESULTS_VIEW_TYPE = 'interviewCoach.practiceResults';

/**
 * A round's results, as a plain accessible page: the score and grade, each check with its points,
 * and what to fix in the guide's words, each with a link to its line in the draft and to the guide.
 * Rendered by the host (escaped); the page's script only turns clicks into `open` messages.
 */
export function resultsHtml(f: FinishedRound): string {
  const open = (target: OpenTarget) => escapeHtml(JSON.stringify(target));
  const r = f.result;
  const checks = r.checks
    .map((c) => `<tr><th scope="row">${escapeHtml(c.label)}</th><td class="num">${c.points} / ${c.max}</td><td>${escapeHtml(c.detail)}</td></tr>`)
    .join('');
  const fixes = r.fixes.length
    ? `<ol class="fixes">${r.fixes
        .map(
          (x) => `<li class="fix fix-${x.kind}" data-rule="${escapeHtml(x.ruleId)}" data-line="${x.line}">
  <p><button class="link" data-open="${open({ kind: 'draft', path: f.round.draft, line: x.line })}">Line ${x.line}</button> <span class="badge">${x.kind === 'red-flag' ? 'Red flag' : 'Coach'}</span> ${escapeHtml(x.message)}</p>
  ${x.guide ? `<p class="guide"><span class="muted">The guide:</span> ${escapeHtml(x.guide)}${x.cite ? ` <button class="link" data-open="${open({ kind: 'guide', sectionId: x.cite.sectionId, ...(x.cite.itemId ? { itemId: x.cite.itemId } : {}) })}">Open in the guide</button>` : ''}</p>` : ''}
</li>`,
        )
        .join('')}</ol>`
    : '<p>Nothing to fix: no red flag, and the coach has no point to make.</p>';
  return `<main class="app results" aria-labelledby="score">
<h1 id="score" tabindex="-1">Score ${f.round.score} / 100 <span class="grade grade-${f.round.grade}">${gradeName(f.round.grade)}</span></h1>
<p class="question">${escapeHtml(f.prompt.question)}</p>
<p role="status" class="next">${r.redFlags.length ? `${r.redFlags.length} red flag${r.redFlags.length === 1 ? '' : 's'}. ` : ''}Practise this question again <strong class="due">${escapeHtml(f.next)}</strong>.</p>
<h2>Checks</h2>
<table class="checks"><thead><tr><th scope="col">Check</th><th scope="col">Points</th><th scope="col">Found</th></tr></thead><tbody>${checks}</tbody></table>
<h2>What to fix</h2>
${fixes}
<p class="actions">
<button data-open="${open({ kind: 'draft', path: f.round.draft })}">Open the Draft</button>
<button data-open="${open({ kind: 'guide', sectionId: f.prompt.cite.sectionId, ...(f.prompt.cite.itemId ? { itemId: f.prompt.cite.itemId } : {}) })}">This Question in the Guide</button>
<button data-open="${open({ kind: 'practice', promptId: f.prompt.id })}">Practise Again Now</button>
</p>
</main>`;
}

export class ResultsPanel implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly open: (target: OpenTarget) => Promise<void>,
  ) {
    this.panel = vscode.window.createWebviewPanel(RESULTS_VIEW_TYPE, 'Practice Results', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, webviewOptions(extensionUri));
    this.panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon-activitybar.svg');
    this.disposables.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m)),
    );
  }

  show(f: FinishedRound): void {
    this.panel.title = `Practice Results: ${f.round.score}`;
    this.panel.webview.html = pageHtml({
      webview: this.panel.webview,
      extensionUri: this.extensionUri,
      title: 'Practice Results',
      // No codicon font: the results show no icon.
      styles: ['media/readiness.css'],
      script: 'dist/webview/practiceLinks.js',
      body: resultsHtml(f),
    });
    this.panel.reveal(this.panel.viewColumn, false);
  }

  private async receive(m: unknown): Promise<void> {
    const message = parsePracticeWebviewMessage(m);
    if (message?.type === 'open') await this.open(message.target);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.disposables.length = 0;
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
    this.panel.dispose();
  }
}
