import * as assert from 'node:assert/strict';
import { readSentence, type SentenceReading } from '../../../../src/core/language';
import { createLanguageModel } from '../../../../src/core/language/winkModel';

const model = createLanguageModel();
const read = (text: string): SentenceReading => readSentence(model.analyse(text), text);
const at = (r: SentenceReading, word: string): number => r.tokens.findIndex((t) => t.lower === word);

describe('language: two-word negators', () => {
  it('reads "far from X" and "opt out of X" as not X', () => {
    const far = read('I want to stay in the world of equations, far from the DevOps stuff.');
    assert.ok(far.negated[at(far, 'devops')]);
    assert.ok(!far.negated[at(far, 'equations')]);
    const out = read('Can I opt out of the studio reviews?');
    assert.ok(out.negated[at(out, 'studio')]);
  });

  it('puts the second word of a pair in its clause and segment ("no longer")', () => {
    const r = read('I quit because it no longer felt like a family.');
    const no = at(r, 'no');
    const longer = at(r, 'longer');
    assert.equal(r.clause[longer], r.clause[no]);
    assert.equal(r.segment[longer], r.segment[no]);
  });
});
