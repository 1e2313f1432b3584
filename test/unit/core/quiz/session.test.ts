import * as assert from 'node:assert/strict';
import { buildBank } from '../../../../src/core/quiz/bank';
import type { Grade } from '../../../../src/core/quiz/protocol';
import type { Question } from '../../../../src/core/quiz/question';
import { createSession, missedIds, reduce, restoreSession, SessionError, view, type Action, type SessionState } from '../../../../src/core/quiz/session';
import { bundledPack } from '../../helpers/packFiles';

const bank = buildBank(bundledPack());
const NOW = new Date(Date.UTC(2026, 0, 5, 9));

function pick(...ids: string[]): Question[] {
  return ids.map((id) => {
    const q = bank.byId.get(id);
    assert.ok(q, id);
    return q;
  });
}

function start(questions: Question[], extra: { durationMs?: number; seed?: number } = {}): SessionState {
  return createSession({ id: 's1', packId: bank.packId, kind: 'all', title: 'Test', questions, seed: extra.seed ?? 42, now: NOW, ...(extra.durationMs ? { durationMs: extra.durationMs } : {}) });
}

class Reviews {
  readonly log: [string, Grade, boolean][] = [];
  readonly reviewer = (id: string, grade: Grade, correct: boolean) => {
    this.log.push([id, grade, correct]);
    return 'in 1 day';
  };
}

function run(state: SessionState, action: Action, reviews = new Reviews(), now = NOW): SessionState {
  return reduce(state, action, bank, reviews.reviewer, now);
}

