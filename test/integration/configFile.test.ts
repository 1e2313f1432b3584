import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, workspaceUri } from './support';

/** Resolves at the next reload of the config files (the file watcher's), or now if `check` already holds. */
async function configUntil(check: () => boolean): Promise<void> {
  const coach = await api();
  if (check()) return;
  await new Promise<void>((resolve) => {
    const sub = coach.config.onDidChange(() => {
      if (check()) {
        sub.dispose();
        resolve();
      }
    });
  });
}

describe('integration: .interview-coach.jsonc', () => {
  const file = () => workspaceUri('.interview-coach.jsonc');

  afterEach(async () => {
    try {
      await vscode.workspace.fs.delete(file());
    } catch {
      // already gone
    }
  });

  it('is read through vscode.workspace.fs and wins over VS Code settings for the keys it sets', async () => {
    const coach = await api();
    const draft = workspaceUri('answers', 'why-netflix.md');
    assert.ok(!coach.lint.controller.settingsFor(draft).disabledRules.includes('team-as-family'));
    await vscode.workspace.fs.writeFile(file(), new TextEncoder().encode('// shared with the CLI\n{ "lint": { "disabledRules": ["team-as-family"] }, "coach.wordsPerMinute": 120, }\n'));
    await configUntil(() => coach.lint.controller.settingsFor(draft).disabledRules.includes('team-as-family'));
    assert.equal(coach.config.configFor(draft)?.get('interviewCoach.coach.wordsPerMinute'), 120);

    await vscode.workspace.fs.delete(file());
    await configUntil(() => !coach.lint.controller.settingsFor(draft).disabledRules.includes('team-as-family'));
  });

  it('shows an unknown key as a problem on the file, with its line', async () => {
    const coach = await api();
    await vscode.workspace.fs.writeFile(file(), new TextEncoder().encode('{\n  "lint": { "disabledRule": [] }\n}\n'));
    await configUntil(() => (coach.config.configFor(undefined)?.problems.length ?? 0) > 0);
    const diagnostics = vscode.languages.getDiagnostics(file());
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.range.start.line, 1);
    assert.match(diagnostics[0]!.message, /unknown setting "lint\.disabledRule"/);
  });

  it('"Disable RULE in settings" changes the config file when the file sets disabledRules, keeping its comments', async () => {
    const coach = await api();
    const draft = workspaceUri('answers', 'why-netflix.md');
    await vscode.workspace.fs.writeFile(file(), new TextEncoder().encode('{\n  // the team\'s list\n  "lint": { "disabledRules": [] }\n}\n'));
    await configUntil(() => coach.config.fileFor(draft, 'interviewCoach.lint.disabledRules') !== undefined);
    await vscode.commands.executeCommand('interviewCoach.lint.disableRule', 'team-as-family', draft);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file()));
    assert.match(text, /the team's list/);
    assert.deepEqual(coach.config.configFor(draft)?.get('lint.disabledRules'), ['team-as-family']);
    assert.ok(coach.lint.controller.settingsFor(draft).disabledRules.includes('team-as-family'));
    // VS Code's settings were not touched.
    assert.ok(!(vscode.workspace.getConfiguration().inspect<string[]>('interviewCoach.lint.disabledRules')?.workspaceValue ?? []).includes('team-as-family'));
  });
});
