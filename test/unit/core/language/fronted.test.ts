import * as assert from 'node:assert/strict';
import { readSentence, type SentenceReading } from '../../../../src/core/language';
import { createLanguageModel } from '../../../../src/core/language/winkModel';

const model = createLanguageModel();
const read = (text: string): SentenceReading => readSentence(model.analyse(text), text);
const isNegated = (r: SentenceReading, word: string): boolean => r.negated[r.tokens.findIndex((t) => t.lower === word)]!;
const cueWords = (r: SentenceReading): string[] => r.wantCues.map((i) => r.tokens[i]!.lower);
const habitWords = (r: SentenceReading): string[] => r.habitCues.map((i) => r.tokens[i]!.lower);

describe('language: a thing named first, then what the speaker does with it', () => {
  it('reads a refusal as not wanting the thing, with the refusing verb as the stance', () => {
    const r = read('Working past six is something I try hard to avoid.');
    assert.ok(isNegated(r, 'working') && isNegated(r, 'six'));
    assert.deepEqual(cueWords(r), ['avoid']);
    assert.ok(isNegated(read('Overtime is a thing I refuse to do.'), 'overtime'));
  });

  it('reads "not something I do (anymore)" as a habit of not doing it', () => {
    const r = read('Staying late is just not something I do anymore.');
    assert.ok(isNegated(r, 'staying') && isNegated(r, 'late'));
    assert.deepEqual(habitWords(r), ['do']);
  });

  it('reads "not something I mind" and "not something I avoid" as taking the thing as it comes', () => {
    for (const text of ['Late nights are not something I mind.', 'Late nights are not something I avoid.']) {
      const r = read(text);
      assert.ok(!isNegated(r, 'late'), text);
      assert.deepEqual(cueWords(r), [], text);
    }
  });

  it('keeps the stance of a wanting verb and gives none to a past one', () => {
    assert.deepEqual(cueWords(read('Weekends are something I protect.')), ['protect']);
    const past = read('Weekend work is something I avoided at my last job.');
    assert.deepEqual(cueWords(past), []);
    assert.deepEqual(habitWords(past), []);
  });
});

describe('language: the stance of a thing named first reaches the whole of it', () => {
  it('reaches back over the commas of a list to its first item', () => {
    const r = read('Predictability, permanence and a clear career ladder are what I care about most.');
    const care = r.tokens.findIndex((t) => t.lower === 'care');
    assert.deepEqual(cueWords(r), ['care']);
    assert.equal(r.cueFrom.get(care), 0);
  });

  it('stops at a new subject or a contrast, and gives no stance to "I don\'t care about"', () => {
    const r = read("I'm done with startups, and stability is what I care about.");
    const care = r.tokens.findIndex((t) => t.lower === 'care');
    assert.equal(r.tokens[r.cueFrom.get(care)!]!.lower, 'stability');
    assert.deepEqual(cueWords(read("I don't care about job security.")), []);
  });
});
