import * as assert from 'node:assert/strict';
import { findHedges } from '../../../../src/core/coach/hedging';

const hedges = (s: string) => findHedges(s, 0).map((h) => s.slice(h.start, h.end));

describe('coach: hedging', () => {
  it('finds each hedge the issue names, in any case', () => {
    assert.deepEqual(hedges('I think it works. It was kind of slow, sort of. I just fixed it. Maybe. I guess so. i THINK so'), [
      'I think', 'kind of', 'sort of', 'just', 'Maybe', 'I guess', 'i THINK',
    ]);
    assert.deepEqual(hedges('It was kinda slow and sorta fine.'), ['kinda', 'sorta']);
  });

  it('leaves the look-alikes alone', () => {
    for (const s of [
      'That is the kind of problem I like.',
      'What sort of model did you use?',
      'It was a kind of cache.',
      'Our just-in-time compiler was broken.',
      'It was not just slow, it was wrong.',
      'Just as we shipped, traffic doubled.',
      'We arrived just in time.',
      'I had to adjust the justification for justice.',
      'They asked what I think, and how I think about risk.',
      'Maybelline and thinking and guesswork.',
      'We were kind. Of the options, we took one.',
    ]) {
      assert.deepEqual(hedges(s), [], s);
    }
  });

  it('knows when a hedge opens a sentence, so deleting it would leave a lower-case start', () => {
    const s = 'Maybe it works. It was maybe fine.\n- Just do it';
    assert.deepEqual(findHedges(s, 0).map((h) => h.sentenceStart), [true, false, true]);
  });
});
