import * as assert from 'node:assert/strict';
import { readSentence, type SentenceReading } from '../../../../src/core/language';
import { readLeavingReasons } from '../../../../src/core/language/leaving';
import { createLanguageModel } from '../../../../src/core/language/winkModel';

const model = createLanguageModel();
const read = (text: string): SentenceReading => readSentence(model.analyse(text), text);
const isNegated = (r: SentenceReading, word: string): boolean => r.negated[r.tokens.findIndex((t) => t.lower === word)]!;
const cueWords = (r: SentenceReading): string[] => r.wantCues.map((i) => r.tokens[i]!.lower);

describe("language: the speaker's reasons for leaving", () => {
  it('reads what pushed the speaker out as not wanted, and as a stance', () => {
    for (const [text, cue, thing, negated] of [
      // "stopped feeling like a family": not a family; leaving over it wants one.
      ['I quit my last company because it no longer felt like a family.', 'because', 'family', false],
      ['We all left because the place stopped being one big family.', 'because', 'family', false],
      // "answering Slack at 2 a.m." pushed the speaker out: not wanted.
      ['I resigned because I was answering Slack at 2 a.m. every week.', 'because', 'slack', true],
      ["I'm leaving my current job since the team reorganises every quarter.", 'since', 'reorganises', true],
      ['I quit my last job because my manager kept texting me at midnight.', 'because', 'midnight', true],
      // A time before the reason is not part of it.
      ["I'm leaving because after the reorg the team doesn't feel like a family anymore.", 'because', 'family', false],
    ] as const) {
      const r = read(text);
      assert.ok(cueWords(r).includes(cue), `${text}: ${cueWords(r)}`);
      assert.equal(isNegated(r, thing), negated, text);
    }
    assert.ok(!isNegated(read("I'm leaving because after the reorg the team doesn't feel like a family anymore."), 'reorg'));
  });

  it('reads "the reason I left was X", also when the tagger takes "leaving" for a noun', () => {
    const commute = read('The main reason I left was the commute.');
    assert.ok(isNegated(commute, 'commute'));
    const saturday = read("Honestly, the reason I'm leaving is I haven't had a free Saturday since our seed round.");
    assert.equal(isNegated(saturday, 'saturday'), false);
    const evening = read("The reason I'm leaving is I never get an evening to myself.");
    assert.equal(isNegated(evening, 'evening'), false);
  });

  it('runs to where the speaker speaks again', () => {
    // "…, and I'd like somewhere with approvals": the speaker speaks again, outside the reason.
    const again = read("I left because the startup had no processes at all, and I'd like somewhere with proper approvals.");
    assert.equal(isNegated(again, 'approvals'), false);
  });

  it('leaves a reason told as the speaker\'s own feeling as it stands', () => {
    // A pull: what the speaker went for.
    const pull = read('I left because I wanted to work on research.');
    assert.ok(!isNegated(pull, 'research'));
    assert.ok(!cueWords(pull).includes('because'));
    // A push already said as a dislike: "tired of" negates on its own.
    const tired = read('I left the games company because I got tired of catering to designers.');
    assert.ok(!cueWords(tired).includes('because'));
    assert.equal(isNegated(tired, 'designers'), isNegated(read('I got tired of catering to designers.'), 'designers'));
  });

  it('reads no reason where nobody leaves a job, or someone else does', () => {
    for (const text of [
      'She left the team because it felt like a family to her.',
      'I leave it to the engineers because they know the serving stack.',
      'The model left artifacts because the sampler was too short.',
      'I stayed because the team felt like a family.',
      'I left as a junior and came back as a lead.',
      "The reason I'm not leaving is that I haven't had a bad manager.",
    ]) {
      const r = read(text);
      assert.deepEqual(readLeavingReasons(r.tokens, r.clause, r.segment), [], text);
    }
  });

  it('gives the reason a stance over its own range only', () => {
    const r = read('I left the startup because I was answering Slack at 2 a.m. and I promised my partner I would find something calmer.');
    const cue = r.tokens.findIndex((t) => t.lower === 'because');
    const end = r.cueEnds.get(cue);
    assert.ok(end !== undefined && end < r.tokens.findIndex((t) => t.lower === 'calmer'));
  });
});
