import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { InterviewCoachApi } from '../../src/extension/activate';
import type { LintResult } from '../../src/extension/lint/lintController';
import type { WorkspaceLintSummary } from '../../src/extension/lint/registerLint';
import { corpus } from '../../scripts/bench/corpus';
import { api, workspaceUri } from './support';

const RULES = new Set(['work-life-balance', 'stability', 'more-process', 'detailed-instructions', 'only-ml-theory', 'research-production-separate', 'team-as-family', 'ignore-creative-side', 'user-phrase']);

/** The red-flag diagnostics of a file (the coach's diagnostics share the source; our codes are rule ids). */
function lintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Interview Coach' && typeof d.code === 'object' && RULES.has(String(d.code.value)));
}

/** Resolves when `check` holds, re-checking each time the diagnostics of `uri` change (never by sleeping). */
function diagnosticsUntil(uri: vscode.Uri, check: (d: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const now = lintDiagnostics(uri);
  if (check(now)) return Promise.resolve(now);
  return new Promise((resolve) => {
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const d = lintDiagnostics(uri);
      if (check(d)) {
        sub.dispose();
        resolve(d);
      }
    });
  });
}

/** The next lint result published for a document at its current (or a later) version. */
function published(coach: InterviewCoachApi, document: vscode.TextDocument, check: (r: LintResult) => boolean = () => true): Promise<LintResult> {
  const current = coach.lint.controller.published(document.uri);
  if (current && current.version === document.version && check(current)) return Promise.resolve(current);
  return new Promise((resolve) => {
    const sub = coach.lint.controller.onDidLint((r) => {
      if (r.uri.toString() === document.uri.toString() && r.version === document.version && check(r)) {
        sub.dispose();
        resolve(r);
      }
    });
  });
}

function rangeOf(document: vscode.TextDocument, text: string, from = 0): vscode.Range {
  const at = document.getText().indexOf(text, from);
  assert.ok(at >= 0, `"${text}" not in the document`);
  return new vscode.Range(document.positionAt(at), document.positionAt(at + text.length));
}

const DRAFT = [
  '---',
  'interview: true',
  'question: What are you looking for?',
  '---',
  '',
  '# What I am looking for',
  '',
  'I want a good work-life balance and a stable role.',
  'At my last job researchers threw models over the wall to engineering.',
  '',
  '```',
  'work-life balance in code is fine',
  '```',
  '',
  'I built tools for the studio and its creators.',
  '',
].join('\n');

