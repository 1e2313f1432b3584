import * as assert from 'node:assert/strict';
import { checkChoices, checkRecite, checkShort, editDistance, isTypo, words } from '../../../../src/core/quiz/check';

describe('quiz answer checking: typed short answers', () => {
  const values = ['Selflessness', 'Judgment', 'Candor', 'Creativity', 'Courage', 'Inclusion', 'Curiosity', 'Resilience'];

  it('ignores case, punctuation, accents, "&"/"and" and a leading article', () => {
    assert.equal(checkShort('  CONTROL!! ', ['control']).verdict, 'correct');
    assert.equal(checkShort('candór', ['Candor']).verdict, 'correct');
    assert.equal(checkShort('studio media algorithms and eyeline research', ['Studio Media Algorithms & Eyeline Research']).verdict, 'correct');
    assert.equal(checkShort('Dream Team', ['The Dream Team']).verdict, 'correct');
    assert.equal(checkShort('human in the loop inference', ['Human-in-the-loop inference']).verdict, 'correct');
    assert.equal(checkShort('Los Angeles', ['Los Angeles (Onsite)', 'Los Angeles']).verdict, 'correct');
  });

  it('forgives a small typo and says which', () => {
    const v = checkShort('contrl', ['control']);
    assert.equal(v.verdict, 'typo');
    assert.deepEqual(v.typos, [{ typed: 'contrl', expected: 'control' }]);
    assert.equal(checkShort('dissnet', ['dissent']).verdict, 'typo', 'swapped letters');
    assert.equal(checkShort('Resilence', ['Resilience'], values).verdict, 'typo');
    assert.equal(checkShort('Curiousity', ['Curiosity'], values).verdict, 'typo');
    assert.equal(checkShort('tset', ['test']).verdict, 'typo', 'a swap in a short word');
  });

  it('is strict about the wrong word', () => {
    assert.equal(checkShort('content', ['control']).verdict, 'wrong');
    assert.equal(checkShort('feedback', ['dissent']).verdict, 'wrong');
    assert.equal(checkShort('Courage', ['Candor'], values).verdict, 'wrong');
    assert.equal(checkShort('text', ['test']).verdict, 'wrong', 'a short word only forgives a swap');
    assert.equal(checkShort('Keeper text', ['Keeper test']).verdict, 'wrong');
    assert.equal(checkShort('People over progress', ['People over process']).verdict, 'wrong');
    assert.equal(checkShort('control not context', ['Context not control']).verdict, 'wrong', 'word order matters');
    assert.equal(checkShort('Studio Media Algorithms', ['Studio Media Algorithms & Eyeline Research']).verdict, 'wrong', 'a missing word');
    assert.equal(checkShort('', ['control']).verdict, 'wrong');
    assert.equal(checkShort('?!', ['control']).verdict, 'wrong');
  });

  it('treats a confusable as a wrong word even one letter away', () => {
    // "Candr" for "Candor" is a typo, but not if the pack uses "Candr" for something else.
    // ("Condor" used to be the example: it is an English word, so now never a typo of "Candor".)
    assert.equal(checkShort('Candr', ['Candor']).verdict, 'typo');
    assert.equal(checkShort('Candr', ['Candor'], ['Candr']).verdict, 'wrong');
    assert.equal(checkShort('Condor', ['Candor']).verdict, 'wrong');
  });

  it('never forgives a different number', () => {
    assert.equal(checkShort('3', ['4']).verdict, 'wrong');
    assert.equal(checkShort('5TB', ['6TB']).verdict, 'wrong');
    assert.equal(isTypo('2024', '2042'), false);
  });

  it('does not call a typo in every word of a long answer "a small typo"', () => {
    assert.equal(checkShort('Stduio Meida Algortihms & Eyelnie Reserach', ['Studio Media Algorithms & Eyeline Research']).verdict, 'wrong');
    assert.equal(checkShort('Studio Meida Algorithms & Eyeline Research', ['Studio Media Algorithms & Eyeline Research']).verdict, 'typo');
  });

  it('has the helpers it is built on', () => {
    assert.deepEqual(words("Don't  Stop—Now! C++ & R&D"), ['dont', 'stop', 'now', 'c++', 'and', 'r', 'and', 'd']);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('ab', 'ba'), 1);
  });
});

describe('quiz answer checking: choices', () => {
  const options = ['A', 'B', 'C', 'D'];
  it('is right only for exactly the right set', () => {
    assert.equal(checkChoices(options, ['A', 'C'], [0, 2]).correct, true);
    const partial = checkChoices(options, ['A', 'C'], [0, 1]);
    assert.deepEqual([partial.correct, partial.right, partial.wrongPicks, partial.missed], [false, 1, 1, 1]);
    assert.deepEqual(partial.marks, ['correct', 'wrong', 'missed', 'none']);
    assert.equal(checkChoices(options, ['A', 'C'], []).correct, false);
    assert.equal(checkChoices(options, ['A', 'C'], [0, 1, 2, 3]).correct, false, 'ticking everything is not right');
  });
});

describe('quiz answer checking: recite by typing', () => {
  const pitch = "I'm a senior MLOps engineer at Salesforce managing 5TB/month LLM pipelines.";

  it('scores a word-for-word recital 100 and Good, whatever the punctuation and case', () => {
    const r = checkRecite("im a senior mlops engineer at salesforce managing 5tb/month llm pipelines", pitch);
    assert.equal(r.score, 100);
    assert.equal(r.grade, 3);
    assert.ok(r.diff.every((t) => t.op === 'same'));
  });

  it('shows missing, extra and mistyped words in order', () => {
    const r = checkRecite("I'm a senior MLOps enginer at Salesforce running LLM pipelines", pitch);
    assert.deepEqual(
      r.diff.map((t) => `${t.op}:${t.text}`),
      ["same:I'm", 'same:a', 'same:senior', 'same:MLOps', 'typo:enginer', 'same:at', 'same:Salesforce', 'extra:running', 'missing:managing', 'missing:5TB/month', 'same:LLM', 'same:pipelines.'],
    );
    assert.equal(r.diff[4]!.expected, 'engineer');
    // Graded on the facts now: 5TB/month is missing, so it is wrong whatever the overlap.
    assert.ok(r.score < 95 && r.score >= 60, String(r.score));
    assert.deepEqual(r.missing, ['5TB/month']);
    assert.equal(r.correct, false);
  });

  it('grades a poor recital Again, and an empty one 0', () => {
    assert.equal(checkRecite('I work at a big company', pitch).grade, 1);
    const empty = checkRecite('', pitch);
    assert.equal(empty.score, 0);
    assert.equal(empty.correct, false);
    assert.equal(empty.diff.filter((t) => t.op === 'missing').length, 11);
  });
});
