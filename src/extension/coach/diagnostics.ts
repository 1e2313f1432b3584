import * as vscode from 'vscode';
import type { Pack, Severity } from '../../core/content/types';
import type { Finding } from '../../core/lint/finding';
import type { DraftIndex } from './draftIndex';

export const COACH_SOURCE = 'Interview Coach';
const TYPING_DEBOUNCE_MS = 250;

const SEVERITY: Readonly<Record<Severity, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The Guide tree node a finding cites, for "open in the guide". */
export function guideNodeId(cite: Finding['cite'], pack: Pack | undefined): string | undefined {
  if (!cite) return undefined;
  if (!cite.itemId) return cite.sectionId;
  const section = pack?.sections.find((s) => s.id === cite.sectionId);
  if (section?.kind === 'culture') {
    const group = section.principles.some((p) => p.id === cite.itemId) ? 'principles' : 'values';
    return `${section.id}/${group}/${cite.itemId}`;
  }
  return `${cite.sectionId}/${cite.itemId}`;
}

export function openGuideUri(nodeId: string): vscode.Uri {
  return vscode.Uri.parse(`command:interviewCoach.openGuideItem?${encodeURIComponent(JSON.stringify([nodeId]))}`);
}

/** A coach diagnostic carries its Finding, so code actions never re-derive or look anything up. */
export class CoachDiagnostic extends vscode.Diagnostic {
  constructor(
    readonly finding: Finding,
    range: vscode.Range,
    pack: Pack | undefined,
  ) {
    super(range, finding.message, SEVERITY[finding.severity]);
    this.source = COACH_SOURCE;
    const node = guideNodeId(finding.cite, pack);
    this.code = node ? { value: finding.ruleId, target: openGuideUri(node) } : finding.ruleId;
  }
}

function toDiagnostic(document: vscode.TextDocument, finding: Finding, pack: Pack | undefined): CoachDiagnostic {
  const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
  return new CoachDiagnostic(finding, range, pack);
}

/**
 * Coach findings of open answer drafts in their own collection (the red-flag linter owns its own):
 * refreshed as the draft is typed (debounced; a superseded version is never published), when
 * coverage changes, and cleared when the document closes.
 */
export class CoachDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('interview-coach-coach');
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly index: DraftIndex,
    private readonly pack: () => Pack | undefined,
    /** Suppression comments and the lint settings, applied by the lint engine. */
    private readonly settle: (text: string, uri: vscode.Uri, findings: readonly Finding[]) => Finding[] = (_t, _u, f) => [...f],
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.publish(d)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.cancel(d);
        this.collection.delete(d.uri);
      }),
      index.onDidChange(() => this.publishAll()),
    );
    this.publishAll();
  }

  private cancel(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
  }

  private schedule(document: vscode.TextDocument): void {
    this.cancel(document);
    this.timers.set(
      document.uri.toString(),
      setTimeout(() => {
        this.timers.delete(document.uri.toString());
        this.publish(document);
      }, TYPING_DEBOUNCE_MS),
    );
  }

  publishAll(): void {
    for (const d of vscode.workspace.textDocuments) this.publish(d);
  }

  /** Publishes the findings of `document` at its current version. */
  publish(document: vscode.TextDocument): void {
    if (document.isClosed) return;
    const entry = this.index.analyzeDocument(document);
    if (!entry) {
      this.collection.delete(document.uri);
      return;
    }
    // Coverage findings (a story told in too many drafts) need every draft: working on one is
    // the moment to look for the others.
    if (!this.index.started) void this.index.start();
    const pack = this.pack();
    const findings = this.settle(entry.text, document.uri, this.index.findings(document.uri, entry.analysis));
    this.collection.set(
      document.uri,
      findings.map((f) => toDiagnostic(document, f, pack)),
    );
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

/** Quick fixes for coach diagnostics: apply a suggestion (delete a hedge), open the cited guide item. */
export class CoachCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly pack: () => Pack | undefined) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !vscode.CodeActionKind.QuickFix.contains(context.only)) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (!(diagnostic instanceof CoachDiagnostic)) continue;
      const f = diagnostic.finding;
      f.suggestions.forEach((suggestion, i) => {
        const original = document.getText(diagnostic.range);
        const title = suggestion === '' ? `Remove "${original.trim()}"` : `Replace with "${suggestion}"`;
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = i === 0;
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, diagnostic.range, suggestion);
        actions.push(action);
      });
      // The linter's own ways to silence a rule work for coach rules too.
      const line = document.lineAt(diagnostic.range.start.line);
      const disableLine = new vscode.CodeAction(`Disable ${f.ruleId} for this line`, vscode.CodeActionKind.QuickFix);
      disableLine.edit = new vscode.WorkspaceEdit();
      disableLine.edit.insert(document.uri, line.range.end, `${line.text.endsWith(' ') || line.text === '' ? '' : ' '}<!-- interview-coach-disable-line ${f.ruleId} -->`);
      disableLine.diagnostics = [diagnostic];
      actions.push(disableLine);
      const disableRule = new vscode.CodeAction(`Disable ${f.ruleId} in settings`, vscode.CodeActionKind.QuickFix);
      disableRule.command = { command: 'interviewCoach.lint.disableRule', title: disableRule.title, arguments: [f.ruleId, document.uri] };
      disableRule.diagnostics = [diagnostic];
      actions.push(disableRule);
      const node = guideNodeId(f.cite, this.pack());
      if (node) {
        const open = new vscode.CodeAction('Open in the guide', vscode.CodeActionKind.QuickFix);
        open.diagnostics = [diagnostic];
        open.command = { command: 'interviewCoach.openGuideItem', title: 'Open in the guide', arguments: [node] };
        actions.push(open);
      }
    }
    return actions;
  }
}
