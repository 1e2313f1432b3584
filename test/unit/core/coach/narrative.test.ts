import * as assert from 'node:assert/strict';
import { isNarrative, readNarrative } from '../../../../src/core/coach/narrative';

/** Each sentence with the part it was read as: "S The job kept failing." */
function read(text: string): string[] {
  return readNarrative(text, 0, text.length).map((r) => `${r.part[0]!.toUpperCase()} ${text.slice(r.start, r.end)}`);
}

describe('coach: STAR from narrative, sentence by sentence', () => {
  it('reads setting, assignment, first-person acts and outcome in order', () => {
    assert.deepEqual(
      read(
        'Last year our feature pipeline took almost a full day to refresh. That meant every experiment waited a day. I was responsible for the pipeline, so it was up to me to speed it up. I profiled each stage and found a join recomputing the whole history. I rewrote it as an incremental job. In the end the refresh went from twenty hours to ninety minutes.',
      ),
      [
        'S Last year our feature pipeline took almost a full day to refresh.',
        'S That meant every experiment waited a day.',
        'T I was responsible for the pipeline, so it was up to me to speed it up.',
        'A I profiled each stage and found a join recomputing the whole history.',
        'A I rewrote it as an incremental job.',
        'R In the end the refresh went from twenty hours to ninety minutes.',
      ],
    );
  });

  it('what someone else did after the speaker acted is the Result', () => {
    assert.deepEqual(read('Our launch was at risk. I wrote up two options for a new date. She picked the later date, and we delivered on it.'), [
      'S Our launch was at risk.',
      'A I wrote up two options for a new date.',
      'R She picked the later date, and we delivered on it.',
    ]);
  });

  it('never goes back to an earlier part, and may skip one', () => {
    const parts = readNarrative('The registry had no owner. I fixed the broken entries. I wanted to help. I wrote a runbook.', 0, 90).map((r) => r.part);
    assert.deepEqual(parts, [...parts].sort((a, b) => 'star'.indexOf(a[0]!) - 'star'.indexOf(b[0]!)));
    assert.ok(!parts.includes('result'));
  });

  it('"what I did" and "I was" are not acts', () => {
    assert.deepEqual(read('What I did was unclear. I was tired.'), ['S What I did was unclear.', 'S I was tired.']);
  });

  it('tells a first-person past narrative from an opinion', () => {
    const story = 'When I joined, deploys took a day. I automated the release checklist. I added a canary stage. Deploys now take an hour.';
    const opinion = 'I think offline metrics matter. I want to work on hard problems. I enjoy teaching and I read papers weekly.';
    assert.equal(isNarrative(story, 0, story.length), true);
    assert.equal(isNarrative(opinion, 0, opinion.length), false);
    // An example inside an answer to "What is your strength?" is not a story answer by itself.
    const example = "I'm good at debugging. Last year I tracked down a memory leak. I found it by comparing heap dumps.";
    assert.equal(isNarrative(example, 0, example.length), true);
    assert.equal(isNarrative(example, 0, example.length, true), false);
  });
});
