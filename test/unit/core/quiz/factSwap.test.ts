import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildBank } from '../../../../src/core/quiz/bank';
import { checkRecite, checkShort } from '../../../../src/core/quiz/check';
import type { ReciteQuestion, ShortQuestion } from '../../../../src/core/quiz/question';
import { bundledPack } from '../../helpers/packFiles';

/**
 * Over the whole bank: every typed and recited answer, with any one of its numbers, names or
 * negations swapped, is wrong; the answer itself, and the same answer with its multi-part order,
 * word forms and abbreviations changed, is right.
 */
const bank = buildBank(bundledPack());
const checked = bank.questions.filter((q): q is ShortQuestion | ReciteQuestion => (q.kind === 'short' || q.kind === 'recite') && q.facts.length > 0);
const isRight = (q: ShortQuestion | ReciteQuestion, text: string) => (q.kind === 'short' ? checkShort(text, q.accepted, q.confusables).verdict !== 'wrong' : checkRecite(text, q.answer).correct);

/** Another value of the same kind: a number off by some amount, another name, the negation dropped. */
function swapped(fact: { type: string; text: string }, pick: number): string {
  if (fact.type === 'number') {
    return fact.text.replace(/\d+(?:[.,]\d+)*/, (n) => {
      const v = Number(n.replace(/,/g, ''));
      const other = v + 1 + (pick % 9);
      return String(other);
    });
  }
  if (fact.type === 'negation') return fact.text.replace(/^\S+\s*/, '');
  const names = ['Google', 'Meta Research', 'Amazon', 'Disney', 'Pixar Studios', 'Bob'];
  const other = names[pick % names.length]!;
  return other.toLowerCase() === fact.text.toLowerCase() ? `${other} Labs` : other;
}

describe('quiz answer checking: fact swaps over the bank (property)', () => {
  it('has typed and recited questions with facts to swap', () => {
    assert.ok(checked.length >= 30, String(checked.length));
  });

  it('accepts every answer as the guide has it', () => {
    for (const q of checked) assert.ok(isRight(q, q.answer), q.id);
  });

  it('rejects the answer with any one number, name or negation swapped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: checked.length - 1 }), fc.nat(), fc.nat(), (qi, fi, pick) => {
        const q = checked[qi]!;
        const facts = q.facts.filter((f) => q.answer.includes(f.text));
        if (facts.length === 0) return;
        const f = facts[fi % facts.length]!;
        const text = q.answer.replace(f.text, swapped(f, pick));
        if (text === q.answer) return;
        assert.equal(isRight(q, text), false, `${q.id}: “${text}” should be wrong (${f.type} “${f.text}” swapped)`);
      }),
      { numRuns: 400, seed: 11 },
    );
  });

  it('accepts other orders of parts, word forms and abbreviations', () => {
    const team = bank.byId.get('job-description/team') as ShortQuestion;
    assert.ok(isRight(team, 'Eyeline Research, Studio Media Algorithms'));
    const location = bank.byId.get('job-description/location') as ShortQuestion;
    assert.ok(isRight(location, 'LA'));
    assert.ok(isRight(location, 'Los Angeles, CA'));
    const curiosity = bank.byId.get('culture/value-from-meaning/curiosity') as ShortQuestion;
    assert.ok(isRight(curiosity, 'curious'));
    const mission = bank.byId.get('job-details/core-mission') as ReciteQuestion;
    assert.ok(isRight(mission, 'Enable world class researchers to create artificial intelligence / computer vision / graphics algorithms that studio creators can actually use'));
  });
});
