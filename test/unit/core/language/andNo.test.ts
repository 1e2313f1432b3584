import * as assert from 'node:assert/strict';
import { readSentence, type SentenceReading } from '../../../../src/core/language';
import { createLanguageModel } from '../../../../src/core/language/winkModel';
import { lintText } from '../../../../src/core/lint';
import { bundledPack } from '../../helpers/packFiles';

const model = createLanguageModel();
const read = (text: string): SentenceReading => readSentence(model.analyse(text), text);
const at = (r: SentenceReading, word: string): number => r.tokens.findIndex((t) => t.lower === word);
const rules = (text: string): string[] => [...new Set(lintText(text, bundledPack(), { language: model }).map((f) => f.ruleId))];

describe('language: "X and no Y" is one noun phrase', () => {
  it('keeps a negated want over "and no": not wanting "theory and no production" is no want of theory alone', () => {
    const r = read("I don't want a role with theory and no production work.");
    assert.ok(r.negated[at(r, 'theory')]);
    assert.ok(!r.negated[at(r, 'production')], 'two negations: production is not unwanted');
    for (const text of [
      "I don't want a role with theory and no production work.",
      "I don't want a job that is all theory and no production work.",
    ]) assert.deepEqual(rules(text), [], text);
  });

  it('still reads "theory and no production" as wanted, and "no X and no Y" as both refused', () => {
    for (const text of ['I want a role with theory and no production work.', 'Ideally it is all theory and no production work.'])
      assert.deepEqual(rules(text), ['only-ml-theory'], text);
    const both = read('A role with no pager duty and no weekend calls would suit me best.');
    assert.ok(both.negated[at(both, 'pager')]);
    assert.ok(both.negated[at(both, 'weekend')]);
    const clause = read('I did no research and the team shipped without me.');
    assert.ok(!clause.negated[at(clause, 'shipped')], 'a new subject and verb after "and" is a new clause');
  });
});

describe('meaning tier: a counted -ing noun is a thing, not a gerund', () => {
  it('reads "one building" as a building, not as building something', () => {
    for (const text of [
      "I'd never want R&D in one building and production in another again.",
      'Each building and production site had its own badge reader.',
    ]) assert.deepEqual(rules(text), [], text);
  });
});
