import * as assert from 'node:assert/strict';
import { findLabels } from '../../../../src/core/coach/labels';
import { prose } from '../../../../src/core/coach/prose';
import { findStar, type StarPart } from '../../../../src/core/coach/star';

/** The parts found and how, for a draft body. */
function found(body: string): string {
  const parts = findStar(prose(body));
  return (['situation', 'task', 'action', 'result'] as StarPart[]).map((p) => (parts[p] ? `${p[0]}:${parts[p]!.via}:${parts[p]!.words}` : `${p[0]}:-`)).join(' ');
}

const STORY = ['The job kept failing.', 'I had to fix it.', 'I rewrote the export.', 'Failures fell by 90%.'];
const ALL = 's:label:4 t:label:5 a:label:4 r:label:4';

describe('coach: STAR labels in every style', () => {
  const styles: [string, (name: string, letter: string) => string][] = [
    ['bold, colon inside', (n) => `**${n}:** `],
    ['bold, colon outside', (n) => `**${n}**: `],
    ['bold, period inside', (n) => `**${n}.** `],
    ['bold, period outside', (n) => `**${n}**. `],
    ['bold alone before a sentence', (n) => `**${n}** `],
    ['underscores, period inside', (n) => `__${n}.__ `],
    ['italic, colon inside', (n) => `*${n}:* `],
    ['italic, period inside', (n) => `_${n}._ `],
    ['italic, colon outside', (n) => `*${n}*: `],
    ['plain, colon', (n) => `${n}: `],
    ['plain, em dash', (n) => `${n} — `],
    ['plain, hyphen', (n) => `${n} - `],
    ['plain, double hyphen', (n) => `${n} -- `],
    ['in a quote', (n) => `> **${n}:** `],
    ['bold letter, en dash', (_, l) => `**${l}** – `],
    ['capitals', (n) => `${n.toUpperCase()}: `],
    ['bullet', (n) => `- ${n}: `],
    ['numbered, bold, dash', (n) => `1. **${n}** — `],
    ['letter, colon', (_, l) => `${l}: `],
    ['bold letter', (_, l) => `**${l}:** `],
    ['letter in parentheses', (_, l) => `(${l}) `],
    ['bold letter in parentheses', (_, l) => `**(${l})** `],
    ['letter then name', (n, l) => `**${l} (${n}):** `],
    ['"The" before the name', (n) => `**The ${n.toLowerCase()}:** `],
  ];
  for (const [name, label] of styles) {
    it(name, () => {
      const names = ['Situation', 'Task', 'Action', 'Result'];
      const body = STORY.map((s, i) => `${label(names[i]!, names[i]![0]!)}${s}`).join('\n\n');
      assert.equal(found(`# Q\n\n${body}\n`), ALL, body);
    });
  }

  it('reads the usual synonyms', () => {
    const synonyms: [string, string, string, string][] = [
      ['Context', 'Goal', 'Approach', 'Outcome'],
      ['Background', 'Objective', 'What I did', 'Impact'],
      ['Challenge', 'My role', 'Steps', 'What happened'],
      ['Problem', 'Responsibility', 'Approach', 'Learned'],
    ];
    for (const names of synonyms) {
      const body = STORY.map((s, i) => `**${names[i]}:** ${s}`).join('\n\n');
      assert.equal(found(`${body}\n`), ALL, body);
    }
  });

  it('one lettered line is an answer or an initial, not STAR', () => {
    assert.deepEqual(findLabels('A: yes, we shipped it.\n', 'A: yes, we shipped it.\n', 0), []);
    assert.equal(findLabels('S: one.\nR: two.\n', 'S: one.\nR: two.\n', 0).length, 2);
  });

  it('a label word opening a sentence, a lower-case letter or a label in code is no label', () => {
    for (const text of ['Actions speak louder than words.\n', 'Result of the test was fine.\n', 'a: lower\nr: case\n', '`Situation:` in code\n', 'Situation. It was fine.\n']) {
      const p = prose(text);
      assert.deepEqual(findLabels(p.source, p.spoken, 0), [], text);
    }
  });

  it('a label inside a comment or a heading is not read as a label', () => {
    const p = prose('<!-- **Situation:** hidden -->\n## Result\nText.\n');
    assert.deepEqual(findLabels(p.source, p.spoken, 0), []);
  });
});
