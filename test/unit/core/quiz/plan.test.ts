import * as assert from 'node:assert/strict';
import { buildBank } from '../../../../src/core/quiz/bank';
import { counts, masteryLabel, planSession, RAPID_SECONDS, RAPID_SIZE, sectionMastery } from '../../../../src/core/quiz/plan';
import { Scheduler, type CardRecord } from '../../../../src/core/quiz/schedule';
import { bundledPack } from '../../helpers/packFiles';
import { FakeClock } from './helpers';

const bank = buildBank(bundledPack());

describe('quiz session planning and mastery', () => {
  it('labels a section like the tree shows it', () => {
    assert.equal(masteryLabel({ total: 8, mastered: 5, due: 3, fresh: 0 }), '5/8 mastered, 3 due');
    assert.equal(masteryLabel({ total: 27, mastered: 0, due: 0, fresh: 27 }), '0/27 mastered, 27 new');
  });

  it('counts due, weakest and mastered from the stored reviews', () => {
    const clock = new FakeClock(Date.UTC(2026, 0, 5, 9));
    const s = new Scheduler(clock.now);
    const cards: Record<string, CardRecord> = {};
    // Three culture questions: one wrong, one right once, one right over weeks (mastered).
    cards['culture/meaning-from-value/candor'] = s.review(undefined, 1);
    cards['culture/meaning-from-value/courage'] = s.review(undefined, 3);
    let m: CardRecord | undefined;
    const t0 = clock.time;
    for (let i = 0; i < 4; i++) {
      m = s.review(m, 3);
      clock.time = Date.parse(m.due);
    }
    cards['culture/meaning-from-value/judgment'] = m!;
    clock.time = t0 + 60 * 60_000; // an hour after the first answers
    const c = counts(bank, cards, s);
    const culture = c.sections.find((x) => x.sectionId === 'culture')!;
    assert.deepEqual([culture.total, culture.mastered, culture.due, culture.fresh], [48, 1, 2, 45]);
    assert.equal(c.due, 2);
    assert.equal(c.weakest, 2);
    assert.equal(c.all, 229);
    assert.equal(c.notMastered, 228);
    assert.equal(sectionMastery(bank, cards, s).find((x) => x.sectionId === 'stories')!.fresh, 43);

    const due = planSession({ kind: 'due' }, { bank, cards, scheduler: s, seed: 1, id: 'd' })!;
    assert.deepEqual(new Set(due.items.map((i) => i.questionId)), new Set(['culture/meaning-from-value/candor', 'culture/meaning-from-value/courage']));
    const weakest = planSession({ kind: 'weakest' }, { bank, cards, scheduler: s, seed: 1, id: 'w' })!;
    assert.equal(weakest.items[0]!.questionId, 'culture/meaning-from-value/candor', 'the wrong one first');
  });

  it('plans each kind of session', () => {
    const s = new Scheduler(new FakeClock(Date.UTC(2026, 0, 5, 9)).now);
    const ctx = { bank, cards: {}, scheduler: s, seed: 7, id: 'x' };
    const all = planSession({ kind: 'all' }, ctx)!;
    assert.equal(all.items.length, 229);
    assert.notDeepEqual(all.items.map((i) => i.questionId), bank.questions.map((q) => q.id), 'shuffled');
    const section = planSession({ kind: 'section', sectionId: 'pitch' }, ctx)!;
    assert.equal(section.items.length, 14);
    assert.equal(section.title, 'Your 30-Second Elevator Pitch');
    assert.equal(planSession({ kind: 'section', sectionId: 'nope' }, ctx), undefined);
    assert.equal(planSession({ kind: 'due' }, ctx), undefined, 'nothing due before anything was answered');
    const rapid = planSession({ kind: 'rapid' }, ctx)!;
    assert.equal(rapid.items.length, RAPID_SIZE);
    assert.ok(rapid.items.every((i) => ['single', 'short'].includes(bank.byId.get(i.questionId)!.kind)));
    assert.equal(Date.parse(rapid.deadline!) - Date.parse(rapid.startedAt), RAPID_SECONDS * 1000);
    const retry = planSession({ kind: 'retry', questionIds: ['job-description/role', 'gone/question'] }, ctx)!;
    assert.deepEqual(retry.items.map((i) => i.questionId), ['job-description/role']);
  });
});
