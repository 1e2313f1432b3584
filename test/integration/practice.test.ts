import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { InterviewCoachApi } from '../../src/extension/activate';
import type { ReadinessPanel } from '../../src/extension/practice/readinessPanel';
import type { FinishedRound } from '../../src/extension/practice/roundController';
import type { RoundTimer } from '../../src/core/practice/timer';
import { api as coachApi, exists, next, workspaceUri } from './support';

const PACK = 'netflix-ml-media-algorithms';
const PROMPT = 'question:ambiguity';
const RED_FLAG = 'I am looking for work-life balance and a stable team.';



describe('practice rounds and readiness (real VS Code)', function () {
  let api: InterviewCoachApi;

  before(async () => {
    api = await coachApi();
  });

  // Every test starts with no round running, no panel of ours open and no practice draft, whatever ran before it.
  beforeEach(async () => {
    if (api.practice.rounds.timer) await vscode.commands.executeCommand('interviewCoach.practice.abandon');
    api.practice.results?.panel.dispose();
    api.practice.readiness?.panel.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  afterEach(async () => {
    if (api.practice.rounds.timer) await vscode.commands.executeCommand('interviewCoach.practice.abandon');
    api.practice.results?.panel.dispose();
    api.practice.readiness?.panel.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  // The drafts stay until the end: a round never overwrites one, so each test writes its own (a
  // draft deleted while VS Code still holds its document would come back under the same name).
  after(async () => {
    await vscode.workspace.fs.delete(workspaceUri('answers', 'practice'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  async function start(promptId = PROMPT): Promise<{ timer: RoundTimer; editor: vscode.TextEditor }> {
    const timer = await vscode.commands.executeCommand<RoundTimer | undefined>('interviewCoach.practiceQuestion', promptId);
    assert.ok(timer, 'the command started no round');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'no editor for the practice draft');
    assert.equal(editor.document.uri.toString(), timer.draft);
    return { timer, editor };
  }

  /** Types `text` where the draft's cursor is (the answer's place), as a person would. */
  async function answer(editor: vscode.TextEditor, text: string): Promise<number> {
    const at = editor.selection.active;
    assert.ok(await editor.edit((b) => b.insert(at, text)));
    return at.line + 1;
  }

  async function finish(): Promise<FinishedRound> {
    const finished = await vscode.commands.executeCommand<FinishedRound | undefined>('interviewCoach.practice.finish');
    assert.ok(finished, 'finishing returned no round');
    return finished;
  }

  it('"Practice a Question" with a question writes a new practice draft, opens it and starts the countdown', async () => {
    const { timer, editor } = await start();
    const uri = vscode.Uri.parse(timer.draft);
    assert.match(uri.path, /\/answers\/practice\/how-do-you-handle-ambiguity-\d{8}-\d{4}(-\d+)?\.md$/);
    assert.ok(await exists(uri), 'the draft is on disk');
    const text = editor.document.getText();
    assert.match(text, /^---\ninterview: true\npractice: "?question:ambiguity"?\n/m);
    assert.match(text, /^question: "How do you handle ambiguity\?"$/m);
    assert.equal(api.practice.rounds.timer?.roundId, timer.roundId, 'the round is the running one (kept in workspace state)');
    assert.equal(timer.promptId, PROMPT);
    assert.ok(timer.answerMs > 0 && timer.outlineMs > 0);

    // A second round of the same question never overwrites the first draft.
    await vscode.commands.executeCommand('interviewCoach.practice.abandon');
    const again = await start();
    assert.notEqual(again.timer.draft, timer.draft);
    assert.ok(await exists(uri), 'the first draft is kept');
  });

  it('finishing a round with a red flag records it (score, red flags), shows the flagged line, and brings the question back within minutes', async () => {
    const store = await api.practice.service.store();
    const before = store.rounds(PACK).length;
    const { timer, editor } = await start();
    const line = await answer(editor, `When a goal is vague I write down the two options and test the cheaper one first. ${RED_FLAG}`);

    const finished = await finish();
    assert.equal(api.practice.rounds.timer, undefined, 'the round is over');
    assert.equal(editor.document.isDirty, false, 'the draft was saved before scoring');
    const { round, result } = finished;
    assert.equal(round.id, timer.roundId);
    assert.equal(round.promptId, PROMPT);
    assert.ok(round.redFlags >= 1, `red flags: ${round.redFlags}`);
    assert.equal(round.grade, 1, 'a red flag makes the round an Again');
    assert.ok(round.score >= 0 && round.score < 100);
    assert.equal(round.score, result.score);
    const flag = result.fixes.find((f) => f.ruleId === 'work-life-balance');
    assert.ok(flag, `the red flag is listed: ${result.fixes.map((f) => f.ruleId).join(', ')}`);
    assert.equal(flag.kind, 'red-flag');
    assert.equal(flag.line, line, 'it points at the line with the red flag');
    assert.match(round.draft, /^answers\/practice\/how-do-you-handle-ambiguity-\d{8}-\d{4}(-\d+)?\.md$/);

    // Recorded, and re-scheduled by the quiz's FSRS scheduler: an Again comes back within minutes.
    const rounds = store.rounds(PACK);
    assert.equal(rounds.length, before + 1);
    assert.deepEqual(rounds.find((r) => r.id === round.id), round);
    const card = store.card(PACK, PROMPT);
    assert.ok(card, 'the question has a card');
    const wait = Date.parse(card.due) - Date.now();
    assert.ok(wait <= 10 * 60_000, `due again in ${Math.round(wait / 1000)} s`);
    assert.match(finished.next, /^(now|in \d+ min)$/);
    const need = (await api.practice.service.ranked())!.needs.find((n) => n.prompt.id === PROMPT)!;
    assert.notEqual(need.reason, 'new');
    assert.equal(need.lastScore, round.score);

    // On disk, where other windows read it.
    const doc = JSON.parse((await api.practice.service.file.read())!);
    assert.equal(doc.packs[PACK].rounds[round.id].score, round.score);
    assert.equal(doc.packs[PACK].rounds[round.id].redFlags, round.redFlags);

    // The results page opened, with the round's score and the flagged line.
    const results = api.practice.results;
    assert.ok(results, 'no results page');
    assert.equal(results.panel.viewType, 'interviewCoach.practiceResults');
    assert.equal(results.page?.roundId, round.id);
    assert.match(results.panel.webview.html, new RegExp(`Score ${round.score} / 100`));
    assert.match(results.panel.webview.html, new RegExp(`data-rule="work-life-balance" data-line="${line}"`));
  });

  it('abandoning a round keeps its draft and records nothing', async () => {
    const store = await api.practice.service.store();
    const before = store.rounds(PACK).length;
    const { timer, editor } = await start();
    await answer(editor, 'Half an answer.');
    await editor.document.save();
    await vscode.commands.executeCommand('interviewCoach.practice.abandon');
    assert.equal(api.practice.rounds.timer, undefined);
    assert.equal(store.rounds(PACK).length, before);
    assert.ok(await exists(vscode.Uri.parse(timer.draft)));
    assert.equal(await vscode.commands.executeCommand('interviewCoach.practice.finish'), undefined, 'nothing left to finish');
  });

  it('the results page comes back from its saved state after a window reload (the panel serializer)', async () => {
    const { editor } = await start();
    await answer(editor, RED_FLAG);
    const finished = await finish();
    const shown = api.practice.results!;
    const page = shown.page!;
    // What the page keeps as its state (its script stores the data the host wrote into it).
    assert.match(shown.panel.webview.html, /<body data-initial="\{&quot;v&quot;:1,/);
    const saved = { results: JSON.parse(JSON.stringify(page)) };
    shown.panel.dispose();

    // What VS Code does after a reload: a new panel of our view type, and the saved state.
    const restored = api.practice.restoreResults(vscode.window.createWebviewPanel('interviewCoach.practiceResults', 'Practice Results', vscode.ViewColumn.Active, {}), saved);
    assert.equal(api.practice.results, restored);
    assert.deepEqual(restored.page, page);
    assert.equal(restored.panel.title, `Practice Results: ${finished.round.score}`);
    assert.match(restored.panel.webview.html, new RegExp(`Score ${finished.round.score} / 100`));
    assert.match(restored.panel.webview.html, /data-rule="work-life-balance"/);

    // A state it cannot use: the page says so instead of staying blank.
    restored.panel.dispose();
    const broken = api.practice.restoreResults(vscode.window.createWebviewPanel('interviewCoach.practiceResults', 'Practice Results', vscode.ViewColumn.Active, {}), { results: { v: 99 } });
    assert.equal(broken.page, undefined);
    assert.match(broken.panel.webview.html, /could not be brought back/);
  });

  it('Show Readiness opens the dashboard with its figures written into the page; a second call reveals the same panel', async () => {
    const store = await api.practice.service.store();
    const panel = await vscode.commands.executeCommand<ReadinessPanel>('interviewCoach.showReadiness');
    assert.ok(panel);
    assert.equal(panel, api.practice.readiness);
    assert.equal(panel.panel.viewType, 'interviewCoach.readiness');
    const figures = panel.last!;
    assert.ok(figures, 'the figures');
    assert.equal(figures.totals.rounds, store.rounds(PACK).length);
    assert.equal(figures.scores.length, api.practice.service.prompts((await api.packs.pack())!).length);
    const html = panel.panel.webview.html;
    for (const id of ['mastery', 'due', 'scores', 'coverage', 'redflags']) assert.match(html, new RegExp(`<section class="card" id="${id}"`), id);
    assert.match(html, new RegExp(`practised in ${figures.totals.rounds} round`));
    assert.match(html, /<style nonce="[A-Za-z0-9]+">/, 'its stylesheet is in the page');
    assert.match(html, /<script nonce="[A-Za-z0-9]+">/, 'and its script');
    assert.ok(panel.opening && panel.opening.htmlAt >= panel.opening.openedAt);

    const again = await vscode.commands.executeCommand<ReadinessPanel>('interviewCoach.showReadiness');
    assert.equal(again, panel, 'the live panel is revealed, not a second one');
  });

  it('the dashboard updates live when a round is finished, and comes back after a reload', async () => {
    const panel = await vscode.commands.executeCommand<ReadinessPanel>('interviewCoach.showReadiness');
    const rounds = panel.last!.totals.rounds;
    const { editor } = await start();
    const posted = next(panel.onDidPost, (m) => m.readiness.totals.rounds === rounds + 1);
    await answer(editor, 'I ask what the decision is for, and I write down what would change my mind.');
    await finish();
    const update = await posted;
    const last = [...(await api.practice.service.store()).rounds(PACK)].sort((a, b) => Date.parse(a.finishedAt) - Date.parse(b.finishedAt)).at(-1)!;
    assert.equal(update.readiness.scores.find((s) => s.promptId === PROMPT)!.rounds.at(-1)!.score, last.score);

    panel.panel.dispose();
    const restored = await api.practice.restoreReadiness(vscode.window.createWebviewPanel('interviewCoach.readiness', 'Readiness', vscode.ViewColumn.Active, {}));
    assert.equal(api.practice.readiness, restored);
    assert.equal(restored.last!.totals.rounds, rounds + 1);
    assert.match(restored.panel.webview.html, new RegExp(`practised in ${rounds + 1} rounds`));
  });
});
