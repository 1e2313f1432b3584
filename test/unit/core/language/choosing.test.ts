import * as assert from 'node:assert/strict';
import { readSentence, type SentenceReading } from '../../../../src/core/language';
import { createLanguageModel } from '../../../../src/core/language/winkModel';

const model = createLanguageModel();
const read = (text: string): SentenceReading => readSentence(model.analyse(text), text);
const cueWords = (r: SentenceReading): string[] => r.wantCues.map((i) => r.tokens[i]!.lower);

describe('language: choosing where to work states what the speaker wants', () => {
  it('reads "only taking roles with…", "applying to companies that…" as a stance', () => {
    assert.deepEqual(cueWords(read("This time I'm only taking roles with fixed hours.")), ['taking']);
    assert.deepEqual(cueWords(read('I only consider roles with predictable hours.')), ['consider']);
    assert.deepEqual(cueWords(read("I'm applying to companies that offer a four-day week.")), ['applying']);
  });

  it('gives no stance to a past choice or to a place without a criterion', () => {
    assert.deepEqual(cueWords(read('I joined a team with strict review rules.')), []);
    assert.deepEqual(cueWords(read('I take the train to work.')), []);
  });
});

describe('language: the conditions and motives the speaker names', () => {
  it('reads "I work better with…", "I do my best work when…", "the main reason I\'m applying" as a stance', () => {
    assert.deepEqual(cueWords(read('I work better with close supervision.')), ['work']);
    assert.deepEqual(cueWords(read('I do my best work when I have a detailed plan.')), ['best']);
    assert.deepEqual(cueWords(read("Stability is the main reason I'm applying.")), ['reason']);
  });

  it('gives none to someone else working better', () => {
    assert.deepEqual(cueWords(read('The model works better with more data.')), []);
    // ("The main reason I left was the commute" wants no commute: see leaving.test.ts.)
  });
});

describe('language: what the speaker would give up something for', () => {
  it('reads "I\'d accept a lower salary if…", "I\'d trade some pay for…" as a stance, and guarding words too', () => {
    assert.deepEqual(cueWords(read("I'd accept a lower salary if it meant a permanent contract.")), ['accept']);
    assert.deepEqual(cueWords(read("I'd trade some pay for predictable hours.")), ['trade']);
    assert.deepEqual(cueWords(read("I'd take a smaller title if the job were secure.")), ['take']);
    assert.deepEqual(cueWords(read("I'm pretty protective of my evenings.")), ['protective']);
  });

  it('gives none to a plain choice of transport or an offer accepted in the past', () => {
    assert.deepEqual(cueWords(read("I'd take the bus for the commute.")), []);
    assert.deepEqual(cueWords(read('I accepted the offer for the pay.')), []);
  });
});
