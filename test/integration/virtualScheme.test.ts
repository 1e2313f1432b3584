import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api } from './support';

/** Diagnostics of `uri` once `check` holds (re-checked on every change, never by sleeping). */
function diagnosticsUntil(uri: vscode.Uri, check: (d: readonly vscode.Diagnostic[]) => boolean): Promise<readonly vscode.Diagnostic[]> {
  const now = vscode.languages.getDiagnostics(uri);
  if (check(now)) return Promise.resolve(now);
  return new Promise((resolve) => {
    const sub = vscode.languages.onDidChangeDiagnostics(() => {
      const d = vscode.languages.getDiagnostics(uri);
      if (check(d)) {
        sub.dispose();
        resolve(d);
      }
    });
  });
}

describe('integration: drafts on a scheme other than file (virtual workspaces)', () => {
  it('lints a draft that lives on another scheme', async () => {
    await api();
    const scheme = 'ic-virtual';
    const text = '---\ninterview: true\nquestion: Why here?\n---\n\n# Why here\n\nI want a team that is like a family, and a good work-life balance.\n';
    const registration = vscode.workspace.registerTextDocumentContentProvider(scheme, { provideTextDocumentContent: () => text });
    try {
      const uri = vscode.Uri.from({ scheme, path: '/prep/answers/why-here.md' });
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.languages.setTextDocumentLanguage(document, 'markdown');
      await vscode.window.showTextDocument(document);
      const diagnostics = await diagnosticsUntil(uri, (d) => d.some((x) => typeof x.code === 'object' && x.code.value === 'team-as-family'));
      assert.ok(diagnostics.some((x) => typeof x.code === 'object' && x.code.value === 'work-life-balance'));
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      registration.dispose();
    }
  });
});
