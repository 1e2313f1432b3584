import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { MarkdownMasker, maskMarkdown } from '../../../../src/core/lint';
import { markdownish } from './arbitraries';
import { fixtureDrafts } from './fixtureDrafts';

/** The words the masked text keeps, in order. */
function kept(text: string): string[] {
  return maskMarkdown(text).masked.match(/[A-Za-z][\w'-]*/g) ?? [];
}

describe('markdown masking', () => {
  it('keeps the length and every offset', () => {
    for (const d of fixtureDrafts()) assert.equal(maskMarkdown(d.text).masked.length, d.text.length, d.name);
  });

  it('keeps prose: paragraphs, headings, list items, table cells, quotes, link text, image alt text', () => {
    assert.deepEqual(kept('# Heading\n\nParagraph text.\n\n- item one\n1. item two\n\n| cell | other |\n|---|---|\n| body | row |\n\n> quoted\n\n[link text](https://x.y/z) ![alt words](img.png)'), [
      'Heading',
      'Paragraph',
      'text',
      'item',
      'one',
      'item',
      'two',
      'cell',
      'other',
      'body',
      'row',
      'quoted',
      'link',
      'text',
      'alt',
      'words',
    ]);
  });

  it('masks frontmatter, fenced and indented code, inline code, comments, link and image targets', () => {
    const text = [
      '---',
      'title: secret frontmatter',
      '---',
      '',
      'Visible `hidden code` visible.',
      '',
      '```js',
      'hidden fence',
      '```',
      '',
      '~~~',
      'hidden tilde',
      '~~~',
      '',
      '    hidden indented',
      '',
      '<!-- hidden comment -->',
      '',
      '[visible](https://hidden.example/path "hidden title") and ![visible](hidden.png)',
      '',
      '[ref]: https://hidden.example "hidden"',
      '',
      'Bare https://hidden.example/url and <https://hidden.example> and www.hidden.example too.',
    ].join('\n');
    assert.deepEqual(
      kept(text).filter((w) => w !== 'and' && w !== 'too'),
      ['Visible', 'visible', 'visible', 'visible', 'Bare'],
    );
  });

  it('masks fenced code inside list items and blockquotes, and ends it with its container', () => {
    assert.deepEqual(kept('- item\n\n  ```\n  hidden\n  ```\n\n  after'), ['item', 'after']);
    assert.deepEqual(kept('> quote\n> ```\n> hidden\n> ```\n> after'), ['quote', 'after']);
    // The quote ends, so the unclosed fence in it ends too.
    assert.deepEqual(kept('> ```\n> hidden\n\noutside'), ['outside']);
  });

  it('knows that an unclosed fence runs to the end, and a longer fence needs a longer close', () => {
    assert.deepEqual(kept('````\nhidden\n```\nstill hidden\n````\nshown'), ['shown']);
    assert.deepEqual(kept('text\n```\nhidden to the end'), ['text']);
  });

  it('does not take an indented paragraph continuation for code', () => {
    assert.deepEqual(kept('para\n    continued'), ['para', 'continued']);
  });

  it('masks code spans across a line break, but not across a blank line', () => {
    assert.deepEqual(kept('a `hidden\nhidden` b'), ['a', 'b']);
    assert.deepEqual(kept('a `not\n\ncode` b'), ['a', 'not', 'code', 'b']);
  });

  it('masks raw <pre> and <script> blocks, and tags but not the text of other HTML', () => {
    assert.deepEqual(kept('<pre>\nhidden\n</pre>\n\n<div class="x">\nshown\n</div>'), ['shown']);
  });

  it('keeps a phrase joinable across soft markup and a paragraph line break, not across blocks', () => {
    const m = maskMarkdown('**work**-*life*\n> x\n\nnext').masked;
    assert.equal(m.slice(0, 15), '  work  - life ');
    assert.ok(m.includes('\n'), 'block boundaries stay line breaks');
  });

  it('reads suppression comments with their rules and lines', () => {
    const { directives } = maskMarkdown('a\n<!-- interview-coach-disable stability, work-life-balance -->\nb <!-- interview-coach-disable-line -->\n<!--\ninterview-coach-disable-next-line x\n-->\n```\n<!-- interview-coach-disable -->\n```');
    assert.deepEqual(
      directives.map((d) => [d.kind, d.rules, d.line, d.endLine]),
      [
        ['disable', ['stability', 'work-life-balance'], 1, 1],
        ['disable-line', [], 2, 2],
        ['disable-next-line', ['x'], 3, 5],
      ],
    );
  });

  it('finds the frontmatter only at the very start', () => {
    assert.deepEqual(maskMarkdown('---\na: 1\n---\nbody').frontmatter, { start: 0, end: 12 });
    assert.equal(maskMarkdown('\n---\na: 1\n---\n').frontmatter, undefined);
    assert.equal(maskMarkdown('---\nno end').frontmatter, undefined);
  });

  it('gives the same result window by window as in one go, for any text', () => {
    const whole = (text: string) => maskMarkdown(text).masked;
    const windowed = (text: string, size: number) => {
      const m = new MarkdownMasker(text, { windowSize: size });
      const parts: string[] = [];
      let expected = 0;
      for (let w = m.next(); w; w = m.next()) {
        assert.equal(w.start, expected, 'windows are contiguous');
        expected += w.text.length;
        parts.push(w.text);
      }
      return parts.join('');
    };
    for (const d of fixtureDrafts()) assert.equal(windowed(d.text, 7), whole(d.text), d.name);
    fc.assert(
      fc.property(markdownish(), fc.integer({ min: 1, max: 64 }), (text, size) => {
        const w = windowed(text, size);
        return w.length === text.length && w === whole(text);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with markdown-it about which lines are code', () => {
    const md = new MarkdownIt();
    fc.assert(
      fc.property(documentOf(block()), (text) => {
        const whole = maskMarkdown(text).masked;
        const lines = text.split('\n');
        // The masked text of each source line (offsets are the same; its line breaks are not).
        const masked: string[] = [];
        let at = 0;
        for (const line of lines) {
          masked.push(whole.slice(at, at + line.length));
          at += line.length + 1;
        }
        for (const token of md.parse(text, {})) {
          if (!token.map) continue;
          const [from, to] = token.map;
          if (token.type === 'fence' || token.type === 'code_block') {
            for (let l = from; l < to; l++) assert.ok(!/[A-Za-z]/.test(masked[l] ?? ''), `line ${l} is code for markdown-it but kept: ${JSON.stringify(lines[l])}\n${text}`);
          }
          if (token.type === 'inline') {
            for (let l = from; l < to; l++) {
              if (/^[ >\-*0-9.]*[A-Za-z]/.test(lines[l] ?? '')) assert.ok(/[A-Za-z]/.test(masked[l] ?? ''), `line ${l} is prose for markdown-it but masked: ${JSON.stringify(lines[l])}\n${text}`);
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});

/** One markdown block of the kinds a draft has (plain words, so markdown-it and we see the same lines). */
function block(): fc.Arbitrary<string> {
  const words = fc.array(fc.constantFrom('alpha', 'beta', 'gamma', 'delta'), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
  const lines = fc.array(words, { minLength: 1, maxLength: 3 });
  const indent = fc.constantFrom('', '  ', '   ');
  return fc.oneof(
    lines.map((l) => l.join('\n')),
    fc.tuple(indent, lines).map(([i, l]) => `${i}\`\`\`\n${l.map((x) => `${i}${x}`).join('\n')}\n${i}\`\`\``),
    lines.map((l) => l.map((x) => `    ${x}`).join('\n')),
    fc.tuple(fc.constantFrom('- ', '* ', '1. '), lines).map(([m, l]) => l.map((x) => `${m}${x}`).join('\n')),
    lines.map((l) => l.map((x) => `> ${x}`).join('\n')),
    words.map((w) => `## ${w}`),
    fc.tuple(lines, lines).map(([a, b]) => `- ${a.join(' ')}\n\n  \`\`\`\n  ${b.join('\n  ')}\n  \`\`\``),
    lines.map((l) => `> \`\`\`\n${l.map((x) => `> ${x}`).join('\n')}\n> \`\`\``),
  );
}

function documentOf(b: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.array(b, { minLength: 1, maxLength: 6 }).map((blocks) => blocks.join('\n\n'));
}
