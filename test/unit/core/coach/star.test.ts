import * as assert from 'node:assert/strict';
import { prose } from '../../../../src/core/coach/prose';
import { findStar, hasStarStructure, headingPart, readStarNarrative, type StarPart } from '../../../../src/core/coach/star';

/** The parts as the coach reads a story: by its labels, else (none at all) sentence by sentence. */
function parts(text: string): Partial<Record<StarPart, string>> {
  const p = prose(text);
  const labelled = findStar(p);
  const found = Object.values(labelled).some(Boolean) ? labelled : readStarNarrative(p);
  const out: Partial<Record<StarPart, string>> = {};
  for (const [part, f] of Object.entries(found)) if (f) out[part as StarPart] = `${f.via}:${f.words}`;
  return out;
}

describe('coach: STAR parts', () => {
  it('names a part from its heading, in the ways people write them', () => {
    const cases: [string, StarPart | undefined][] = [
      ['Situation', 'situation'],
      ['The Situation', 'situation'],
      ['S — Situation', 'situation'],
      ['S', 'situation'],
      ['1. Context', 'situation'],
      ['**Background**', 'situation'],
      ['Task', 'task'],
      ['T: The challenge', 'task'],
      ['My role', 'task'],
      ['Actions', 'action'],
      ['What I did', 'action'],
      ['A) Approach', 'action'],
      ['Results', 'result'],
      ['Outcome', 'result'],
      ['Impact', 'result'],
      ['R', 'result'],
      // Look-alikes: a heading that merely starts with the letter, or uses the word otherwise.
      ['Summary', undefined],
      ['Takeaways', undefined],
      ['Actionable lessons', undefined],
      ['Resulting architecture', undefined],
      ['Why Netflix?', undefined],
      ['S3 migration', undefined],
      ['A — Situation', undefined],
    ];
    for (const [heading, part] of cases) assert.equal(headingPart(heading), part, heading);
  });

  it('finds all four by headings, each holding what follows it', () => {
    const text = '# Q\n\n## Situation\none two\n\n## Task\nthree\n\n## Action\nfour five six\n\n## Result\nseven\n';
    assert.deepEqual(parts(text), { situation: 'heading:2', task: 'heading:1', action: 'heading:3', result: 'heading:1' });
    assert.ok(hasStarStructure(findStar(prose(text))));
  });

  it('a sub-heading stays inside its part; a same-level heading ends it', () => {
    const text = '## Action\none\n### Detail\ntwo three\n## Lessons\nfour\n';
    assert.deepEqual(parts(text), { action: 'heading:3' });
  });

  it('an empty heading is found with no words; a comment under it does not count', () => {
    assert.deepEqual(parts('## Result\n\n<!-- hint: a number -->\n'), { result: 'heading:0' });
  });

  it('finds parts by bold or plain lead-in labels', () => {
    const text = '**Situation:** one two.\n\n**Task**: three.\n\n- *Action* — four five.\n\nResult: six.\n';
    assert.deepEqual(parts(text), { situation: 'label:2', task: 'label:1', action: 'label:2', result: 'label:1' });
  });

  it('a label word inside a sentence is not a label', () => {
    // Read as prose instead: nothing there tells of a past scene.
    assert.deepEqual(parts('Situation awareness matters. The result, however, came later.\n'), {});
    assert.deepEqual(parts('Actions speak louder than words.\n'), {});
    // A table cell is no label (what the cells say may still read as narrative).
    assert.equal(hasStarStructure(findStar(prose('| What I did | What I skipped |\n| --- | --- |\n| Derived a loss | Serving |\n'))), false);
    assert.deepEqual(parts('Result\n\nplain line above\n'), {});
    assert.deepEqual(parts('**Result**\n\nPages fell 50%.\n'), { result: 'label:3' });
  });

  it('without labels, reads the parts sentence by sentence, the Result after the Action', () => {
    const text = 'At the time our team was stuck. My job was to unblock it. I proposed a fix. As a result, pages fell by half.\n';
    assert.deepEqual(parts(text), { situation: 'narrative:7', task: 'narrative:6', action: 'narrative:4', result: 'narrative:7' });
    assert.equal(hasStarStructure(findStar(prose(text))), false);
  });

  it('a cue in frontmatter, code or a comment does not count', () => {
    const text = '---\nnote: As a result\n---\n`I decided` <!-- My task was --> plain words\n';
    assert.deepEqual(parts(text), {});
  });

  it('headings win; cues fill only the parts no heading names', () => {
    const text = '## Situation\nThe service fell over nightly.\n\n## Action\nI rewrote the job. As a result, it ran in 40 minutes.\n';
    const found = findStar(prose(text));
    assert.equal(found.situation?.via, 'heading');
    assert.equal(found.action?.via, 'heading');
    assert.equal(found.result?.via, 'cue');
    assert.equal(found.task, undefined);
    // The Action ends where its Result begins.
    assert.equal(text.slice(found.action!.start, found.action!.end).trim(), 'I rewrote the job.');
    assert.equal(text.slice(found.result!.start, found.result!.end).trim(), 'As a result, it ran in 40 minutes.');
  });
});
