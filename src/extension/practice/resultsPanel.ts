import * as vscode from 'vscode';
import { parsePracticeWebviewMessage, type OpenTarget } from '../../core/practice/protocol';
import { gradeName } from '../../core/practice/score';
import { escapeHtml, pageHtml, webviewOptions } from '../util/webviewHtml';
import type { FinishedRound } from './roundController';
import type { ResultsPage } from '../../core/practice/resultsPage';

export const RESULTS_VIEW_TYPE = 'interviewCoach.practiceResults';

/** The results page's data (also its saved state) from a finished round. */
export function resultsPage(f: FinishedRound): ResultsPage {
  const cite = (c: { sectionId: string; itemId?: string }) => ({ sectionId: c.sectionId, ...(c.itemId ? { itemId: c.itemId } : {}) });
  return {
    v: 1,
    roundId: f.round.id,
    score: f.round.score,
    grade: f.round.grade,
    promptId: f.prompt.id,
    question: f.prompt.question,
    cite: cite(f.prompt.cite),
    draft: f.round.draft,
    next: f.next,
    redFlags: f.result.redFlags.length,
    checks: f.result.checks.map((c) => ({ label: c.label, points: c.points, max: c.max, detail: c.detail })),
    fixes: f.result.fixes.map((x) => ({ kind: x.kind, ruleId: x.ruleId, line: x.line, message: x.message, ...(x.guide ? { guide: x.guide } : {}), ...(x.cite ? { cite: cite(x.cite) } : {}) })),
  };
}

/**
 * A round's results, as a plain accessible page: the score and grade, each check with its points,
 * and what to fix in the guide's words, each with a link to its line in the draft and to the guide.
 * Rendered by the host (escaped); the page's script only turns clicks into `open` messages and
 * keeps the page's data as its state, for a window reload.
 */
export function resultsHtml(p: ResultsPage): string {
  const open = (target: OpenTarget) => escapeHtml(JSON.stringify(target));
  const checks = p.checks
    .map((c) => `<tr><th scope="row">${escapeHtml(c.label)}</th><td class="num">${c.points} / ${c.max}</td><td>${escapeHtml(c.detail)}</td></tr>`)
    .join('');
  const fixes = p.fixes.length
    ? `<ol class="fixes">${p.fixes
        .map(
          (x) => `<li class="fix fix-${x.kind}" data-rule="${escapeHtml(x.ruleId)}" data-line="${x.line}">
  <p><button class="link" data-open="${open({ kind: 'draft', path: p.draft, line: x.line })}">Line ${x.line}</button> <span class="badge">${x.kind === 'red-flag' ? 'Red flag' : 'Coach'}</span> ${escapeHtml(x.message)}</p>
  ${x.guide ? `<p class="guide"><span class="muted">The guide:</span> ${escapeHtml(x.guide)}${x.cite ? ` <button class="link" data-open="${open({ kind: 'guide', ...x.cite })}">Open in the guide</button>` : ''}</p>` : ''}
</li>`,
        )
        .join('')}</ol>`
    : '<p>Nothing to fix: no red flag, and the coach has no point to make.</p>';
  return `<main class="app results" aria-labelledby="score">
<h1 id="score" tabindex="-1">Score ${p.score} / 100 <span class="grade grade-${p.grade}">${gradeName(p.grade)}</span></h1>
<p class="question">${escapeHtml(p.question)}</p>
<p role="status" class="next">${p.redFlags ? `${p.redFlags} red flag${p.redFlags === 1 ? '' : 's'}. ` : ''}Practise this question again <strong class="due">${escapeHtml(p.next)}</strong>.</p>
<h2>Checks</h2>
<table class="checks"><thead><tr><th scope="col">Check</th><th scope="col">Points</th><th scope="col">Found</th></tr></thead><tbody>${checks}</tbody></table>
<h2>What to fix</h2>
${fixes}
<p class="actions">
<button data-open="${open({ kind: 'draft', path: p.draft })}">Open the Draft</button>
<button data-open="${open({ kind: 'guide', ...p.cite })}">This Question in the Guide</button>
<button data-open="${open({ kind: 'practice', promptId: p.promptId })}">Practise Again Now</button>
</p>
</main>`;
}

/** What a restored results panel shows when its saved page cannot be used. */
const MISSING_HTML = `<main class="app results" aria-labelledby="score">
<h1 id="score" tabindex="-1">Practice results</h1>
<p>The results of this round could not be brought back. Its score is recorded: run <strong>Interview Coach: Show Readiness</strong> to see it.</p>
</main>`;

export class ResultsPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;
  /** The page on screen (undefined: a restored panel whose saved page could not be used). */
  page: ResultsPage | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly open: (target: OpenTarget) => Promise<void>,
  ) {
    panel.webview.options = webviewOptions(extensionUri);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon-activitybar.svg');
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m)),
    );
  }

  static create(extensionUri: vscode.Uri, open: (target: OpenTarget) => Promise<void>): ResultsPanel {
    return new ResultsPanel(vscode.window.createWebviewPanel(RESULTS_VIEW_TYPE, 'Practice Results', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, webviewOptions(extensionUri)), extensionUri, open);
  }

  /** Shows a round's results (`undefined`: says they could not be brought back). */
  show(page: ResultsPage | undefined, reveal = true): void {
    this.page = page;
    this.panel.title = page ? `Practice Results: ${page.score}` : 'Practice Results';
    this.panel.webview.html = pageHtml({
      webview: this.panel.webview,
      extensionUri: this.extensionUri,
      title: 'Practice Results',
      // No codicon font: the results show no icon.
      styles: ['media/readiness.css'],
      script: 'dist/webview/practiceLinks.js',
      body: page ? resultsHtml(page) : MISSING_HTML,
      ...(page ? { data: page } : {}),
    });
    if (reveal) this.panel.reveal(this.panel.viewColumn, false);
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
