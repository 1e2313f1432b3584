import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { answerParts } from '../../../../src/core/quiz/check';
import { replaceParenthesised } from '../../../../src/core/text/parentheses';

describe('text: replaceParenthesised', () => {
  it('replaces what /\\([^)]*\\)/g finds, for any text of parentheses, commas and words (property)', () => {
    const mark = (m: string) => `<${m.length}${/[,&]/.test(m) ? 'k' : ''}>`;
    fc.assert(
      fc.property(fc.array(fc.constantFrom('(', ')', 'a', ' ', ',', '&', '((', '))', 'b c'), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        assert.equal(replaceParenthesised(text, mark), text.replace(/\([^)]*\)/g, mark));
      }),
      { numRuns: 2000 },
    );
  });

  it('grades an answer of thousands of unclosed "(" in linear time', () => {
    // The regular expression read to the end of the answer from every "(": ~4 s for 90 KB in the
    // CLI (`quiz --check`), ~20 s for this one; the quiz panel grades what is typed or pasted.
    const answer = `Studio Media (Algorithms) ${'((((( '.repeat(40_000)}x`;
    const start = performance.now();
    const parts = answerParts(answer);
    const took = (performance.now() - start) / 1000;
    assert.equal(parts.length, 1);
    assert.ok(/^Studio Media\s+\(\(\(\(\( /.test(parts[0]!) && !parts[0]!.includes('Algorithms'), 'the closed group is still dropped');
    assert.ok(took < 3, `took ${took.toFixed(1)} s`);
  });
});
