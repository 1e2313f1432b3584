import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFixes, lintText, type Finding } from '../../../../src/core/lint';
import { analyzeDraft } from '../../../../src/core/coach/analyze';
import { decodeText } from '../../../../src/core/text/decodeText';
import { bundledPack } from '../../helpers/packFiles';
import { markdownish } from './arbitraries';

const pack = bundledPack();

/** Phrasings of every rule, as a writer might put them (the rules must flag each). */
const RED_FLAGS = [
  'work-life balance',
  'Work/Life balances',
  'a healthy work–life balance',
  'a stable role',
  'job security',
  'I value stability',
  'more process',
  'stricter rules',
  'step-by-step instructions',
  'being told exactly what to do',
  'only on ML theory',
  'threw it over the wall to engineering',
  'handed it off to the engineering team',
  'like a family',
  'my work family',
  'a family atmosphere',
];

const WORDS = ['I', 'we', 'shipped', 'the', 'pipeline', 'for', 'creators', 'and', 'artists', 'at', 'Netflix', 'team', 'stable', 'family', 'process', 'balance', 'work', 'life', 'rules', 'more', 'a', 'of'];

/** A sentence of ordinary words, sometimes with a red flag in it. */
const sentence = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }), fc.option(fc.constantFrom(...RED_FLAGS), { freq: 2 }), fc.constantFrom('.', '!', '?', ',', ''))
  .map(([words, flag, end]) => {
    const w = [...words];
    if (flag) w.splice(Math.floor(w.length / 2), 0, flag);
    return `${w.join(' ')}${end}`;
  });

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

function checkShape(text: string, findings: readonly Finding[]): void {
  let last = -1;
  const lines = text.split('\n');
  const lineStart: number[] = [];
  let offset = 0;
  for (const l of lines) {
    lineStart.push(offset);
    offset += l.length + 1;
  }
  for (const f of findings) {
    assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, `range [${f.start}, ${f.end}) outside the text`);
    assert.ok(f.start >= last, 'findings are sorted');
    last = f.start;
    assert.equal(lineStart[f.line - 1]! + f.column - 1, f.start, 'line/column match the start offset');
    assert.equal(lineStart[f.endLine - 1]! + f.endColumn - 1, f.end, 'line/column match the end offset');
  }
}

describe('lint engine: properties (fast-check)', () => {
  it('never throws, and every range lies in the text with consistent lines and columns', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), markdownish(), paragraph), (text) => {
        checkShape(text, lintText(text, pack));
        checkShape(text, lintText(text, pack, { windowSize: 16, extraPhrases: ['the team', 'a'] }));
      }),
      { numRuns: 400 },
    );
  });

  it('flags nothing inside code, frontmatter, comments or link targets', () => {
    const hidden = fc.constantFrom(...RED_FLAGS);
    const protectedPart = fc.oneof(
      hidden.map((h) => ({ kind: 'fence', text: `\`\`\`\n${h}\n${h}\n\`\`\`` })),
      hidden.map((h) => ({ kind: 'tilde', text: `~~~md\n${h}\n~~~` })),
      hidden.map((h) => ({ kind: 'indented', text: `    ${h}\n    ${h}` })),
      hidden.map((h) => ({ kind: 'inline', text: `See \`${h}\` here.` })),
      hidden.map((h) => ({ kind: 'comment', text: `<!-- ${h} -->` })),
      hidden.map((h) => ({ kind: 'comment-lines', text: `<!--\n${h}\n\n${h}\n-->` })),
      hidden.map((h) => ({ kind: 'link', text: `[the docs](https://example.com/${h.replace(/ /g, '-')} "${h}")` })),
    );
    const doc = fc.tuple(fc.option(fc.constantFrom(...RED_FLAGS)), fc.array(fc.oneof(paragraph.map((text) => ({ kind: 'prose', text })), protectedPart), { minLength: 1, maxLength: 8 }));
    fc.assert(
      fc.property(doc, ([frontmatterFlag, parts]) => {
        let text = frontmatterFlag ? `---\ntitle: ${frontmatterFlag}\nnotes: |\n  ${frontmatterFlag}\n---\n\n` : '';
        const guarded: [number, number][] = frontmatterFlag ? [[0, text.length]] : [];
        for (const p of parts) {
          const start = text.length;
          text += p.text;
          if (p.kind !== 'prose') {
            // The link text "the docs" is prose; its target is not.
            const from = p.kind === 'link' ? start + p.text.indexOf('](') : start;
            const to = p.kind === 'inline' ? start + p.text.lastIndexOf('`') + 1 : start + p.text.length;
            guarded.push([p.kind === 'inline' ? start + p.text.indexOf('`') : from, to]);
          }
          text += '\n\n';
        }
        for (const f of lintText(text, pack)) {
          for (const [a, b] of guarded) assert.ok(f.end <= a || f.start >= b, `${f.ruleId} flagged ${JSON.stringify(text.slice(f.start, f.end))} inside [${a}, ${b})\n${text}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds every red flag written in prose', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RED_FLAGS), fc.constantFrom('', '# ', '- ', '> ', '1. ', '| '), (flag, prefix) => {
        const text = `${prefix}So ${flag}, really.`;
        assert.equal(lintText(text, pack).length, 1, text);
      }),
    );
  });

  it('after applying every preferred fix, re-linting finds none of the fixed findings again', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), (paragraphs) => {
        const text = `${paragraphs.join('\n\n')}\n\nWe built it for the studio's creators.`;
        const findings = lintText(text, pack);
        const fixed = applyFixes(text, findings);
        const fixedRules = new Set(findings.filter((f) => f.suggestions.length > 0).map((f) => f.ruleId));
        const unfixed = findings.filter((f) => fixedRules.has(f.ruleId) && f.suggestions.length === 0).map((f) => f.ruleId).sort();
        const after = lintText(fixed, pack).filter((f) => fixedRules.has(f.ruleId));
        assert.deepEqual(after.map((f) => f.ruleId).sort(), unfixed, `${text}\n→\n${fixed}\n${after.map((f) => fixed.slice(f.start, f.end)).join(' | ')}`);
      }),
      { numRuns: 300 },
    );
  });

  it('CRLF, lone-CR and LF variants of a draft, decoded at the edge, give the same findings at the same lines and columns', () => {
    const key = (f: Finding) => `${f.ruleId}@${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
    const draftish = fc.oneof(
      markdownish().map((t) => t.replace(/\r/g, '')),
      fc.array(fc.oneof(paragraph, fc.constantFrom('---\ninterview: true\n---', '```\nwork-life balance\n```', '<!-- interview-coach-disable-next-line -->', '- a stable role', '')), { maxLength: 8 }).map((p) => p.join('\n')),
    );
    fc.assert(
      fc.property(draftish, fc.constantFrom('\r\n', '\r'), (lf, eol) => {
        const read = (text: string) => decodeText(new TextEncoder().encode(text)).text;
        const expected = lintText(read(lf), pack).map(key);
        const variant = read(lf.replace(/\n/g, eol));
        const findings = lintText(variant, pack);
        checkShape(variant.replace(/\r\n/g, ' \n'), findings);
        assert.deepEqual(findings.map(key), expected);
        assert.deepEqual(analyzeDraft(variant, pack).findings.map(key), analyzeDraft(read(lf), pack).findings.map(key));
      }),
      { numRuns: 300 },
    );
  });
});
