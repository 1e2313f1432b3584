import * as assert from 'node:assert/strict';
import { readSentence, type SentenceReading } from '../../../../src/core/language';
import { readEndorsements } from '../../../../src/core/language/endorsement';
import { readLeavingReasons } from '../../../../src/core/language/leaving';
import { createLanguageModel } from '../../../../src/core/language/winkModel';

const model = createLanguageModel();
const read = (text: string): SentenceReading => readSentence(model.analyse(text), text);
const isNegated = (r: SentenceReading, word: string): boolean => r.negated[r.tokens.findIndex((t) => t.lower === word)]!;
const cueWords = (r: SentenceReading): string[] => r.wantCues.map((i) => r.tokens[i]!.lower);
/** Each reason read in `text`, as its opener and the words it turns. */
const reasons = (text: string): [string, string][] => {
  const r = read(text);
  return readLeavingReasons(r.tokens, r.clause, r.segment).map((l) => [r.tokens[l.cue]!.lower, r.tokens.slice(l.turn[0], l.turn[1]).map((t) => t.text).join(' ')]);
};

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

  it('reads each opener: "because (of)", "since", "\'cause", "as" before a clause, "due to"', () => {
    assert.deepEqual(reasons('I left because of the endless approval meetings.'), [['because', 'the endless approval meetings .']]);
    assert.deepEqual(reasons('I resigned since nobody wrote anything down.'), [['since', 'nobody wrote anything down .']]);
    assert.deepEqual(reasons("I quit 'cause the team kept reorganising."), [['cause', 'the team kept reorganising .']]);
    assert.deepEqual(reasons('I left as the team kept shrinking every quarter.'), [['as', 'the team kept shrinking every quarter .']]);
    assert.deepEqual(reasons('I left the bank due to the constant overtime.'), [['due', 'the constant overtime .']]);
  });

  it('reads a reason for turning an offer down: "turned (it) down", "declined", "refused", "rejected"', () => {
    assert.deepEqual(reasons('I once turned down a promotion because it meant taking calls from Europe at 6 a.m.'), [['because', 'it meant taking calls from Europe at 6 a.m.']]);
    assert.deepEqual(reasons('I turned it down because the role meant weekend on-call.'), [['because', 'the role meant weekend on - call .']]);
    assert.deepEqual(reasons('I declined the lead role due to the constant travel.'), [['due', 'the constant travel .']]);
    assert.deepEqual(reasons('I refused the offer since it came with a pager.'), [['since', 'it came with a pager .']]);
    assert.deepEqual(reasons('I rejected their offer as the team was on call every other week.'), [['as', 'the team was on call every other week .']]);
    const calls = read('I once turned down a promotion because it meant taking calls at 6 a.m.');
    assert.ok(isNegated(calls, 'calls'));
    assert.ok(cueWords(calls).includes('because'));
  });

  it('reads "the reason I left was (that) X", also when the tagger takes "leaving" for a noun', () => {
    assert.deepEqual(reasons('The main reason I left was that nobody wrote anything down.'), [['was', 'nobody wrote anything down .']]);
    // "…was because X": the opener after the copula reads X, once.
    assert.deepEqual(reasons('The reason I left was because the team stopped feeling like a family.'), [['because', 'the team stopped feeling like a family .']]);
    const commute = read('The main reason I left was the commute.');
    assert.ok(isNegated(commute, 'commute'));
    const saturday = read("Honestly, the reason I'm leaving is I haven't had a free Saturday since our seed round.");
    assert.equal(isNegated(saturday, 'saturday'), false);
    const evening = read("The reason I'm leaving is I never get an evening to myself.");
    assert.equal(isNegated(evening, 'evening'), false);
    // A reason is no endorsement: it is read here alone.
    assert.deepEqual(readEndorsements(evening.tokens, evening.clause), []);
  });

  it('skips a leading time phrase: "after the reorg", "once we grew past fifty people,"', () => {
    assert.deepEqual(reasons("I'm leaving because after the reorg the team doesn't feel like a family anymore."), [['because', "the team does n't feel like a family anymore ."]]);
    assert.deepEqual(reasons('I left because after the reorg, the team changed.'), [['because', 'the team changed .']]);
    assert.deepEqual(reasons('I left because once we grew past fifty people, it stopped feeling like a family.'), [['because', 'it stopped feeling like a family .']]);
    // "since" is a time here, and no second reason over the same words: nothing turns twice.
    assert.deepEqual(reasons('I left because since the reorg the team stopped feeling like a family.'), [['because', 'the team stopped feeling like a family .']]);
  });

  it('runs to the end of the segment, or to where the speaker speaks again', () => {
    // ", which isn't what research is for" is part of the reason.
    assert.deepEqual(reasons("I'm leaving because my team expected researchers to maintain their models in production, which isn't what research is for."), [
      ['because', "my team expected researchers to maintain their models in production , which is n't what research is for ."],
    ]);
    // "…, and I'd like somewhere with approvals": the speaker speaks again, outside the reason.
    const again = read("I left because the startup had no processes at all, and I'd like somewhere with proper approvals.");
    assert.equal(isNegated(again, 'approvals'), false);
    assert.equal(isNegated(again, 'processes'), false);
  });

  it('leaves a reason told as the speaker\'s own feeling as it stands', () => {
    // A pull: what the speaker went for.
    const pull = read('I left because I wanted to work on research.');
    assert.ok(!isNegated(pull, 'research'));
    assert.ok(!cueWords(pull).includes('because'));
    assert.deepEqual(reasons('I left because I got the chance to lead a research team.'), []);
    // A push already said as a dislike: "tired of" negates on its own.
    const tired = read('I left the games company because I got tired of catering to designers.');
    assert.ok(!cueWords(tired).includes('because'));
    assert.equal(isNegated(tired, 'designers'), isNegated(read('I got tired of catering to designers.'), 'designers'));
    // Someone else's want is no feeling of the speaker's: it pushed them out.
    assert.deepEqual(reasons('I left because the company wanted me on call every weekend.'), [['because', 'the company wanted me on call every weekend .']]);
  });

  it('reads no reason where nobody leaves a job, someone else does, or the speaker is not leaving', () => {
    for (const text of [
      'She left the team because it felt like a family to her.',
      'He left because the team stopped feeling like a family.',
      'I leave it to the engineers because they know the serving stack.',
      'The model left artifacts because the sampler was too short.',
      'I stayed because the team felt like a family.',
      'I left as a junior and came back as a lead.',
      'As a junior I left the bank and joined a startup.',
      "I'm not leaving because of the money.",
      "The reason I'm not leaving is that I haven't had a bad manager.",
      // A copula opens a reason only after "the reason".
      'I left the bank and it was the best decision of my career.',
      'I left the startup, but because of the equity I stayed in touch.',
    ]) {
      assert.deepEqual(reasons(text), [], text);
    }
    // "that" naming the place left is still a place: "I left that company because…".
    assert.deepEqual(reasons('I left that company because nobody wrote specs.'), [['because', 'nobody wrote specs .']]);
  });

  it('reads a corrected reason: "not because X but because Y" gives Y, "not only because X but because Y" both', () => {
    assert.deepEqual(reasons('I left the bank not because of the hours but because nothing I built ever changed anything.'), [['because', 'nothing I built ever changed anything .']]);
    assert.deepEqual(reasons('I quit not because of the pay, but because the team stopped feeling like a family.'), [['because', 'the team stopped feeling like a family .']]);
    assert.deepEqual(reasons('I left not only because of the pay but because the team stopped feeling like a family.'), [
      ['because', 'the pay'],
      ['because', 'the team stopped feeling like a family .'],
    ]);
    // The denied reason is no stance: the one cue is the second "because", and it starts after "but".
    const r = read('I left the bank not because of the hours but because nothing I built ever changed anything.');
    assert.deepEqual(r.wantCues, [r.tokens.findIndex((t) => t.lower === 'but') + 1]);
    // Someone else's correction, or a speaker who is not leaving, gives none.
    assert.deepEqual(reasons('He left not because of the hours but because of the team.'), []);
    assert.deepEqual(reasons("I'm not leaving because of the hours but because of the commute."), []);
  });

  it('starts the reason after a comma that follows the opener', () => {
    assert.deepEqual(reasons('I left because, after the reorg, the team stopped feeling like a family.'), [['because', 'the team stopped feeling like a family .']]);
  });

  it('gives the reason a stance over its own range only', () => {
    const r = read('I left the startup because I was answering Slack at 2 a.m. and I promised my partner I would find something calmer.');
    const cue = r.tokens.findIndex((t) => t.lower === 'because');
    const end = r.cueEnds.get(cue);
    assert.ok(end !== undefined && end < r.tokens.findIndex((t) => t.lower === 'calmer'));
  });
});
