import * as vscode from 'vscode';
import { preferredFixes, type Finding } from '../../core/lint';
import { LINT_SOURCE, OPEN_REASON_COMMAND, type LintController, type LintResult } from './lintController';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('interviewCoach');
export const DISABLE_RULE_COMMAND = 'interviewCoach.lint.disableRule';

/** One edit that applies every finding's preferred replacement (what "fix all" does). */
export function fixAllEdit(document: vscode.TextDocument, findings: readonly Finding[]): vscode.WorkspaceEdit | undefined {
  const fixes = preferredFixes(findings);
  if (fixes.length === 0) return undefined;
  const edit = new vscode.WorkspaceEdit();
  for (const f of fixes) edit.replace(document.uri, rangeOf(document, f), f.suggestions[0]!);
  return edit;
}

function rangeOf(document: vscode.TextDocument, f: Finding): vscode.Range {
  return new vscode.Range(document.positionAt(f.start), document.positionAt(f.end));
}

/**
 * Quick fixes for red flags: each suggestion (the first preferred), or when none fits the
 * guide's phrasings to insert ("Insert a suggestion: …"), disable the rule on this
 * line, disable it in settings, and the reason in the guide; plus `source.fixAll.interviewCoach`,
 * every preferred fix as one undoable edit (for `editor.codeActionsOnSave`). Fixes come from the
 * findings the diagnostics were made of, so nothing is re-derived from the message text.
 */
export class LintCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(private readonly controller: LintController) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const only = context.only;
    const wantsFixAll = !only || FIX_ALL_KIND.contains(only) || only.contains(FIX_ALL_KIND);
    const wantsQuickFix = !only || vscode.CodeActionKind.QuickFix.contains(only) || only.contains(vscode.CodeActionKind.QuickFix);
    if (!wantsFixAll && !wantsQuickFix) return [];
    const result = this.controller.resultFor(document);
    if (!result || result.version !== document.version) return [];

    const actions: vscode.CodeAction[] = [];
    if (wantsFixAll && only) {
      // Asked for by kind (on save, or "Fix All"): just the one source action.
      const edit = fixAllEdit(document, result.findings);
      if (edit) {
        const action = new vscode.CodeAction('Fix all red flags (Interview Coach)', FIX_ALL_KIND);
        action.edit = edit;
        actions.push(action);
      }
      if (!wantsQuickFix) return actions;
    }

    const here = entriesAt(result, document, range);
    for (const { finding, diagnostic } of here) actions.push(...this.quickFixes(document, finding, diagnostic));
    const fixable = result.findings.filter((f) => f.suggestions.length > 0);
    if (here.length > 0 && fixable.length > 1) {
      const edit = fixAllEdit(document, result.findings);
      if (edit) {
        const all = new vscode.CodeAction(`Fix all ${fixable.length} red flags in this file`, vscode.CodeActionKind.QuickFix);
        all.edit = edit;
        all.diagnostics = [...result.diagnostics];
        actions.push(all);
      }
    }
    return actions;
  }

  private quickFixes(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const range = rangeOf(document, finding);
    const flagged = document.getText(range).replace(/\s+/g, ' ');
    finding.suggestions.forEach((suggestion, i) => {
      const action = new vscode.CodeAction(`Replace “${flagged}” with “${suggestion}”`, vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, range, suggestion);
      action.diagnostics = [diagnostic];
      action.isPreferred = i === 0;
      actions.push(action);
    });

    // No replacement fits the flagged words (a sentence read by meaning, or a draft that lacks
    // something): the guide's phrasings are offered to insert below its line, to adapt.
    if (finding.suggestions.length === 0) {
      const end = document.lineAt(range.end.line);
      (finding.ideas ?? []).forEach((idea) => {
        const insert = new vscode.CodeAction(`Insert a suggestion: “${idea}”`, vscode.CodeActionKind.QuickFix);
        insert.edit = new vscode.WorkspaceEdit();
        insert.edit.insert(document.uri, end.range.end, `\n${idea}`);
        insert.diagnostics = [diagnostic];
        actions.push(insert);
      });
    }

    // A trailing comment hides findings on its line without changing how the markdown renders.
    const line = document.lineAt(range.start.line);
    const disableLine = new vscode.CodeAction(`Disable ${finding.ruleId} for this line`, vscode.CodeActionKind.QuickFix);
    disableLine.edit = new vscode.WorkspaceEdit();
    disableLine.edit.insert(document.uri, line.range.end, `${line.text.endsWith(' ') || line.text === '' ? '' : ' '}<!-- interview-coach-disable-line ${finding.ruleId} -->`);
    disableLine.diagnostics = [diagnostic];
    actions.push(disableLine);

    const disableRule = new vscode.CodeAction(`Disable ${finding.ruleId} in settings`, vscode.CodeActionKind.QuickFix);
    disableRule.command = { command: DISABLE_RULE_COMMAND, title: disableRule.title, arguments: [finding.ruleId, document.uri] };
    disableRule.diagnostics = [diagnostic];
    actions.push(disableRule);

    if (finding.cite) {
      const why = new vscode.CodeAction(`Why? Open “${finding.advice ?? finding.ruleId}” in the guide`, vscode.CodeActionKind.QuickFix);
      why.command = { command: OPEN_REASON_COMMAND, title: why.title, arguments: [finding.ruleId, finding.cite] };
      why.diagnostics = [diagnostic];
      actions.push(why);
    }
    return actions;
  }
}

/** The findings (with their diagnostics) that touch `range`. */
export function entriesAt(result: LintResult, document: vscode.TextDocument, range: vscode.Range): { finding: Finding; diagnostic: vscode.Diagnostic }[] {
  const out: { finding: Finding; diagnostic: vscode.Diagnostic }[] = [];
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  result.diagnostics.forEach((diagnostic, i) => {
    const f = result.findings[i]!;
    if (diagnostic.source === LINT_SOURCE && f.start <= end && f.end >= start) out.push({ finding: f, diagnostic });
  });
  return out;
}