describe('quiz session state machine', () => {
  const single = 'culture/meaning-from-value/candor';
  const short = 'key-phrases/phrase-complete/phrase-context-not-control';
  const card = 'job-description/role';

  it('goes question → feedback → next question → … → summary, grading each answer once', () => {
    const reviews = new Reviews();
    let s = start(pick(single, short));
    assert.equal(s.phase, 'question');
    const options = s.items[0]!.options!;
    assert.equal(options.length, 4);
    const right = options.indexOf('Give/receive feedback, admit mistakes openly');
    s = run(s, { type: 'answer', questionId: single, response: { kind: 'single', choice: right } }, reviews);
    assert.equal(s.phase, 'feedback');
    assert.equal(s.results[0]!.correct, true);
    s = run(s, { type: 'next' }, reviews);
    assert.equal(s.phase, 'question');
    assert.equal(s.index, 1);
    s = run(s, { type: 'answer', questionId: short, response: { kind: 'short', text: 'contrl' } }, reviews);
    assert.equal(s.results[1]!.result.verdict, 'typo');
    s = run(s, { type: 'next' }, reviews);
    assert.equal(s.phase, 'done');
    assert.deepEqual(reviews.log, [
      [single, 3, true],
      [short, 2, true],
    ]);
    const v = view(s, bank, () => ['a', 'b', 'c', 'd']);
    assert.equal(v.screen.type, 'summary');
    if (v.screen.type !== 'summary') return;
    assert.deepEqual([v.screen.summary.answered, v.screen.summary.correct, v.screen.summary.total], [2, 2, 2]);
  });

  it('rejects actions the current phase does not take', () => {
    let s = start(pick(single, card));
    assert.throws(() => run(s, { type: 'next' }), SessionError, 'next before answering');
    assert.throws(() => run(s, { type: 'answer', questionId: card, response: { kind: 'card', grade: 3 } }), SessionError, 'answer for another question');
    assert.throws(() => run(s, { type: 'answer', questionId: single, response: { kind: 'short', text: 'x' } }), SessionError, 'wrong response kind');
    assert.throws(() => run(s, { type: 'answer', questionId: single, response: { kind: 'single', choice: 9 } }), SessionError, 'no such option');
    assert.throws(() => run(s, { type: 'reveal', questionId: single }), SessionError, 'only cards reveal');
    s = run(s, { type: 'answer', questionId: single, response: { kind: 'single', choice: 0 } });
    assert.throws(() => run(s, { type: 'answer', questionId: single, response: { kind: 'single', choice: 0 } }), SessionError, 'answering twice');
    s = run(s, { type: 'end' });
    assert.throws(() => run(s, { type: 'next' }), SessionError, 'after the end');
  });

  it('reveals a card, then takes a self-grade and moves straight on', () => {
    const reviews = new Reviews();
    let s = start(pick(card, single));
    assert.throws(() => run(s, { type: 'answer', questionId: card, response: { kind: 'card', grade: 3 } }), SessionError, 'grade before reveal');
    s = run(s, { type: 'reveal', questionId: card });
    assert.equal(s.phase, 'revealed');
    const v = view(s, bank, () => ['1 min', '6 min', '10 min', '8 days']);
    assert.ok(v.screen.type === 'question' && v.screen.reveal);
    if (v.screen.type === 'question') assert.deepEqual(v.screen.reveal!.intervals, ['1 min', '6 min', '10 min', '8 days']);
    s = run(s, { type: 'answer', questionId: card, response: { kind: 'card', grade: 1 } }, reviews);
    assert.equal(s.phase, 'question');
    assert.equal(s.index, 1);
    assert.deepEqual(reviews.log, [[card, 1, false]]);
    assert.deepEqual(missedIds(s), [card]);
  });

  it('grades a recital by its score and returns the word diff', () => {
    let s = start(pick('job-details/core-mission'));
    s = run(s, { type: 'answer', questionId: 'job-details/core-mission', response: { kind: 'recite', text: 'Enable world-class researchers to create AI/CV/graphics algorithms that studio creators can actually use' } });
    const r = s.results[0]!.result;
    assert.equal(r.score, 100);
    assert.equal(r.grade, 3);
    assert.ok(r.diff!.every((t) => t.op === 'same'));
  });

  it('marks multiple-select options and checks against the right ones shown', () => {
    let s = start(pick('stories/story-values/risk'));
    const options = s.items[0]!.options!;
    const answers = ['Courage', 'Great and Always Better', 'People Over Process', 'Judgment'];
    assert.ok(options.length >= 7);
    assert.ok(answers.every((a) => options.includes(a)));
    const v = view(s, bank, () => ['', '', '', '']);
    assert.ok(v.screen.type === 'question' && v.screen.question.pick === 4);
    const chosen = answers.slice(0, 3).map((a) => options.indexOf(a));
    s = run(s, { type: 'answer', questionId: 'stories/story-values/risk', response: { kind: 'multi', choices: chosen } });
    const r = s.results[0]!.result;
    assert.equal(r.correct, false);
    assert.equal(r.verdict, 'partial');
    assert.equal(r.message, 'Not quite: 3 of 4 right, 1 missed.');
    assert.equal(r.marks!.filter((m) => m === 'missed').length, 1);
  });

  it('shows a large answer set only in part, with at least as many wrong options', () => {
    const s = start(pick('key-phrases/phrase-source/culture-memo'));
    const q = bank.byId.get('key-phrases/phrase-source/culture-memo')!;
    assert.ok(q.kind === 'multi');
    const options = s.items[0]!.options!;
    const right = options.filter((o) => q.kind === 'multi' && q.answers.includes(o)).length;
    assert.ok(right >= 1 && right <= options.length - right, `${right} right of ${options.length}`);
  });

  it('shuffles options per session and keeps them for the session', () => {
    const a = start(pick(single), { seed: 1 }).items[0]!.options;
    const b = start(pick(single), { seed: 1 }).items[0]!.options;
    assert.deepEqual(a, b, 'same seed, same order');
    const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => start(pick(single), { seed }).items[0]!.options!.join('|')));
    assert.ok(orders.size > 1, 'different seeds, different orders');
    const positions = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((seed) => start(pick(single), { seed }).items[0]!.options!.indexOf('Give/receive feedback, admit mistakes openly')));
    assert.ok(positions.size > 1, 'the answer does not sit in one place');
  });

  it('ends a rapid-fire round when time is up, and does not count a late answer', () => {
    const reviews = new Reviews();
    let s = start(pick(single, short), { durationMs: 60_000 });
    assert.equal(s.deadline, new Date(NOW.getTime() + 60_000).toISOString());
    assert.throws(() => run(s, { type: 'timeUp' }, reviews, new Date(NOW.getTime() + 10_000)), SessionError, 'too early');
    const late = new Date(NOW.getTime() + 65_000);
    s = run(s, { type: 'answer', questionId: single, response: { kind: 'single', choice: 0 } }, reviews, late);
    assert.equal(s.phase, 'done');
    assert.equal(s.ended, 'time');
    assert.deepEqual(reviews.log, []);
    const t = run(start(pick(single), { durationMs: 60_000 }), { type: 'timeUp' }, reviews, new Date(NOW.getTime() + 60_000));
    assert.equal(t.ended, 'time');
  });

  it('summarises per section, lists the missed questions, and retries them', () => {
    let s = start(pick(single, short, card));
    const wrong = s.items[0]!.options!.findIndex((o) => o !== 'Give/receive feedback, admit mistakes openly');
    s = run(s, { type: 'answer', questionId: single, response: { kind: 'single', choice: wrong } });
    const marks = s.results[0]!.result.marks!;
    assert.equal(marks[wrong], 'wrong');
    assert.equal(marks[s.items[0]!.options!.indexOf('Give/receive feedback, admit mistakes openly')], 'missed', 'the right option, not picked');
    assert.equal(marks.filter((m) => m === 'none').length, 2);
    s = run(s, { type: 'next' });
    s = run(s, { type: 'answer', questionId: short, response: { kind: 'short', text: 'control' } });
    s = run(s, { type: 'end' });
    const v = view(s, bank, () => ['', '', '', '']);
    assert.ok(v.screen.type === 'summary');
    if (v.screen.type !== 'summary') return;
    const sum = v.screen.summary;
    assert.equal(sum.ended, 'early');
    assert.deepEqual(sum.sections.map((x) => [x.sectionId, x.correct, x.answered]), [
      ['culture', 0, 1],
      ['key-phrases', 1, 1],
    ]);
    assert.deepEqual(sum.missed.map((m) => m.questionId), [single]);
    assert.deepEqual(missedIds(s), [single]);
  });

  it('restores from stored data, dropping questions that left the pack and rejecting junk', () => {
    let s = start(pick(single, short, card));
    s = run(s, { type: 'answer', questionId: single, response: { kind: 'single', choice: 0 } });
    const stored = JSON.parse(JSON.stringify(s));
    assert.deepEqual(restoreSession(stored, bank), s);

    // The first question no longer exists: its answer goes, the rest still works.
    const smaller = { ...bank, byId: new Map([...bank.byId].filter(([id]) => id !== single)) };
    const r = restoreSession(stored, smaller)!;
    assert.deepEqual(r.items.map((i) => i.questionId), [short, card]);
    assert.equal(r.index, 0);
    assert.equal(r.phase, 'question');
    assert.deepEqual(r.results, []);

    for (const junk of [null, 'x', {}, { ...stored, v: 2 }, { ...stored, packId: 'other' }, { ...stored, phase: 'dancing' }, { ...stored, items: 'no' }]) {
      assert.equal(restoreSession(junk, bank), undefined, JSON.stringify(junk)?.slice(0, 60));
    }
    // Options tampered with: that item is dropped rather than trusted.
    const tampered = JSON.parse(JSON.stringify(stored));
    tampered.items[0].options = ['<script>alert(1)</script>', 'b'];
    assert.equal(restoreSession(tampered, bank)!.items.length, 2);
  });
});

