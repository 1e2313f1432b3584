import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lintText, maskMarkdown } from '../../../../src/core/lint';
import { frontmatterBody } from '../../../../src/core/lint/engine';
import { packWith } from './packs';

/**
 * Inputs that used to take time quadratic in their size. Each runs at a size where the old code
 * took tens of seconds and linear code takes milliseconds; the bound is two orders of magnitude
 * above the linear time, so a loaded machine does not make it flaky.
 */
function seconds(fn: () => void): number {
  const start = performance.now();
  fn();
  return (performance.now() - start) / 1000;
}

describe('linear time on pathological input', function () {
  this.timeout(120_000);

  it('masks a long line of nested list markers (`* ` and `- ` repeated) in linear time', () => {
    for (const marker of ['* ', '- ', '+ ', '1. ']) {
      const text = `${marker.repeat(100_000)}x\nnext line\n`;
      let masked = '';
      const took = seconds(() => {
        masked = maskMarkdown(text).masked;
      });
      assert.equal(masked.length, text.length);
      assert.ok(took < 3, `${JSON.stringify(marker)} ×100k took ${took.toFixed(1)} s`);
    }
  });

  it('masks many lines of deeply nested list items followed by a paragraph in linear time', () => {
    const text = `${'* '.repeat(50_000)}x\n${'lazy continuation\n'.repeat(2000)}`;
    const took = seconds(() => maskMarkdown(text));
    assert.ok(took < 3, `took ${took.toFixed(1)} s`);
  });

  it('masks a long line of unclosed footnotes `[^` and link targets `](` in linear time, as before', () => {
    // Each `[^` searched to the end of the line for its `]` (50,000 on one line: ~25 s), each `](`
    // up to 16 KB for its `)` (~10 s); one search per line now answers them all.
    for (const unit of ['[^a ', '[a](b ', '[a](( ) ', '[a][b ']) {
      const text = `${unit.repeat(50_000)}\n[^n] and [a](b (c) d) [e][f]\n`;
      let masked = '';
      const took = seconds(() => {
        masked = maskMarkdown(text).masked;
      });
      assert.equal(masked.length, text.length);
      const tail = '[^n] and [a](b (c) d) [e][f]\n';
      assert.equal(masked.slice(-tail.length), maskMarkdown(tail).masked, 'the closed ones on the next line are masked as on their own');
      assert.match(masked.slice(-tail.length), /^\s+and\s+a\s+e\s+$/);
      assert.ok(took < 3, `${JSON.stringify(unit)} ×50k took ${took.toFixed(1)} s`);
    }
  });

  it('lints a draft whose frontmatter has one very long line in linear time', () => {
    // Taking the frontmatter's body with /\n?[^\n]*$/ read the long line from each of its
    // positions: 200 KB took 33 s in the CLI.
    const pack = packWith([{ id: 'flag', phrases: ['stability'] }]);
    const text = `---\ninterview: true\nnote: ${'a'.repeat(300_000)}\nb: c\n---\nI value stability.\n`;
    let found: ReturnType<typeof lintText> = [];
    let seen: string | undefined;
    // An analyzer (the coach) is handed the frontmatter's body.
    const analyzer = (context: { frontmatter?: string }) => {
      seen = context.frontmatter;
      return [];
    };
    const took = seconds(() => {
      found = lintText(text, pack, { analyzers: [analyzer] });
    });
    assert.deepEqual(found.filter((f) => f.ruleId === 'flag').map((f) => [f.line, f.column]), [[6, 9]]);
    assert.equal(seen, `interview: true\nnote: ${'a'.repeat(300_000)}\nb: c`);
    assert.ok(took < 3, `took ${took.toFixed(1)} s`);
  });

  it('takes a frontmatter block\'s body as the two regular expressions did (property)', () => {
    const old = (block: string) => block.replace(/^[^\n]*\n?/, '').replace(/\n?[^\n]*$/, '');
    fc.assert(
      fc.property(fc.array(fc.constantFrom('---', '\n', 'a', ' ', '\r', 'b: c'), { maxLength: 20 }), (parts) => {
        const block = parts.join('');
        assert.equal(frontmatterBody(block), old(block));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives lines and columns of many findings on one very long line in linear time', () => {
    const pack = packWith([{ id: 'flag', phrases: ['stability'] }]);
    const text = 'I value stability. '.repeat(150_000);
    let count = 0;
    let last = { line: 0, column: 0 };
    const took = seconds(() => {
      const findings = lintText(text, pack);
      count = findings.length;
      last = findings[findings.length - 1]!;
    });
    assert.equal(count, 150_000);
    assert.equal(last.line, 1);
    assert.equal(last.column, 19 * 149_999 + 9);
    assert.ok(took < 10, `took ${took.toFixed(1)} s`);
  });
});
