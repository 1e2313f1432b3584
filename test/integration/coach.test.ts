import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewDraftResult } from '../../src/extension/coach/newDraft';
import { api, exists, workspaceUri } from './support';

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}


/** Resolves when `check` holds, re-checking each time `event` fires (never by sleeping). */
function until<T>(event: vscode.Event<T>, check: () => boolean): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve) => {
    const sub = event(() => {
      if (check()) {
        sub.dispose();
        resolve();
      }
    });
  });
}

async function lensTitles(uri: vscode.Uri): Promise<string[]> {
  const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 10)) ?? [];
  return lenses.map((l) => l.command?.title ?? '').filter((t) => /^\$\((clock|list-ordered|star-empty)\)/.test(t));
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('interviewCoach').update(key, value, vscode.ConfigurationTarget.Workspace);
}

describe('coach (real VS Code)', () => {
  const created: vscode.Uri[] = [];

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created.splice(0)) await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  describe('New Answer Draft', () => {
    it('creates answers/<slug>.md from a likely question, with frontmatter, STAR headings and the guide\'s points, and opens it', async () => {
      await api();
      const uri = workspaceUri('answers', 'how-do-you-handle-ambiguity.md');
      assert.equal(await exists(uri), false, 'the fixture workspace already has this draft');
      const result = await vscode.commands.executeCommand<NewDraftResult>('interviewCoach.newAnswerDraft', { questionId: 'ambiguity' });
      created.push(uri);
      assert.equal(result?.created, true);
      assert.equal(result.uri.toString(), uri.toString());

      const text = await readText(uri);
      assert.ok(text.startsWith('---\ninterview: true\nquestion: "How do you handle ambiguity?"\nstory: learning\nvalues: [curiosity, resilience, great-and-always-better, uncomfortably-exciting]\n---\n'), text);
      assert.deepEqual(text.split('\n').filter((l) => l.startsWith('## ')), ['## Situation', '## Task', '## Action', '## Result']);
      assert.match(text, /- Created 16-week roadmap from chaos/);

      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.toString(), uri.toString());
      const situation = editor!.document.getText().split('\n').indexOf('## Situation');
      assert.ok(editor!.selection.active.line > situation && editor!.selection.active.line < editor!.document.getText().split('\n').indexOf('## Task'), 'the cursor waits under Situation');
    });

    it('never overwrites: a draft that exists is opened unchanged', async () => {
      await api();
      const uri = workspaceUri('answers', 'why-netflix.md');
      const before = await readText(uri);
      const result = await vscode.commands.executeCommand<NewDraftResult>('interviewCoach.newAnswerDraft', { questionId: 'why-netflix' });
      assert.equal(result?.created, false);
      assert.equal(result.uri.toString(), uri.toString());
      assert.equal(await readText(uri), before);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
      assert.equal(vscode.window.activeTextEditor?.document.isDirty, false);

      // The same file name from a question typed differently is kept too.
      const again = await vscode.commands.executeCommand<NewDraftResult>('interviewCoach.newAnswerDraft', { question: 'Why Netflix!', story: 'risk' });
      assert.equal(again?.created, false);
      assert.equal(await readText(uri), before);
    });

    it('puts drafts in the folder the setting names, and takes a question of your own with a story', async () => {
      await api();
      await setSetting('drafts.folder', 'prep/drafts');
      const folder = workspaceUri('prep');
      created.push(folder);
      try {
        const result = await vscode.commands.executeCommand<NewDraftResult>('interviewCoach.newAnswerDraft', { question: 'What is the boldest thing you have done?', story: 'risk' });
        assert.equal(result?.created, true);
        assert.equal(result.uri.toString(), workspaceUri('prep', 'drafts', 'what-is-the-boldest-thing-you-have-done.md').toString());
        assert.match(await readText(result.uri), /\nstory: risk\nvalues: \[courage, great-and-always-better, people-over-process, judgment\]\n/);
      } finally {
        await setSetting('drafts.folder', undefined);
      }
    });
  });

  describe('CodeLens and status bar', () => {
    it('shows words, speaking time and values above a draft, and follows edits and the pace', async () => {
      const coach = await api();
      // A copy of a fixture draft, so the edits below can never leak into another test's view of
      // why-netflix.md (My Drafts counts that file's values and speaking time).
      const uri = workspaceUri('answers', 'lens-pace.md');
      created.push(uri);
      await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(workspaceUri('answers', 'why-netflix.md')));
      const editor = await vscode.window.showTextDocument(uri);
      assert.deepEqual(await lensTitles(uri), ['$(clock) 0:26 · 65 words at 150 wpm (within the 2:00 target)', '$(star-empty) Values: none shown yet']);
      assert.equal(coach.coach.status.visible, true);
      assert.equal(coach.coach.status.item.text, '$(clock) 0:26');

      // Ten more words, two of them a value's name: the lenses follow the unsaved text.
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      assert.ok(await editor.edit((e) => e.insert(end, '\nIt takes courage and candor to say this out loud.')));
      assert.deepEqual(await lensTitles(uri), ['$(clock) 0:30 · 75 words at 150 wpm (within the 2:00 target)', '$(star-empty) Values: Candor, Courage']);

      await setSetting('coach.wordsPerMinute', 100);
      try {
        await until(coach.coach.index.onDidChange, () => coach.coach.index.currentSettings.wordsPerMinute === 100);
        assert.equal((await lensTitles(uri))[0], '$(clock) 0:45 · 75 words at 100 wpm (within the 2:00 target)');
      } finally {
        await setSetting('coach.wordsPerMinute', undefined);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
      assert.equal(editor.document.isDirty, false, 'the edit was reverted');
    });

    it('shows the STAR parts of a story draft, and nothing above a file that is not a draft', async () => {
      const coach = await api();
      const result = await vscode.commands.executeCommand<NewDraftResult>('interviewCoach.newAnswerDraft', { questionId: 'disagreement' });
      created.push(result!.uri);
      const editor = vscode.window.activeTextEditor!;
      assert.deepEqual(await lensTitles(result!.uri), [
        '$(clock) 0:00 · 0 words at 150 wpm (within the 2:00 target)',
        '$(list-ordered) STAR: Situation — Task — Action — Result —',
        '$(star-empty) Values: none shown yet',
      ]);
      assert.ok(await editor.edit((e) => e.insert(editor.selection.active, 'Steve and I disagreed about the DFS design for our resolver.')));
      const titles = await lensTitles(result!.uri);
      assert.equal(titles[1], '$(list-ordered) STAR: Situation ✓ Task — Action — Result —');
      assert.equal(titles[2], '$(star-empty) Values: Dream Team, Selflessness, Judgment, Candor');

      await vscode.commands.executeCommand('workbench.action.files.revert');

      const notes = workspaceUri('notes.md');
      await vscode.window.showTextDocument(notes);
      assert.deepEqual(await lensTitles(notes), []);
      assert.equal(coach.coach.status.visible, false);
    });

    it('a pitch past its limit gets a warning diagnostic; a hedge gets a quick fix that removes it', async () => {
      const coach = await api();
      const uri = workspaceUri('answers', 'pitch-test.answer.md');
      created.push(uri);
      const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`---\ninterview: true\npitch: true\n---\n\n# Pitch\n\nI build pipelines and it was maybe fine. ${words}\n`));
      const coachDiagnostics = () =>
        vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Interview Coach').map((d) => ({ d, code: typeof d.code === 'object' ? String(d.code.value) : String(d.code) }));
      const has = (code: string) => coachDiagnostics().some((x) => x.code === code);
      const ready = until(vscode.languages.onDidChangeDiagnostics, () => has('pitch-too-long') && has('hedging'));
      const editor = await vscode.window.showTextDocument(uri);
      await ready;
      const pitch = coachDiagnostics().find((x) => x.code === 'pitch-too-long')!.d;
      assert.equal(pitch.severity, vscode.DiagnosticSeverity.Warning);
      // 8 words, then word0…word79: the 76th word (word67) is where 30 seconds at 150 wpm run out.
      assert.equal(editor.document.getText(pitch.range), Array.from({ length: 13 }, (_, i) => `word${67 + i}`).join(' '));
      assert.match(pitch.message, /runs 0:35 at 150 wpm, over its 30-second limit/);
      assert.equal(coach.coach.status.item.text, '$(clock) 0:35 / 0:30');

      const hedge = coachDiagnostics().find((x) => x.code === 'hedging')!.d;
      assert.equal(editor.document.getText(hedge.range), 'maybe ');
      assert.equal(hedge.severity, vscode.DiagnosticSeverity.Warning, 'a hedge in the pitch is a warning');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, hedge.range, vscode.CodeActionKind.QuickFix.value);
      const remove = actions.find((a) => a.title === 'Remove "maybe"');
      assert.ok(remove?.edit, `no fix among ${actions.map((a) => a.title).join(', ')}`);
      assert.equal(remove.isPreferred, true);
      assert.ok(await vscode.workspace.applyEdit(remove.edit));
      assert.match(editor.document.getText(), /I build pipelines and it was fine\. word0/);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });
  });

  describe('coach hints and the linter\'s settings', () => {
    it('a suppression comment hides a coach hint; "disable for this line" and "disable in settings" are offered', async () => {
      await api();
      const uri = workspaceUri('answers', 'suppressed.md');
      created.push(uri);
      await vscode.workspace.fs.writeFile(
        uri,
        new TextEncoder().encode('---\ninterview: true\n---\n\n# Q\n\n<!-- interview-coach-disable-next-line hedging -->\nIt was maybe fine.\nIt was maybe great.\n'),
      );
      const hedges = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Interview Coach' && (typeof d.code === 'object' ? d.code.value : d.code) === 'hedging');
      const published = until(vscode.languages.onDidChangeDiagnostics, () => hedges().length > 0);
      await vscode.window.showTextDocument(uri);
      await published;
      assert.deepEqual(hedges().map((d) => d.range.start.line), [8]);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, hedges()[0]!.range, vscode.CodeActionKind.QuickFix.value);
      const titles = actions.map((a) => a.title);
      assert.ok(titles.includes('Disable hedging for this line'), titles.join(', '));
      assert.ok(titles.includes('Disable hedging in settings'), titles.join(', '));
    });
  });

  it('a story told in too many drafts is flagged on the story line of each open one', async () => {
    await api();
    const uris = ['risk-a.md', 'risk-b.md', 'risk-c.md'].map((name) => workspaceUri('answers', name));
    created.push(...uris);
    for (const uri of uris) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ninterview: true\nstory: risk\n---\n\n# A risk\n\nI proposed the change.\n'));
    const overused = () => vscode.languages.getDiagnostics(uris[1]!).filter((d) => d.source === 'Interview Coach' && (typeof d.code === 'object' ? d.code.value : d.code) === 'story-overused');
    const flagged = until(vscode.languages.onDidChangeDiagnostics, () => overused().length === 1);
    await vscode.window.showTextDocument(uris[1]!);
    await flagged;
    const [d] = overused();
    assert.equal(d!.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(d!.range.start.line, 2);
    assert.match(d!.message, /The Risk story is told in 3 answers \(more than 2\); also in answers\/risk-a\.md, answers\/risk-c\.md\./);
  });

  describe('My Drafts', () => {
    it('lists the workspace\'s drafts with time, STAR and values, plus coverage, and updates when a draft appears', async () => {
      const coach = await api();
      const { index, tree } = coach.coach;
      // Earlier tests edited and reverted drafts: read everything afresh before counting.
      await index.refresh();
      const labels = () => tree.getChildren().map((n) => n.label);
      assert.deepEqual(labels(), ['What is your biggest weakness?', 'Why do you want to work at Netflix?', 'Coverage'], `drafts: ${index.drafts.map((d) => `${d.path} (${d.uri.toString()})`).join(', ')}`);
      const why = tree.getChildren().find((n) => n.label === 'Why do you want to work at Netflix?')!;
      // Red flags as the linter's status bar counts them (its hint about the studio side aside).
      assert.equal(tree.getTreeItem(why).description, '0:26 · 0 values · 0 red flags');
      const weakness = tree.getChildren().find((n) => n.label === 'What is your biggest weakness?')!;
      assert.equal(tree.getTreeItem(weakness).description, '0:08 · 0 values · 2 red flags');
      const coverage = tree.getChildren().find((n) => n.id === 'coverage')!;
      const values = tree.getChildren(coverage).find((n) => n.id === 'coverage/values')!;
      assert.equal(values.description, '0/12 shown');

      const uri = workspaceUri('answers', 'team-story.md');
      created.push(uri);
      const appeared = until(tree.onDidChangeTreeData, () => labels().includes('Leading the scrum team'));
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ninterview: true\nstory: team\n---\n\n# Leading the scrum team\n\n## Action\n\nI ran the ceremonies. Velocity rose 30%.\n'));
      await appeared;
      const row = tree.getChildren().find((n) => n.label === 'Leading the scrum team')!;
      assert.equal(tree.getTreeItem(row).description, '0:03 · STAR 1/4 · 4 values · 0 red flags');
      assert.deepEqual(
        tree.getChildren(row).map((n) => `${n.label}: ${n.description}`),
        ['Speaking time: 0:03 · 7 words at 150 wpm (within the 2:00 target)', 'STAR: Situation —  Task —  Action ✓  Result —', 'Values: Dream Team, People Over Process, Selflessness, Inclusion', 'Red flags: 0'],
      );
      const shown = tree.getChildren(tree.getChildren().find((n) => n.id === 'coverage')!).find((n) => n.id === 'coverage/values')!;
      assert.equal(shown.description, '4/12 shown');

      const gone = until(tree.onDidChangeTreeData, () => !labels().includes('Leading the scrum team'));
      await vscode.workspace.fs.delete(uri);
      await gone;
    });

    it('drops a deleted draft whose document lingers dirty with no tab, and does not bring it back', async () => {
      // VS Code keeps a closed editor's document for a while, and can mark it dirty when its file
      // is deleted (seen about one time in five): that document is nothing the user has open. It
      // once kept a deleted copy of a draft listed beside the original (a flaky test).
      const coach = await api();
      const { index, tree } = coach.coach;
      await index.start();
      const labels = () => tree.getChildren().map((n) => n.label);
      const uri = workspaceUri('answers', 'orphan.md');
      created.push(uri);
      const appeared = until(tree.onDidChangeTreeData, () => labels().includes('An orphaned answer'));
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ninterview: true\n---\n\n# An orphaned answer\n\nI think so.\n'));
      await appeared;
      const document = await vscode.workspace.openTextDocument(uri);
      const gone = until(tree.onDidChangeTreeData, () => !labels().includes('An orphaned answer'));
      await vscode.workspace.fs.delete(uri);
      await gone;
      // Unsaved text in a document no tab shows, for a file that is gone.
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, new vscode.Position(document.lineCount - 1, 0), 'More. ');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.equal(document.isDirty, true);
      assert.ok(!vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString())));
      await index.whenSettled();
      assert.ok(!labels().includes('An orphaned answer'), labels().join(', '));
      await index.refresh();
      assert.ok(!labels().includes('An orphaned answer'), labels().join(', '));
      // Leave no unsaved document behind for the tests after this one.
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      assert.ok(document.isClosed || !document.isDirty, 'the orphan is still unsaved');
    });

    it('counts a file as a draft as the linter does: under answers/ (drafts.include) even without frontmatter', async () => {
      const coach = await api();
      const { index, tree } = coach.coach;
      await index.start();
      const labels = () => tree.getChildren().map((n) => n.label);
      const inAnswers = workspaceUri('answers', 'plain.md');
      const elsewhere = workspaceUri('plain-notes.md');
      created.push(inAnswers, elsewhere);
      const appeared = until(tree.onDidChangeTreeData, () => labels().includes('Plain answer'));
      await vscode.workspace.fs.writeFile(elsewhere, new TextEncoder().encode('# Plain notes\n\nNot an answer.\n'));
      await vscode.workspace.fs.writeFile(inAnswers, new TextEncoder().encode('# Plain answer\n\nI think it went well.\n'));
      await appeared;
      assert.ok(!labels().includes('Plain notes'));
    });
  });
});
