import * as assert from 'node:assert/strict';
import { frontmatterRange, prose, words } from '../../../../src/core/coach/prose';

function spokenWords(text: string): string[] {
  const p = prose(text);
  return words(p.spoken, p.bodyStart).map((w) => text.slice(w.start, w.end));
}

describe('coach: what of a draft is spoken', () => {
  it('keeps the length and every line break, so offsets found in it are offsets in the file', () => {
    const text = '---\na: 1\n---\n# Title\n\nSome `code` and <!-- a\ncomment --> [link](http://x.y/z).\r\n\n```\nfenced\n```\n';
    const p = prose(text);
    assert.equal(p.masked.length, text.length);
    assert.equal(p.spoken.length, text.length);
    for (let i = 0; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') assert.equal(p.masked[i], text[i]);
  });

  it('says paragraphs, lists, tables, blockquotes and link text', () => {
    assert.deepEqual(spokenWords('I led it.\n\n- I built it\n\n| a | b |\n|---|---|\n| one | two |\n\n> quoted words\n\nSee [the doc](https://example.com/x).\n'), [
      'I', 'led', 'it', 'I', 'built', 'it', 'a', 'b', 'one', 'two', 'quoted', 'words', 'See', 'the', 'doc',
    ]);
  });

  it('does not say frontmatter, code, comments, tags, targets, definitions or bare URLs (alt text is prose, as the linter reads it)', () => {
    const text = [
      '---',
      'question: Why frontmatter words?',
      '---',
      'said `inline code` said',
      '',
      '```ts',
      'fenced words',
      '```',
      '',
      '    indented code words',
      '',
      '~~~',
      'tilde fence',
      '~~~',
      '',
      '<!-- a comment',
      'over lines -->',
      'said <br/> <span class="x">said</span> ![alt](img.png) <https://auto.link> https://bare.url/x',
      '',
      '[ref]: https://example.com "Title words"',
    ].join('\n');
    assert.deepEqual(spokenWords(text), ['said', 'said', 'said', 'said', 'alt']);
  });

  it('leaves headings out of the spoken text but lists them with their level and text', () => {
    const text = '# Title #\n\nBody.\n\nSetext Heading\n---\n\n### Action <!-- note -->\n';
    const p = prose(text);
    assert.deepEqual(p.headings.map((h) => [h.level, h.text]), [[1, 'Title'], [2, 'Setext Heading'], [3, 'Action']]);
    assert.deepEqual(spokenWords(text), ['Body']);
    const action = p.headings[2]!;
    assert.equal(text.slice(action.textStart, action.textEnd), 'Action');
  });

  it('an indented line inside a list is prose, after a paragraph it is a continuation', () => {
    assert.deepEqual(spokenWords('- item\n\n    continued item\n'), ['item', 'continued', 'item']);
    assert.deepEqual(spokenWords('para\n    lazy continuation\n'), ['para', 'lazy', 'continuation']);
  });

  it('counts words as they are said: slashes and dashes split, inner hyphens and apostrophes do not', () => {
    assert.deepEqual(spokenWords("I'm a hands-on Python/Java dev — 5TB/month, 2.5 years, R&D, C++."), [
      "I'm", 'a', 'hands-on', 'Python', 'Java', 'dev', '5TB', 'month', '2.5', 'years', 'R&D', 'C++',
    ]);
  });

  it('an unclosed comment hides the rest of the draft, as the linter reads it', () => {
    assert.deepEqual(spokenWords('a <!-- b\n\nc\n'), ['a']);
    assert.deepEqual(spokenWords('a\n\n<!-- b\nc\n'), ['a']);
  });

  it('finds frontmatter only at the very start, closed by --- or ...', () => {
    assert.ok(frontmatterRange('---\na: 1\n---\nbody'));
    assert.ok(frontmatterRange('\ufeff---\na: 1\n...\nbody'));
    assert.equal(frontmatterRange('\n---\na: 1\n---\n'), undefined);
    assert.equal(frontmatterRange('---\na: 1\nno close'), undefined);
    const text = '---\r\na: 1\r\n---\r\nbody';
    const fm = frontmatterRange(text)!;
    assert.equal(text.slice(fm.blockEnd), 'body');
  });
});
