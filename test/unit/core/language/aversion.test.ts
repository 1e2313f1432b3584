import * as assert from 'node:assert/strict';
import { readSentence, type SentenceReading } from '../../../../src/core/language';
import { createLanguageModel } from '../../../../src/core/language/winkModel';

const model = createLanguageModel();
const read = (text: string): SentenceReading => readSentence(model.analyse(text), text);
const isNegated = (r: SentenceReading, word: string): boolean => r.negated[r.tokens.findIndex((t) => t.lower === word)]!;
const cueWords = (r: SentenceReading): string[] => r.wantCues.map((i) => r.tokens[i]!.lower);

describe("language: the speaker's dislikes", () => {
  it('reads "I (try to) avoid X", "I hate X", "I can\'t stand X" as a stance against X', () => {
    for (const [text, cue, thing] of [
      ['I try to avoid working late.', 'avoid', 'late'],
      ['I try hard to avoid answering emails after seven.', 'avoid', 'emails'],
      ['I hate working weekends.', 'hate', 'weekends'],
      ["I can't stand being pinged at night.", 'stand', 'night'],
      ["I'd stay away from companies that restructure a lot.", 'stay', 'companies'],
    ] as const) {
      const r = read(text);
      assert.ok(cueWords(r).includes(cue), `${text}: ${cueWords(r)}`);
      assert.ok(isNegated(r, thing), text);
    }
  });

  it('reads "X stresses me out" as not wanting X, and "X doesn\'t scare me" as taking it', () => {
    const r = read('Frequent reorgs stress me out.');
    assert.ok(isNegated(r, 'reorgs'));
    assert.deepEqual(cueWords(r), ['stress']);
    const calm = read("Change doesn't scare me.");
    assert.ok(!isNegated(calm, 'change'));
    assert.deepEqual(cueWords(calm), []);
  });

  it('gives no stance to a past dislike or to "I can stand"', () => {
    assert.ok(!cueWords(read('I tried to avoid weekend work.')).includes('avoid'));
    assert.deepEqual(cueWords(read('I can stand a lot of ambiguity.')), []);
    assert.deepEqual(cueWords(read('The reorg stressed me out last year.')), []);
  });
});