describe('red-flag lint (real VS Code)', function () {
  this.timeout(60_000);
  const created: vscode.Uri[] = [];

  async function createFile(path: string, text: string): Promise<vscode.Uri> {
    const uri = workspaceUri(...path.split('/'));
    created.push(uri);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return uri;
  }

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created.splice(0)) await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
    await vscode.workspace.getConfiguration('interviewCoach.lint').update('disabledRules', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('lints a draft on open, with ranges on the flagged words and nothing in code', async () => {
    await api();
    const uri = await createFile('answers/lint-open.md', DRAFT);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const diags = await diagnosticsUntil(uri, (d) => d.length === 3);
    const byRule = new Map(diags.map((d) => [String((d.code as { value: string }).value), d]));
    assert.deepEqual([...byRule.keys()].sort(), ['research-production-separate', 'stability', 'work-life-balance']);
    assert.deepEqual(byRule.get('work-life-balance')!.range, rangeOf(document, 'a good work-life balance'));
    assert.deepEqual(byRule.get('stability')!.range, rangeOf(document, 'a stable role'));
    assert.deepEqual(byRule.get('research-production-separate')!.range, rangeOf(document, 'threw models over the wall to engineering'));
    const d = byRule.get('work-life-balance')!;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /Work-life balance/);
    const code = d.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.scheme, 'command');
    assert.equal(code.target.path, 'interviewCoach.lint.openReason');
  });

  it('applies the preferred quick fix, and undo restores the text', async () => {
    const coach = await api();
    const uri = await createFile('answers/lint-fix.md', DRAFT);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await published(coach, editor.document, (r) => r.findings.length === 3);
    const range = rangeOf(editor.document, 'a good work-life balance');
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const ours = actions.filter((a) => a.title.startsWith('Replace “a good work-life balance”'));
    assert.deepEqual(
      ours.map((a) => [a.title, a.isPreferred === true]),
      [
        ['Replace “a good work-life balance” with “uncomfortably exciting work”', true],
        ['Replace “a good work-life balance” with “challenges to embrace”', false],
        ['Replace “a good work-life balance” with “resilience”', false],
      ],
    );
    assert.ok(actions.some((a) => a.title === 'Disable work-life-balance for this line'));
    assert.ok(actions.some((a) => a.title === 'Disable work-life-balance in settings'));
    assert.ok(actions.some((a) => a.title.startsWith('Why? Open')));

    const before = editor.document.getText();
    assert.ok(await vscode.workspace.applyEdit(ours[0]!.edit!));
    assert.match(editor.document.getText(), /I want uncomfortably exciting work and a stable role\./);
    const fixed = await diagnosticsUntil(uri, (d) => d.length === 2);
    assert.ok(!fixed.some((x) => (x.code as { value: string }).value === 'work-life-balance'));

    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
    await diagnosticsUntil(uri, (d) => d.length === 3);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('fixes everything with source.fixAll.interviewCoach in one undoable edit', async () => {
    const coach = await api();
    const uri = await createFile('answers/lint-fix-all.md', DRAFT);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await published(coach, editor.document, (r) => r.findings.length === 3);
    const before = editor.document.getText();
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, whole, 'source.fixAll.interviewCoach')) ?? [];
    assert.equal(actions.length, 1);
    assert.equal(actions[0]!.kind?.value, 'source.fixAll.interviewCoach');
    assert.ok(await vscode.workspace.applyEdit(actions[0]!.edit!));
    assert.match(editor.document.getText(), /I want uncomfortably exciting work and bold, ambitious work\.\nAt my last job researchers bridge research and production\./);
    await diagnosticsUntil(uri, (d) => d.length === 0);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before, 'one undo restores every fix');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('re-lints as you type, and publishes only the latest version', async () => {
    const coach = await api();
    const uri = await createFile('answers/lint-typing.md', DRAFT);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await published(coach, editor.document, (r) => r.findings.length === 3);
    // Every result published is for the version the document has at that moment: a superseded one never is.
    const stale: string[] = [];
    const sub = coach.lint.controller.onDidLint((r) => {
      if (r.uri.toString() === uri.toString() && r.version !== editor.document.version) stale.push(`${r.version} while at ${editor.document.version}`);
    });
    try {
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      // Three quick edits: only the last version's findings may be published.
      await editor.edit((b) => b.insert(end, 'The team is like a family. '));
      await editor.edit((b) => b.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, 'I want more process. '));
      await editor.edit((b) => b.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, 'Done.'));
      // An edit can land after an earlier version was linted and published (a busy host, or the
      // meaning tier's relint when its model answers): wait for the last version's result.
      await published(coach, editor.document, (r) => r.findings.length === 5);
      const diags = lintDiagnostics(uri);
      assert.equal(diags.length, 5);
      assert.deepEqual(diags.find((d) => (d.code as { value: string }).value === 'team-as-family')!.range, rangeOf(editor.document, 'a family'));
      assert.equal(coach.lint.controller.published(uri)?.version, editor.document.version);
      assert.deepEqual(stale, []);
    } finally {
      sub.dispose();
    }
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('shows the guide\'s reason on hover, and the count in the status bar', async () => {
    const coach = await api();
    const uri = await createFile('answers/lint-hover.md', DRAFT);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await published(coach, editor.document, (r) => r.findings.length === 3);
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, rangeOf(editor.document, 'a stable role').start.translate(0, 3))) ?? [];
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /they're uncomfortably exciting/);
    assert.match(text, /Uncomfortably Exciting/);
    assert.match(text, /Say instead: \*\*bold, ambitious work\*\*/);
    assert.match(text, /command:interviewCoach\.lint\.openReason/);
    coach.lint.status.update();
    assert.equal(coach.lint.status.item.text, '$(warning) 3 red flags');
    assert.equal((coach.lint.status.item.command as vscode.Command).command, 'workbench.actions.view.problems');
  });

  it('leaves a file outside drafts.include alone until "Lint This File"', async () => {
    const coach = await api();
    const outside = await createFile('research/lint-outside.md', '# Notes\n\nI want a good work-life balance.\n');
    const draft = await createFile('answers/lint-barrier.md', DRAFT);
    const notes = await vscode.workspace.openTextDocument(outside);
    await vscode.window.showTextDocument(notes);
    // Open a draft after it and wait for the draft's lint: the notes, opened first, had their turn.
    await published(coach, await vscode.workspace.openTextDocument(draft), (r) => r.findings.length === 3);
    assert.equal(coach.lint.controller.shouldLint(notes), false);
    assert.deepEqual(lintDiagnostics(outside), []);

    await vscode.window.showTextDocument(notes);
    const result = await vscode.commands.executeCommand<LintResult | undefined>('interviewCoach.lint.lintFile');
    assert.equal(result?.findings.length, 1);
    const diags = await diagnosticsUntil(outside, (d) => d.length === 1);
    assert.deepEqual(diags[0]!.range, rangeOf(notes, 'a good work-life balance'));
  });

  it('"Disable in settings" writes the rule to the workspace settings, and its findings go away', async () => {
    const coach = await api();
    const uri = await createFile('answers/lint-settings.md', DRAFT);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await published(coach, editor.document, (r) => r.findings.length === 3);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, rangeOf(editor.document, 'a stable role'), vscode.CodeActionKind.QuickFix.value)) ?? [];
    const disable = actions.find((a) => a.title === 'Disable stability in settings');
    assert.ok(disable?.command);
    await vscode.commands.executeCommand(disable.command.command, ...(disable.command.arguments ?? []));
    assert.deepEqual(vscode.workspace.getConfiguration('interviewCoach.lint').get('disabledRules'), ['stability']);
    const diags = await diagnosticsUntil(uri, (d) => d.length === 2);
    assert.ok(!diags.some((d) => (d.code as { value: string }).value === 'stability'));
  });

  it('"Why?" opens the guide at the red flag\'s reason', async () => {
    const coach = await api();
    const uri = await createFile('answers/lint-why.md', DRAFT);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await published(coach, editor.document, (r) => r.findings.length === 3);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, rangeOf(editor.document, 'threw models'), vscode.CodeActionKind.QuickFix.value)) ?? [];
    const why = actions.find((a) => a.title.startsWith('Why? Open'));
    assert.ok(why?.command);
    await vscode.commands.executeCommand(why.command.command, ...(why.command.arguments ?? []));
    assert.deepEqual(coach.reader.shown, { sectionId: 'red-flags', anchor: 'From the Job Description' });
    // The diagnostic's code link carries only the rule id; it lands on the same place.
    await vscode.commands.executeCommand('interviewCoach.lint.openReason', 'work-life-balance');
    assert.deepEqual(coach.reader.shown, { sectionId: 'red-flags', anchor: 'From the Culture Memo' });
  });

  it('clears a document\'s diagnostics when it closes', async () => {
    const coach = await api();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Untitled\n\nI want job security.\n' });
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('interviewCoach.lint.lintFile');
    await diagnosticsUntil(document.uri, (d) => d.length === 1);
    const closed = new Promise<void>((resolve) => {
      const sub = vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.toString() === document.uri.toString()) {
          sub.dispose();
          resolve();
        }
      });
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closed;
    assert.deepEqual(lintDiagnostics(document.uri), []);
    assert.equal(coach.lint.controller.published(document.uri), undefined);
  });

  it('lints every draft of the workspace on command, open or not', async () => {
    const coach = await api();
    const uri = await createFile('answers/lint-closed.md', DRAFT);
    const summary = await vscode.commands.executeCommand<WorkspaceLintSummary>('interviewCoach.lint.lintWorkspace');
    // biggest-weakness.md, why-netflix.md and this one.
    assert.ok(summary.files >= 3, `linted ${summary.files} files`);
    assert.ok(summary.findings >= 3);
    assert.equal(lintDiagnostics(uri).length, 3);
    assert.ok(lintDiagnostics(workspaceUri('answers', 'biggest-weakness.md')).length >= 2);
    assert.deepEqual(lintDiagnostics(workspaceUri('notes.md')), []);
    // Not open, so nothing will close it: clear what this test published.
    coach.lint.controller.collection.clear();
  });

  it('lints a 10 MB draft in slices, giving the extension host back between them, and caps the diagnostics', async function () {
    // Speed belongs to the benchmark: on a loaded machine 10 MB can take longer than the suite's 60 s.
    this.timeout(240_000);
    const coach = await api();
    // The bench's corpus: realistic drafts, red flags in every form, code, tables, quotes…
    const content = corpus(10 * 1024 * 1024, { seed: 13 });
    const started = Date.now();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(document);
    const opened = Date.now();
    // This test runs in the extension host: how late a 5 ms timer fires shows how long it was held.
    // Reported, not asserted (speed belongs to the benchmark); the slicing itself is asserted.
    let longest = 0;
    let ticks = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      ticks++;
    }, 5);
    const result = await vscode.commands.executeCommand<LintResult>('interviewCoach.lint.lintFile');
    const linted = Date.now();
    clearInterval(ticker);
    const diags = await diagnosticsUntil(document.uri, (d) => d.length > 0);
    console.log(
      `      10 MB draft (${content.length} characters): VS Code opened it in ${opened - started} ms; linted in ${linted - opened} ms ` +
        `in ${result.slices} slices, ${result.findings.length} findings, ${diags.length} diagnostics shown; the longest the extension host was held: ${longest.toFixed(0)} ms`,
    );
    // How many slices depends on the machine's speed, so only the structure is asserted: the
    // work was split, and other work of the host (this timer) ran while it went on.
    assert.ok((result.slices ?? 0) > 1, `linted in ${result.slices} slice(s)`);
    assert.ok(ticks > 0, 'no timer ran while the 10 MB draft was linted: the host was held throughout');
    assert.ok(result.findings.length > 1000);
    assert.equal(coach.lint.controller.published(document.uri), result);
    // The Problems panel gets VS Code's maximum; the status bar counts them all.
    assert.equal(diags.length, 1000);
    coach.lint.status.update();
    assert.equal(coach.lint.status.item.text, `$(warning) ${result.findings.filter((f) => f.severity !== 'hint').length} red flags`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