describe('quiz session: the new kinds', () => {
  it('grades a fix drill with the linter and a recital with the facts it got wrong', async () => {
    const { buildBank } = await import('../../../../src/core/quiz/bank');
    const { bundledPack } = await import('../../helpers/packFiles');
    const { grade } = await import('../../../../src/core/quiz/session');
    const { isResultView } = await import('../../../../src/core/quiz/protocol');
    const bank = buildBank(bundledPack());
    const fix = bank.byId.get('red-flags/fix-line/stability')!;
    assert.ok(fix.kind === 'fix');
    if (fix.kind !== 'fix') return;
    const still = grade(fix, { questionId: fix.id }, { kind: 'fix', text: fix.line }, () => 'in 1 min', bank);
    assert.equal(still.correct, false);
    assert.ok(still.findings && still.findings.length > 0);
    assert.ok(isResultView(still));
    const fixed = grade(fix, { questionId: fix.id }, { kind: 'fix', text: fix.answer }, () => 'in 2 days', bank);
    assert.equal(fixed.correct, true, fixed.message);
    const recite = bank.byId.get('pitch/pitch-recite')!;
    assert.ok(recite.kind === 'recite');
    if (recite.kind !== 'recite') return;
    const r = grade(recite, { questionId: recite.id }, { kind: 'recite', text: recite.answer.replace('Salesforce', 'Google') }, () => 'in 1 min', bank);
    assert.equal(r.correct, false);
    assert.deepEqual(r.wrongFacts, [{ typed: 'Google', expected: 'Salesforce' }]);
    assert.match(r.message, /Wrong: “Google” \(the guide: “Salesforce”\)/);
    assert.ok(isResultView(r));
  });
});
