import * as assert from 'node:assert/strict';
import { readSentence, type SentenceReading } from '../../../../src/core/language';
import { createLanguageModel } from '../../../../src/core/language/winkModel';

const model = createLanguageModel();
const read = (text: string): SentenceReading => readSentence(model.analyse(text), text);

describe('language: approving what was told ("…and I\'d like to keep it that way")', () => {
  const cues = (text: string): readonly number[] => read(text).wantCues;
  it('puts a want cue at the start of the sentence part', () => {
    for (const text of [
      'At the VFX house I kept away from the creative reviews, and I would like to keep it that way.',
      'In my PhD I never wrote production code and I want to keep it like that.',
      "Every release had three sign-offs there, and I'd keep things the same.",
    ]) assert.ok(cues(text).includes(0), text);
  });
  it('not when the speaker would not keep it, or keeps something else', () => {
    for (const text of [
      'We shipped without tests, and I would not keep it that way.',
      'The artists kept it that way for years.',
      'I keep my notebooks clean.',
    ]) assert.ok(!cues(text).includes(0), text);
  });
});

describe('language: a question asking to be let', () => {
  it('reads "Will the role let me…?" as a request', () => {
    const r = read('Will the role let me stay on the theoretical side?');
    assert.ok(r.wantCues.some((i) => r.tokens[i]!.lower === 'let'));
    const told = read('My manager let me choose the project.');
    assert.ok(!told.wantCues.some((i) => told.tokens[i]!.lower === 'let'));
  });
});

describe('language: "…, and I like it that way"', () => {
  it('approves what the sentence told, and not when the speaker does not like it', () => {
    assert.ok(read('Not me, the platform team deploys, and I like it that way.').wantCues.includes(0));
    assert.ok(!read("The platform team deploys, and I don't like it that way.").wantCues.includes(0));
  });
});

describe('language: "I see myself…"', () => {
  it("is the speaker's picture of their role, and someone else's is not", () => {
    const r = read('I mainly see myself producing the mathematical analysis.');
    assert.ok(r.wantCues.some((i) => r.tokens[i]!.lower === 'see'));
    const other = read('My manager sees himself as a coach.');
    assert.ok(!other.wantCues.some((i) => other.tokens[i]!.lower === 'sees'));
  });
});

describe('language: a purpose the speaker gives ("…so I could…")', () => {
  it('is a stance in the present, and history after a past action', () => {
    const r = read('Eyeline looks like a pure research group, so I could do research without thinking about production.');
    assert.ok(r.wantCues.some((i) => r.tokens[i]!.lower === 'so'));
    const past = read('We automated the on-call so we could sleep at night.');
    assert.ok(!past.wantCues.some((i) => past.tokens[i]!.lower === 'so'));
    const result = read('It rained, so I could not go.');
    assert.ok(!result.wantCues.some((i) => result.tokens[i]!.lower === 'so'));
  });
});
