import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { InterviewCoachApi } from '../../src/extension/activate';
import type { GuideNode } from '../../src/extension/guide/guideTreeProvider';
import type { QuizPanel } from '../../src/extension/quiz/quizPanel';
import type { QuizPickItem } from '../../src/extension/quiz/registerQuiz';
import type { Response } from '../../src/core/quiz/protocol';
import { EXTENSION_ID, next } from './support';

async function accept(pick: vscode.QuickPick<QuizPickItem>, label: RegExp): Promise<void> {
  const item = pick.items.find((i) => label.test(i.label));
  assert.ok(item, `no item ${label} in ${pick.items.map((i) => i.label).join(' | ')}`);
  if (pick.activeItems[0] !== item) {
    // Wait for the workbench to report the item active before accepting: the two travel separately.
    const active = next(pick.onDidChangeActive, (items) => items[0] === item);
    pick.activeItems = [item];
    await active;
  }
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
}

describe('quiz panel in real VS Code', function () {
  let api: InterviewCoachApi;

  before(async () => {
    const ext = vscode.extensions.getExtension<InterviewCoachApi>(EXTENSION_ID);
    assert.ok(ext);
    api = await ext.activate();
    await api.packs.get();
    await api.quiz.service.store();
  });

  after(async () => {
    api.quiz.panel?.dispose();
    await vscode.workspace.getConfiguration().update('interviewCoach.interviewDate', undefined, vscode.ConfigurationTarget.Global);
  });

  function sectionRow(sectionId: string): vscode.TreeItem {
    const node = api.guide.provider.node(sectionId) as GuideNode;
    assert.ok(node, `no tree row ${sectionId}`);
    return api.guide.provider.getTreeItem(node);
  }

  /** The right response to the panel's current question (from the bank the host holds). */
  async function rightAnswer(panel: QuizPanel): Promise<{ questionId: string; response: Response }> {
    const state = panel.state!;
    const item = state.items[state.index]!;
    const bank = (await api.quiz.service.bank())!;
    const q = bank.byId.get(item.questionId)!;
    switch (q.kind) {
      case 'single':
        return { questionId: q.id, response: { kind: 'single', choice: item.options!.indexOf(q.answer) } };
      case 'multi':
        return { questionId: q.id, response: { kind: 'multi', choices: item.options!.map((o, i) => (q.answers.includes(o) ? i : -1)).filter((i) => i >= 0) } };
      case 'short':
        return { questionId: q.id, response: { kind: 'short', text: q.answer } };
      case 'recite':
        return { questionId: q.id, response: { kind: 'recite', text: q.answer } };
      case 'fix':
        return { questionId: q.id, response: { kind: 'fix', text: q.answer } };
      case 'card':
        assert.equal(await panel.receive({ type: 'reveal', questionId: q.id }), true);
        return { questionId: q.id, response: { kind: 'card', grade: 3 } };
    }
  }

  it('Start Quiz asks for the session in a quick pick, then opens the panel, whose page loads', async () => {
    const shown = next(api.quiz.onDidShowPick);
    const started = vscode.commands.executeCommand<QuizPanel | undefined>('interviewCoach.startQuiz');
    const pick = await shown;
    const labels = pick.items.map((i) => i.label);
    assert.deepEqual(
      labels.filter((l) => l && !l.startsWith('$(debug-continue)')),
      ['$(book) Whole guide', '$(list-tree) One section…', '$(history) Due for review', '$(flame) Weakest items', '$(zap) Rapid-fire round', '$(calendar) Set interview date…'],
    );
    assert.equal(pick.items.find((i) => i.label === '$(book) Whole guide')!.description, '229 questions');
    assert.match(pick.placeholder ?? '', /229 items not yet mastered/);

    const sectionPick = next(api.quiz.onDidShowPick, (p) => p !== pick);
    await accept(pick, /One section/);
    const sections = await sectionPick;
    assert.equal(sections.items.length, 9); // the checklist has no questions left, so it is not offered
    await accept(sections, /Netflix Culture Quick Reference/);

    const panel = await started;
    assert.ok(panel, 'the command returned no panel');
    assert.equal(panel, api.quiz.panel);
    assert.equal(panel.webviewPanel.viewType, 'interviewCoach.quiz');
    assert.equal(panel.webviewPanel.title, 'Quiz: Netflix Culture Quick Reference');
    assert.equal(panel.state!.items.length, 48);
    await panel.firstReady; // the real page ran, and its "ready" passed the protocol validator
    assert.equal(panel.view!.screen.type, 'question');
  });

  it('takes answers through the message protocol, stores progress, and updates the tree', async () => {
    const panel = api.quiz.panel!;
    const before = sectionRow('culture').description;
    assert.match(String(before), /(^| · )0\/48 mastered, 48 new$/);

    for (let i = 0; i < 2; i++) {
      const { questionId, response } = await rightAnswer(panel);
      const posted = next(panel.onDidPost, (m) => m.type === 'view');
      assert.equal(await panel.receive({ type: 'answer', questionId, response }), true);
      const view = await posted;
      assert.ok(view.type === 'view');
      if (panel.state!.phase === 'feedback') {
        assert.equal(view.view.screen.type, 'feedback');
        if (view.view.screen.type === 'feedback') assert.equal(view.view.screen.result.correct, true, view.view.screen.result.message);
        assert.equal(await panel.receive({ type: 'next' }), true);
      }
    }
    assert.equal(panel.state!.results.length, 2);

    // Stored on disk, under the pack, with the FSRS state of each answered question.
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(api.quiz.service.progressUri));
    const doc = JSON.parse(text);
    assert.equal(doc.version, 2);
    const cards = doc.packs['netflix-ml-media-algorithms'].cards;
    for (const r of panel.state!.results) {
      assert.ok(cards[r.questionId], `no stored progress for ${r.questionId}`);
      assert.equal(cards[r.questionId].lastCorrect, true);
    }
    assert.equal(doc.packs['netflix-ml-media-algorithms'].session.id, panel.state!.id, 'the unfinished session is stored too');

    assert.match(String(sectionRow('culture').description), /(^| · )0\/48 mastered, 46 new$/);
  });

  it('rejects malformed messages and answers the session is not waiting for', async () => {
    const panel = api.quiz.panel!;
    const state = panel.state;
    const errors: string[] = [];
    const sub = panel.onDidPost((m) => m.type === 'error' && errors.push(m.message));
    try {
      assert.equal(await panel.receive({ type: 'answer', questionId: 'x', response: { kind: 'single', choice: -1 } }), false);
      assert.equal(await panel.receive('<script>alert(1)</script>'), false);
      assert.equal(await panel.receive({ type: 'answer', questionId: 'culture/not-the-current-one', response: { kind: 'short', text: 'x' } }), false);
      assert.equal(await panel.receive({ type: 'next' }), false, 'next before answering');
    } finally {
      sub.dispose();
    }
    assert.equal(errors.length, 4);
    assert.equal(panel.state, state, 'the session did not move');
  });

  it('resumes the unfinished session when the panel is reopened', async () => {
    const panel = api.quiz.panel!;
    const { id, index } = panel.state!;
    const closed = next(api.quiz.onDidChangePanel, (p) => p === undefined);
    panel.webviewPanel.dispose();
    await closed;

    const shown = next(api.quiz.onDidShowPick);
    const started = vscode.commands.executeCommand<QuizPanel | undefined>('interviewCoach.startQuiz');
    const pick = await shown;
    const resume = pick.items[0]!;
    assert.equal(resume.label, '$(debug-continue) Resume: Netflix Culture Quick Reference');
    assert.equal(resume.description, '2 of 48 answered');
    await accept(pick, /Resume/);
    const reopened = (await started)!;
    assert.notEqual(reopened, panel);
    assert.equal(reopened.state!.id, id);
    assert.equal(reopened.state!.index, index);
    assert.equal(reopened.state!.results.length, 2);
    await reopened.firstReady;
  });

  it('restores the session from the webview state after a reload (the panel serializer)', async () => {
    const panel = api.quiz.panel!;
    const tokenPosted = next(panel.onDidPost, (m) => m.type === 'view' && m.token !== undefined);
    await panel.receive({ type: 'ready' });
    const message = await tokenPosted;
    const saved = { view: message.type === 'view' ? message.view : undefined, token: message.type === 'view' ? message.token : undefined, drafts: {} };
    const { id, index } = panel.state!;
    panel.webviewPanel.dispose();

    // What VS Code does after a window reload: a new panel of our view type, and the saved state.
    const fresh = vscode.window.createWebviewPanel('interviewCoach.quiz', 'Quiz', vscode.ViewColumn.Active, {});
    const restored = await api.quiz.restore(fresh, saved);
    assert.equal(restored.state!.id, id);
    assert.equal(restored.state!.index, index);
    await restored.firstReady;

    // With no usable saved state it falls back to the stored unfinished session.
    restored.webviewPanel.dispose();
    const again = await api.quiz.restore(vscode.window.createWebviewPanel('interviewCoach.quiz', 'Quiz', vscode.ViewColumn.Active, {}), { token: { v: 99 } });
    assert.equal(again.state!.id, id);
    again.webviewPanel.dispose();
  });

  it('"Quiz Me on This Section" starts a session on the tree row\'s section', async () => {
    const node = api.guide.provider.node('stories');
    assert.ok(node);
    const panel = await vscode.commands.executeCommand<QuizPanel | undefined>('interviewCoach.quizSection', node);
    assert.ok(panel);
    assert.equal(panel.state!.title, 'How Your Stories Map to Netflix');
    assert.ok(panel.state!.items.every((i) => i.questionId.startsWith('stories/')));
    assert.equal(panel.state!.items.length, 43);
  });

  it('the interview date shapes the quick pick headline', async () => {
    const now = new Date();
    const inTen = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 10);
    const pad = (n: number) => String(n).padStart(2, '0');
    const changed = next(api.quiz.service.onDidChange);
    await vscode.workspace.getConfiguration().update('interviewCoach.interviewDate', `${inTen.getFullYear()}-${pad(inTen.getMonth() + 1)}-${pad(inTen.getDate())}`, vscode.ConfigurationTarget.Global);
    await changed;
    assert.ok(api.quiz.service.scheduler.desiredRetention() > 0.9);
    const shown = next(api.quiz.onDidShowPick);
    const started = vscode.commands.executeCommand('interviewCoach.startQuiz');
    const pick = await shown;
    assert.match(pick.placeholder ?? '', /^10 days left, \d+ items not yet mastered$/);
    pick.hide();
    assert.equal(await started, undefined);
  });
});
