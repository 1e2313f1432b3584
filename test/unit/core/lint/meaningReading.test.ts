import * as assert from 'node:assert/strict';
import { createLanguageModel } from '../../../../src/core/language/winkModel';
import { lintText } from '../../../../src/core/lint';
import { bundledPack } from '../../helpers/packFiles';

const model = createLanguageModel();
const rules = (text: string): string[] => [...new Set(lintText(text, bundledPack(), { language: model }).map((f) => f.ruleId))];

/**
 * How the reading of a sentence (not its words) decides a flag, on sentences written for this
 * test and never in the corpus: the speaker's former self, someone else's voice, conditions
 * and contrasts under negation, and the technical look-alikes of four flags.
 */
describe('meaning tier: the reading decides', () => {
  it('leaves the speaker\'s former self alone, and reads the turn to now', () => {
    for (const text of [
      'I used to wait for detailed specs; now I write them myself.',
      'Years ago I wanted someone to tell me exactly what to do.',
      "At my old company every release needed three sign-offs; here I'd rather move fast.",
      'I used to care only about proofs; now I enjoy building systems.',
      "Before, I'd have asked for a review board; these days I'd rather give people context.",
    ]) assert.deepEqual(rules(text), [], text);
    assert.deepEqual(rules('I used to hate process, but now I think every change needs a formal review.'), ['more-process']);
  });

  it('leaves someone else\'s voice alone', () => {
    for (const text of [
      'Someone once told me research and production are separate worlds, and I disagreed.',
      'My old manager insisted on a sign-off for every experiment, and it slowed us down.',
      'Our CI requires an approval from a code owner.',
      'My manager asked for a sign-off process, and I argued against it.',
    ]) assert.deepEqual(rules(text), [], text);
    assert.deepEqual(rules('I work best when my manager tells me exactly what to do each day.'), ['detailed-instructions']);
  });

  it('reads conditions and contrasts under negation', () => {
    assert.deepEqual(rules("I can't work without detailed instructions."), ['detailed-instructions']);
    assert.deepEqual(rules("I can't really start a task unless someone explains the exact approach."), ['detailed-instructions']);
    assert.deepEqual(rules("I won't start coding until the spec is completely finalised."), ['detailed-instructions']);
    assert.deepEqual(rules('Deriving bounds is my thing, production engineering is not.'), ['only-ml-theory']);
    assert.deepEqual(rules('I prefer context over detailed instructions.'), []);
    assert.deepEqual(rules("I'm wary of adding more approval layers; they slow everyone down."), []);
    assert.deepEqual(rules("I'm not just a theory person: I maintain our feature pipeline."), []);
  });

  it('reads the same way for every flag', () => {
    for (const text of [
      'I used to need job security; now I chase hard problems.',
      'Someone on my old team called us a family, and I cringed.',
      'When I started, I needed my evenings free, but now I enjoy the crunch before a launch.',
    ]) assert.deepEqual(rules(text), [], text);
    assert.deepEqual(rules("I won't accept an offer unless the role is permanent."), ['stability']);
    assert.deepEqual(rules("I can't take a job without my weekends off."), ['work-life-balance']);
  });

  it('tells the flags from their technical look-alikes', () => {
    for (const text of [
      'The onboarding doc gives detailed instructions for getting GPU access.',
      'The release policy of our model registry keeps the last five versions.',
      'We moved the feature store to a separate cluster for cost reasons.',
      'The proof of the bound took me two weeks, and then we shipped the model.',
      'The scheduler hands each job off to a worker.',
    ]) assert.deepEqual(rules(text), [], text);
    assert.deepEqual(rules('My ideal setup keeps researchers and engineers in separate orgs.'), ['research-production-separate']);
  });
});
