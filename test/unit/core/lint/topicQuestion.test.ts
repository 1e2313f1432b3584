import * as assert from 'node:assert/strict';
import { createLanguageModel } from '../../../../src/core/language/winkModel';
import { lintText } from '../../../../src/core/lint';
import { isTopicQuestion } from '../../../../src/core/lint/meaning';
import { bundledPack } from '../../helpers/packFiles';

const model = createLanguageModel();
const rules = (text: string): string[] => [...new Set(lintText(text, bundledPack(), { language: model }).map((f) => f.ruleId))];

describe('meaning tier: a topic put as a question and answered on the same line', () => {
  it('tells a topic ("Film and animation?") from a real question ("Why Netflix?")', () => {
    for (const t of ['Film and animation?', 'artists?', '- Studio reviews?', 'The creative side?']) assert.ok(isTopicQuestion(t), t);
    for (const t of ['Why Netflix?', 'Any questions?', 'Is it stable?', 'How do you handle ambiguity?', 'A topic of more than four words?', 'Not a question.']) assert.ok(!isTopicQuestion(t), t);
  });

  it('reads the answer as about the topic, and only on the same line', () => {
    assert.deepEqual(rules('artists? meh.'), ['ignore-creative-side']);
    assert.deepEqual(rules("Film and animation? Not my scene; I'm a numbers person."), ['ignore-creative-side']);
    assert.deepEqual(rules('Artists? I love working with them.'), []);
    assert.deepEqual(rules('Studio reviews? Every week, and they shaped the tool.'), []);
    // The answer on the next line is not joined.
    assert.deepEqual(rules('artists?\n\nmeh.'), []);
  });
});
