import * as assert from 'node:assert/strict';
import { readSentence, type SentenceReading } from '../../../../src/core/language';
import { createLanguageModel } from '../../../../src/core/language/winkModel';

const model = createLanguageModel();
const read = (text: string): SentenceReading => readSentence(model.analyse(text), text);
const negatedWords = (text: string): string[] => {
  const r = read(text);
  return r.tokens.filter((_, i) => r.negated[i] && /\w/.test(r.tokens[i]!.text)).map((t) => t.lower);
};
const wantWords = (text: string): string[] => {
  const r = read(text);
  return r.wantCues.map((i) => r.tokens[i]!.lower);
};

describe('language: negation that sets a condition or a contrast', () => {
  it('reads a negated "without" as needing what it takes', () => {
    assert.deepEqual(wantWords("I can't work without detailed instructions."), ['without']);
    assert.deepEqual(wantWords('We shipped it without a review board.'), []);
  });

  it('reads a fronted "without" before a negated clause as a need, and keeps the clause\'s own polarity', () => {
    const text = "Without detailed instructions I don't really know where to start.";
    assert.ok(wantWords(text).includes('without'));
    assert.deepEqual(negatedWords(text), ['really', 'know', 'where', 'to', 'start']);
    assert.deepEqual(wantWords('Without a sign-off, nothing should ship.'), ['without']);
    assert.deepEqual(wantWords('Without a review board, we shipped twice as often.'), []);
  });

  it('reads "not … until" as a condition: what follows is needed, not negated', () => {
    const r = read("I don't begin until requirements are frozen.");
    const req = r.tokens.findIndex((t) => t.lower === 'requirements');
    assert.equal(r.negated[req], false);
    assert.ok(r.wantCues.some((i) => r.tokens[i]!.lower === 'until'));
    assert.deepEqual(wantWords('We waited until recently.'), []);
  });

  it('reads "not … unless" as a condition too', () => {
    assert.ok(wantWords("I can't start a task unless someone explains the exact approach.").includes('unless'));
    assert.ok(!negatedWords("I can't start a task unless someone explains the exact approach.").includes('approach'));
  });

  it('reads wariness and opposition as negating what they take', () => {
    assert.ok(negatedWords("I'm wary of adding more approval layers.").includes('approval'));
    assert.ok(negatedWords('I am opposed to heavier process.').includes('process'));
  });

  it('reads a clause closed by a negated auxiliary as negating its subject', () => {
    assert.deepEqual(negatedWords("Writing papers motivates me; building scalable systems doesn't."), ['building', 'scalable', 'systems']);
    assert.deepEqual(negatedWords('Deriving bounds is my thing, production engineering is not.'), ['production', 'engineering']);
    assert.deepEqual(negatedWords("I wanted to go, but I didn't."), []);
  });

  it('reads a negated copula as negating a gerund subject too', () => {
    assert.ok(negatedWords('Staying late is just not something I do anymore.').includes('staying'));
    assert.ok(!negatedWords("What I want isn't a title.").includes('want'));
  });

  it('reads what a preference sets "over" another as not wanted', () => {
    assert.deepEqual(negatedWords('I prefer context over detailed instructions.'), ['detailed', 'instructions']);
    assert.deepEqual(negatedWords('We moved the job over to the new cluster.'), []);
  });

  it('reads what a preference sets "to" another as not wanted, but not an infinitive', () => {
    assert.deepEqual(negatedWords('I prefer reading papers to building infrastructure.'), ['building', 'infrastructure']);
    assert.deepEqual(negatedWords('I prefer tasks to be fully spelled out.'), []);
    assert.deepEqual(negatedWords('I prefer my lead to decide what I work on.'), []);
  });

  it('reads "not only" as denying the "only"', () => {
    assert.deepEqual(negatedWords("I'm not only a theory person."), ['only']);
  });

  it('ends a privative verb\'s scope at a coordinated verb', () => {
    assert.deepEqual(negatedWords("I'd leave the infra to others and stick to the theory."), ['the', 'infra', 'to', 'others']);
    const kept = negatedWords("I don't want to lose my evenings and weekends.");
    assert.ok(!kept.includes('evenings') && !kept.includes('weekends'), kept.join(' '));
  });

  it('reads a participle before a noun as an adjective, not a past verb', () => {
    assert.equal(read('- clear instructions from my lead, well-defined tasks only').fragment, true);
    assert.equal(read('I like clearly defined tasks.').tense, 'present');
    assert.equal(read('I shipped models.').tense, 'past');
  });
});
