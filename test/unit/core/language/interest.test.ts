import * as assert from 'node:assert/strict';
import { readSentence, type SentenceReading } from '../../../../src/core/language';
import { createLanguageModel } from '../../../../src/core/language/winkModel';

const model = createLanguageModel();
const read = (text: string): SentenceReading => readSentence(model.analyse(text), text);
const isNegated = (r: SentenceReading, word: string): boolean => r.negated[r.tokens.findIndex((t) => t.lower === word)]!;

describe('language: "X has never interested me" negates X', () => {
  it('reads a gerund or a list as the subject, in the perfect and with an adverb between', () => {
    for (const [text, word] of [
      ['Writing production code has never appealed to me.', 'production'],
      ['Building pipelines, containers and cluster jobs has never interested me.', 'pipelines'],
      ['Building pipelines, containers and cluster jobs has never interested me.', 'containers'],
      ["Deploying models hasn't really excited me.", 'models'],
      ['The studio side has never mattered to me.', 'studio'],
      ["Job security doesn't matter to me.", 'security'],
    ] as const) assert.ok(isNegated(read(text), word), `${text}: ${word}`);
  });

  it('leaves other verbs, and the speaker as subject, alone', () => {
    assert.ok(!isNegated(read('Writing production code has never stopped me from doing theory.'), 'production'));
    assert.ok(!isNegated(read('I have never appealed to the board.'), 'i'));
    assert.ok(!isNegated(read('Shipping has never bored me.'), 'shipping'));
  });
});
