import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { ProgressStore } from '../../../../src/core/quiz/progress';
import type { Packs } from '../../../../src/core/quiz/progressDocument';
import { laterCard, mergeProgress } from '../../../../src/core/quiz/progressMerge';
import type { CardRecord } from '../../../../src/core/quiz/schedule';
import { MemoryStorage } from './helpers';

const BASE = Date.UTC(2026, 0, 5);
const card = fc.record({ t: fc.integer({ min: 0, max: 5 }), reps: fc.integer({ min: 0, max: 3 }), grade: fc.constantFrom(1, 2, 3, 4) }).map(
  ({ t, reps, grade }): CardRecord => ({
    due: new Date(BASE + t * 86_400_000).toISOString(),
    stability: 1,
    difficulty: 5,
    state: 'Review',
    reps,
    lapses: 0,
    learningSteps: 0,
    scheduledDays: 1,
    lastReview: new Date(BASE + t * 1000).toISOString(),
    lastGrade: grade as CardRecord['lastGrade'],
    lastCorrect: grade > 1,
  }),
);
const packs: fc.Arbitrary<Packs> = fc.dictionary(
  fc.constantFrom('p', 'q'),
  fc.record({ cards: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), card, { noNullPrototype: true }) }),
  { noNullPrototype: true },
).map((p) => JSON.parse(JSON.stringify(p)) as Packs);

describe('quiz progress merge', () => {
  it('keeps the later review of a question, whichever side it is on', () => {
    fc.assert(
      fc.property(card, card, (a, b) => {
        assert.deepEqual(laterCard(a, b), laterCard(b, a));
        const kept = laterCard(a, b);
        assert.ok(Date.parse(kept.lastReview!) >= Math.max(Date.parse(a.lastReview!), Date.parse(b.lastReview!)));
      }),
    );
  });

  it('is commutative, associative and idempotent on reviews, and loses no question', () => {
    fc.assert(
      fc.property(packs, packs, packs, (x, y, z) => {
        const m = (a: Packs, b: Packs) => mergeProgress(a, b).packs;
        assert.deepEqual(m(x, y), m(y, x));
        assert.deepEqual(m(m(x, y), z), m(x, m(y, z)));
        assert.deepEqual(m(x, x), x);
        for (const side of [x, y]) for (const [p, pack] of Object.entries(side)) for (const id of Object.keys(pack.cards)) assert.ok(m(x, y)[p]!.cards[id]);
      }),
    );
  });

  it('takes a session from the side that last changed it, and says which packs changed', () => {
    const stored: Packs = { p: { cards: {}, session: { id: 'theirs' } } };
    const local: Packs = { p: { cards: {} } };
    assert.deepEqual(mergeProgress(stored, local).packs.p!.session, { id: 'theirs' });
    assert.deepEqual([...mergeProgress(stored, local).changed], ['p']);
    assert.equal(mergeProgress(stored, local, new Set(['p'])).packs.p!.session, undefined, 'this window cleared it');
    assert.deepEqual([...mergeProgress(local, local).changed], []);
  });
});

describe('quiz progress: windows saving at once (fast-check)', () => {
  it('loses no review, and keeps the latest of each question, whatever the interleaving', async () => {
    const op = fc.record({ window: fc.nat({ max: 2 }), question: fc.constantFrom('a', 'b', 'c', 'd', 'e'), reload: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 30 }), async (ops) => {
        const storage = new MemoryStorage();
        const windows = await Promise.all([0, 1, 2].map(async () => (await ProgressStore.open(storage)).store));
        const latest = new Map<string, string>();
        // Every window answers at once (nothing awaited in between), with a later time each answer.
        await Promise.all(
          ops.map((o, i) => {
            const at = new Date(BASE + (i + 1) * 1000).toISOString();
            latest.set(o.question, at);
            const record = { due: at, stability: 1, difficulty: 5, state: 'Review', reps: 1, lapses: 0, learningSteps: 0, scheduledDays: 1, lastReview: at, lastGrade: 3, lastCorrect: true } as const;
            const w = windows[o.window]!;
            return Promise.all([w.setCard('p', o.question, record), o.reload ? w.reload() : undefined]);
          }),
        );
        const stored = JSON.parse(storage.text!).packs.p.cards as Record<string, CardRecord>;
        assert.deepEqual(Object.keys(stored).sort(), [...latest.keys()].sort());
        for (const [q, at] of latest) assert.equal(stored[q]!.lastReview, at, q);
      }),
      { numRuns: 200 },
    );
  });
});
