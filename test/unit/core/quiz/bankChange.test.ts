import * as assert from 'node:assert/strict';
import { buildBank } from '../../../../src/core/quiz/bank';
import { counts, sectionMastery } from '../../../../src/core/quiz/plan';
import { ProgressStore } from '../../../../src/core/quiz/progress';
import { Scheduler } from '../../../../src/core/quiz/schedule';
import { restoreSession } from '../../../../src/core/quiz/session';
import { bundledPack } from '../../helpers/packFiles';
import { FakeClock, MemoryStorage } from './helpers';

/** Ids of the bank before the "quiz that teaches" change: some stay, some are gone. */
const KEPT = ['culture/meaning-from-value/candor', 'culture/value-from-meaning/courage', 'pitch/pitch-recite', 'job-description/team'];
const GONE = ['culture/principles-list', 'culture/values-list', 'checklist/checklist-card/know-team-names', 'pitch/pitch-card', 'questions-to-ask/ask-list', 'job-details/technologies'];

describe('quiz progress across a change of the question bank', () => {
  const bank = buildBank(bundledPack());
  const clock = new FakeClock(Date.UTC(2026, 0, 5, 9));
  const scheduler = new Scheduler(clock.now);
  const record = scheduler.review(undefined, 3);

  it('keeps the progress of questions that still exist and drops removed ones, without a warning', async () => {
    for (const id of KEPT) assert.ok(bank.byId.has(id), `${id} should still exist`);
    for (const id of GONE) assert.ok(!bank.byId.has(id), `${id} should be gone`);
    const storage = new MemoryStorage();
    const first = (await ProgressStore.open(storage)).store;
    for (const id of [...KEPT, ...GONE]) await first.setCard(bank.packId, id, record);
    const { store, warnings } = await ProgressStore.open(storage);
    assert.deepEqual(warnings, []);
    const cards = store.cards(bank.packId);
    for (const id of KEPT) assert.deepEqual(cards[id], record);
    // Mastery and counts read only the questions of the bank: the removed ones count nowhere.
    const c = counts(bank, cards, scheduler);
    assert.equal(c.all, bank.questions.length);
    const answered = sectionMastery(bank, cards, scheduler).reduce((n, s) => n + (s.total - s.fresh), 0);
    assert.equal(answered, KEPT.length);
  });

  it('resumes a stored session with the removed questions left out', () => {
    const raw = {
      v: 1,
      id: 's',
      packId: bank.packId,
      kind: 'all',
      title: 'Whole guide',
      startedAt: new Date(clock.time).toISOString(),
      items: [{ questionId: 'culture/principles-list' }, { questionId: 'job-description/team' }, { questionId: 'checklist/checklist-card/why-this-role' }, { questionId: 'pitch/pitch-recite' }],
      index: 0,
      phase: 'question',
      results: [],
    };
    const s = restoreSession(raw, bank)!;
    assert.deepEqual(s.items.map((i) => i.questionId), ['job-description/team', 'pitch/pitch-recite']);
    assert.equal(s.index, 0);
    assert.equal(s.phase, 'question');
  });

  it('gives questions ids that say what they ask, stable across a reordered list', () => {
    for (const q of bank.questions) assert.match(q.id, /^[a-z0-9-]+\/[a-z-]+(\/[a-z0-9-]+)*$/, q.id);
    assert.ok(bank.byId.has('culture/list-cloze/people-over-process'));
    assert.ok(bank.byId.has('stories/fact-cloze/risk/great-and-always-better/50'));
  });
});
