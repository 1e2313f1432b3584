import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lintText } from '../../../../src/core/lint';
import { packWith } from './packs';

/**
 * No pattern can make matching slow: phrase patterns run on a memoised program (phraseMatcher.ts),
 * not on backtracking regexes. A rule of 27 groups like `(b|b b)` took 30 s on a one-line draft
 * with the regexes, and 48 groups never finished.
 */
const UNITS = ['(b|b b)', '(b b|b)', '(b|bb)', '((b|b b)|(b b|b))', '[b]', 'b', '(b|b b|b b b)'];
const adversarialPattern = fc
  .tuple(fc.constantFrom(...UNITS), fc.integer({ min: 27, max: 60 }), fc.array(fc.constantFrom(...UNITS), { maxLength: 6 }), fc.constantFrom('', ' c', ' {c}', ' b~', ' =b'))
  .map(([unit, times, mixed, tail]) => `${[...Array.from({ length: times }, () => unit), ...mixed].join(' ')}${tail}`);
const randomPattern = fc
  .array(fc.oneof(fc.constantFrom('b', 'bb', 'c', 'b~', '=b'), fc.array(fc.constantFrom('b', 'b b', 'bb', 'c b'), { minLength: 1, maxLength: 4 }).map((alts) => `(${alts.join('|')})`), fc.constantFrom('[b]', '[b b]', '[(b|c)]')), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.join(' '));
const adversarialText = fc
  .tuple(fc.array(fc.constantFrom('b ', 'b-', 'b/', 'b\n', 'b  ', 'bb ', 'b - b ', 'c ', 'b', ' ', '\n\n', 'b—', '*b* '), { minLength: 1, maxLength: 8 }), fc.integer({ min: 200, max: 1500 }))
  .map(([units, count]) => Array.from({ length: count }, (_, i) => units[i % units.length]).join(''));

function millis(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

describe('phrase patterns run in time linear in the text, whatever the pattern', function () {
  this.timeout(300_000);
  // A linear reference on the same machine and load: a one-word rule that matches every `b`.
  const reference = packWith([{ id: 'plain', phrases: ['b'] }]);

  for (const [name, pattern] of [
    ['adversarial', adversarialPattern],
    ['random', randomPattern],
  ] as const) {
    it(`${name} patterns × adversarial texts: no throw, ranges inside the text, bounded time per KB`, () => {
      fc.assert(
        fc.property(pattern, fc.option(pattern, { nil: undefined }), adversarialText, (phrase, except, text) => {
          const pack = packWith([{ id: 'adv', phrases: [phrase], ...(except ? { except: [except.replace(/\s*\{c\}$/, '').replace(/=>.*/, '')] } : {}) }]);
          lintText(text, reference); // warm
          lintText(text.slice(0, 64), pack); // compiles the rules: not what is measured
          const ref = millis(() => lintText(text, reference));
          let findings: ReturnType<typeof lintText> = [];
          const took = millis(() => {
            findings = lintText(text, pack);
          });
          for (const f of findings) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, JSON.stringify(f));
          // Linear work with a constant bounded by the pattern limits: far below the seconds a
          // backtracking engine spent on a single line of these.
          const kb = text.length / 1024;
          assert.ok(took < 400 * ref + 100 * kb + 500, `${JSON.stringify(phrase)} on ${text.length} chars: ${took.toFixed(0)} ms (reference ${ref.toFixed(1)} ms)`);
        }),
        { numRuns: 25 },
      );
    });
  }

  it('matches the adversarial rule of the report (27 and 48 groups of `(b|b b)`) on a long line quickly', () => {
    for (const groups of [27, 48]) {
      const pack = packWith([{ id: 'adv', phrases: [Array.from({ length: groups }, () => '(b|b b)').join(' ')] }]);
      const text = `${'b '.repeat(2000)}x`;
      let findings: ReturnType<typeof lintText> = [];
      const took = millis(() => {
        findings = lintText(text, pack);
      });
      // The first match reads the first alternative of each group: `groups` words.
      assert.equal(findings[0]!.start, 0);
      assert.equal(findings[0]!.end, 2 * groups - 1);
      assert.ok(took < 5000, `${groups} groups: ${took.toFixed(0)} ms`);
    }
  });
});
