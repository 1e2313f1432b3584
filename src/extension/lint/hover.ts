import * as vscode from 'vscode';
import type { Finding } from '../../core/lint';
import { OPEN_REASON_COMMAND, type LintController } from './lintController';

/** The reason behind a flagged phrase, in the guide's words, with its replacements and a link to the guide. */
export class LintHover implements vscode.HoverProvider {
  constructor(private readonly controller: LintController) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this.controller.resultFor(document);
    if (!result || result.version !== document.version) return undefined;
    const offset = document.offsetAt(position);
    const here = result.findings.filter((f) => f.start <= offset && offset <= f.end && f.end > f.start);
    if (here.length === 0) return undefined;
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: [OPEN_REASON_COMMAND] };
    here.forEach((f, i) => {
      if (i > 0) md.appendMarkdown('\n\n---\n\n');
      appendFinding(md, f);
    });
    const first = here[0]!;
    return new vscode.Hover(md, new vscode.Range(document.positionAt(first.start), document.positionAt(first.end)));
  }
}

export function appendFinding(md: vscode.MarkdownString, f: Finding): void {
  md.appendMarkdown(`$(warning) **${escape(f.advice ?? f.message)}**\n\n`);
  if (f.reason) md.appendMarkdown(`${escape(f.reason)}\n\n`);
  if (f.suggestions.length > 0) md.appendMarkdown(`Say instead: ${f.suggestions.map((s, i) => (i === 0 ? `**${escape(s)}**` : escape(s))).join(' · ')}\n\n`);
  if (f.ideas && f.ideas.length > 0) md.appendMarkdown(`Ideas: ${f.ideas.map((s) => `“${escape(s)}”`).join(' · ')}\n\n`);
  if (f.cite) {
    const args = encodeURIComponent(JSON.stringify([f.ruleId, f.cite]));
    md.appendMarkdown(`[Open in the guide](command:${OPEN_REASON_COMMAND}?${args}) · \`${f.ruleId}\``);
  } else {
    md.appendMarkdown(`\`${f.ruleId}\``);
  }
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>$]/g, '\\$&');
}
