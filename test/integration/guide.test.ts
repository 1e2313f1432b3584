import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { InterviewCoachApi } from '../../src/extension/activate';
import type { GuideNode } from '../../src/extension/guide/guideTreeProvider';
import type { PackState } from '../../src/extension/packService';
import { api } from './support';

/**
 * Sets contentPath and resolves with the state the pack service settles on for it: a reload left
 * over from an earlier test (a watcher firing) is not mistaken for this one.
 */
async function setContentPath(coach: InterviewCoachApi, value: string | undefined): Promise<PackState> {
  const matches = (state: PackState) =>
    value === undefined ? !state.isUserPack && !state.settingProblem : state.isUserPack ? state.folder.path.endsWith(`/${value}`) : !!state.settingProblem?.includes(`"${value}"`);
  const reloaded = new Promise<PackState>((resolve) => {
    const sub = coach.packs.onDidChange((state) => {
      if (!matches(state)) return;
      sub.dispose();
      resolve(state);
    });
  });
  await vscode.workspace.getConfiguration('interviewCoach').update('contentPath', value, vscode.ConfigurationTarget.Workspace);
  return reloaded;
}

function label(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

describe('guide tree (real VS Code)', () => {
  it('activates quickly and reports how long activate() took', async () => {
    const coach = await api();
    // Reported, not asserted: speed is measured by the bench, never by a timed test.
    console.log(`      activate() took ${coach.activationMs.toFixed(2)} ms`);
    assert.ok(coach.activationMs >= 0);
  });

  it('lists the sections in the guide order, each with children', async () => {
    const coach = await api();
    await coach.packs.get();
    const roots = coach.guide.provider.getChildren();
    assert.deepEqual(
      roots.map((n) => label(coach.guide.provider.getTreeItem(n))),
      [
        'Job Description Quick Reference',
        'Netflix Culture Quick Reference',
        'How Your Stories Map to Netflix',
        'Key Phrases to Use Naturally',
        'Questions They Might Ask & How to Connect',
        'Critical Job-Specific Details to Remember',
        'Red Flags to Avoid',
        'Your 30-Second Elevator Pitch',
        'Final Preparation Checklist',
        'Smart Questions to Ask',
      ],
    );
    for (const root of roots) {
      const item = coach.guide.provider.getTreeItem(root);
      assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed, `${label(item)} should expand`);
      assert.ok(item.iconPath instanceof vscode.ThemeIcon);
    }
  });

  it('shows a story with the values it demonstrates as children', async () => {
    const coach = await api();
    const stories = coach.guide.provider.getChildren().find((n) => n.id === 'stories')!;
    const risk = coach.guide.provider.getChildren(stories)[0]!;
    const values = coach.guide.provider.getChildren(risk).map((n) => coach.guide.provider.getTreeItem(n));
    assert.deepEqual(values.map(label), ['Courage', 'Great and Always Better', 'People Over Process', 'Judgment']);
    assert.equal(values[0]!.description, 'Proposed unpopular change');
    assert.equal(coach.guide.provider.getParent(risk), stories);
  });

  it('keeps checklist ticks in global state and counts them on the section', async () => {
    const coach = await api();
    const checklist = coach.guide.provider.getChildren().find((n) => n.id === 'checklist')!;
    const items = coach.guide.provider.getChildren(checklist) as (GuideNode & { checkItemId: string })[];
    assert.equal(items.length, 7);
    await coach.guide.setChecked([{ id: items[0]!.checkItemId, checked: true }, { id: items[2]!.checkItemId, checked: true }]);
    try {
      // Other features may append to a section's description (the quiz adds mastery): the first part is the guide's.
      assert.equal(String(coach.guide.provider.getTreeItem(checklist).description).split(' · ')[0], '2/7 done');
      assert.equal(coach.guide.provider.getTreeItem(items[0]!).checkboxState, vscode.TreeItemCheckboxState.Checked);
      assert.equal(coach.guide.provider.getTreeItem(items[1]!).checkboxState, vscode.TreeItemCheckboxState.Unchecked);
      // A fresh reader of the same memento sees the ticks: this is what a restart reads.
      assert.deepEqual([...coach.guide.checklist.checked('netflix-ml-media-algorithms')].sort(), [items[0]!.checkItemId, items[2]!.checkItemId].sort());
    } finally {
      await coach.guide.setChecked(items.map((i) => ({ id: i.checkItemId, checked: false })));
    }
    assert.equal(String(coach.guide.provider.getTreeItem(checklist).description).split(' · ')[0], '0/7 done');
  });

  it('opens the reader at a row', async () => {
    const coach = await api();
    await vscode.commands.executeCommand('interviewCoach.openGuideItem', 'stories/conflict');
    assert.deepEqual(coach.reader.shown, { sectionId: 'stories', anchor: 'Story 2' });
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  describe('with a broken contentPath', () => {
    /** Packs a test wrote, removed once the setting no longer points at them. */
    const written: string[] = [];
    afterEach(async () => {
      const coach = await api();
      await setContentPath(coach, undefined);
      for (const dir of written.splice(0)) rmSync(dir, { recursive: true, force: true });
    });

    it('shows the error in the tree and the Problems panel, and loads the rest', async () => {
      const coach = await api();
      const state = await setContentPath(coach, 'packs/broken-pack');
      assert.equal(state.isUserPack, true);
      const roots = coach.guide.provider.getChildren();
      const problemRow = coach.guide.provider.getTreeItem(roots[0]!);
      assert.equal(label(problemRow), 'Content problems: 1 error');
      const problem = coach.guide.provider.getChildren(roots[0])[0]!;
      assert.equal(coach.guide.provider.getTreeItem(problem).description, '02-culture.md:16:7');
      // The good section and the culture section's valid principle still load.
      assert.deepEqual(roots.slice(1).map((n) => label(coach.guide.provider.getTreeItem(n))), ['Acme Checklist', 'Acme Culture']);

      const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'packs/broken-pack/02-culture.md');
      const diags = vscode.languages.getDiagnostics(uri);
      assert.equal(diags.length, 1);
      assert.equal(diags[0]!.range.start.line, 15);
      assert.equal(diags[0]!.severity, vscode.DiagnosticSeverity.Error);
      assert.match(diags[0]!.message, /values\[0\]\.meaning: expected a non-empty string, got a list/);
    });

    it('shows a lint pattern that does not compile at its own line, once', async () => {
      const coach = await api();
      const root = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
      const dir = join(root, 'packs', 'pattern-pack');
      mkdirSync(dir, { recursive: true });
      try {
        copyFileSync(join(root, 'packs', 'broken-pack', 'pack.md'), join(dir, 'pack.md'));
        const flags = [
          '---', 'id: flags', 'kind: red-flags', 'title: Acme Flags', 'order: 1', 'flags:',
          '  - id: stability', '    group: "Acme"', '    text: "Do not ask for a safe job"', '    reason: "it reads as wanting no change"',
          '    lint:', '      message: "Reads as wanting stability"', '      phrases:', '        - "stable job"', '        - "(job|career security"',
          '---', '', '# Acme Flags', '',
        ];
        writeFileSync(join(dir, '01-flags.md'), flags.join('\n'));
        const state = await setContentPath(coach, 'packs/pattern-pack');
        const roots = coach.guide.provider.getChildren();
        assert.equal(label(coach.guide.provider.getTreeItem(roots[0]!)), 'Content problems: 1 error');
        const problem = coach.guide.provider.getChildren(roots[0])[0]!;
        // Line 15, column 11: the bad pattern itself, not the flag's line 7.
        assert.equal(coach.guide.provider.getTreeItem(problem).description, '01-flags.md:15:11');
        const diags = vscode.languages.getDiagnostics(vscode.Uri.file(join(dir, '01-flags.md')));
        assert.deepEqual(diags.map((d) => [d.range.start.line, d.severity]), [[14, vscode.DiagnosticSeverity.Error]]);
        assert.match(diags[0]!.message, /pattern "\(job\|career security": unclosed "\("/);
        // The flag loads with its good phrase.
        assert.deepEqual(state.result.pack?.sections.map((s) => s.title), ['Acme Flags']);
      } finally {
        written.push(dir);
      }
    });

    it('loads a pack file that is a symbolic link, as the CLI does', async () => {
      const coach = await api();
      const root = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
      const linked = join(root, 'packs', 'linked-pack');
      mkdirSync(linked, { recursive: true });
      try {
        copyFileSync(join(root, 'packs', 'broken-pack', 'pack.md'), join(linked, 'pack.md'));
        symlinkSync(join(root, 'packs', 'broken-pack', '01-checklist.md'), join(linked, '01-checklist.md'));
        const state = await setContentPath(coach, 'packs/linked-pack');
        assert.deepEqual(state.result.pack?.sections.map((s) => s.title), ['Acme Checklist']);
      } finally {
        rmSync(linked, { recursive: true, force: true });
      }
    });

    it('reloads when a file of the user pack changes', async () => {
      const coach = await api();
      await setContentPath(coach, 'packs/broken-pack');
      const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'packs/broken-pack/01-checklist.md');
      const original = await vscode.workspace.fs.readFile(uri);
      const reloaded = new Promise<PackState>((resolve) => {
        const sub = coach.packs.onDidChange((s) => (sub.dispose(), resolve(s)));
      });
      try {
        await vscode.workspace.fs.writeFile(uri, Buffer.from(Buffer.from(original).toString('utf8').replace('title: Acme Checklist', 'title: Renamed Checklist')));
        const state = await reloaded;
        assert.equal(state.result.pack!.sections[0]!.title, 'Renamed Checklist');
      } finally {
        await vscode.workspace.fs.writeFile(uri, original);
      }
    });

    it('a pack with nothing usable empties the tree for the welcome view and says why', async () => {
      const coach = await api();
      const state = await setContentPath(coach, 'packs/unusable-pack');
      assert.equal(state.isUserPack, true);
      assert.deepEqual(coach.guide.provider.getChildren(), []);
      assert.match(coach.guide.view.message ?? '', /^The guide could not be loaded\. 01-broken\.md:4: invalid YAML frontmatter/);
      // The welcome view's "Open the Broken File" button runs this command.
      await vscode.commands.executeCommand('interviewCoach.openContentProblem');
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor, 'no editor opened');
      assert.ok(editor.document.uri.path.endsWith('/packs/unusable-pack/01-broken.md'), editor.document.uri.path);
      assert.equal(editor.selection.active.line, 3);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });

    it('a folder that does not exist falls back to the bundled guide with a visible error row', async () => {
      const coach = await api();
      const state = await setContentPath(coach, 'packs/no-such-pack');
      assert.equal(state.isUserPack, false);
      assert.match(state.settingProblem!, /is not a readable folder/);
      const roots = coach.guide.provider.getChildren();
      assert.equal(label(coach.guide.provider.getTreeItem(roots[0]!)), 'Content folder not found');
      assert.equal(roots.length, 11);
    });
  });
});
