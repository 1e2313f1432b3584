import * as assert from 'node:assert/strict';
import { readSentence, type SentenceReading } from '../../../../src/core/language';
import { createLanguageModel } from '../../../../src/core/language/winkModel';

const model = createLanguageModel();
const read = (text: string): SentenceReading => readSentence(model.analyse(text), text);
const formerWords = (text: string): string[] => {
  const r = read(text);
  return r.tokens.filter((_, i) => r.former[i] && /\w/.test(r.tokens[i]!.text)).map((t) => t.lower);
};

describe('language: the speaker\'s former self', () => {
  it('reads a past habit as former up to the turn to now', () => {
    assert.deepEqual(formerWords('I used to wait for detailed specs; now I write them myself.'), ['i', 'used', 'to', 'wait', 'for', 'detailed', 'specs']);
    assert.deepEqual(formerWords('I used to hate process, but now I think every change needs a review.'), ['i', 'used', 'to', 'hate', 'process']);
  });

  it('reads a distant time as former, wherever it stands in its segment', () => {
    assert.ok(formerWords('Years ago I wanted someone to tell me exactly what to do.').includes('wanted'));
    assert.ok(formerWords('I wanted someone to tell me what to do back then.').includes('wanted'));
    assert.ok(formerWords('Earlier in my career I needed step-by-step instructions, but I grew out of it.').includes('needed'));
  });

  it('reads hindsight and an age left behind as former, up to a "still" that turns to now', () => {
    assert.ok(formerWords('In hindsight, asking for a stable role was the wrong move.').includes('stable'));
    assert.ok(formerWords('Looking back, job security mattered to me in my twenties, not now.').includes('security'));
    assert.ok(formerWords('In my twenties I wanted work-life balance above everything.').includes('balance'));
    assert.ok(!formerWords('In hindsight I still want a stable job.').includes('stable'));
    assert.deepEqual(formerWords('I want a stable job, looking forward.'), []);
  });

  it('reads a former place as former only when the sentence turns to now', () => {
    assert.ok(formerWords('At my old company every release needed three sign-offs; here I move fast.').includes('needed'));
    assert.deepEqual(formerWords('At my last job I shipped every model myself.'), []);
  });

  it('reads "at first" as former only in a past stretch, not in a wish for later', () => {
    assert.ok(formerWords('At first I waited for final specs, but I learned to start without them.').includes('waited'));
    assert.deepEqual(formerWords("I'd want someone to walk me through every step at first."), []);
    assert.deepEqual(formerWords('At first I will need a mentor to show me the codebase.'), []);
  });

  it('leaves the present alone: "used to" as "accustomed", "anymore", plain statements', () => {
    assert.deepEqual(formerWords("I'm used to ambiguity."), []);
    assert.deepEqual(formerWords("I don't need a detailed spec anymore."), []);
    assert.deepEqual(formerWords('I need a detailed spec for everything.'), []);
  });

  it('takes no stance cue from a former stretch', () => {
    const r = read('Years ago I needed a detailed plan for every task.');
    assert.deepEqual(r.wantCues, []);
    assert.notEqual(r.stance, 'wants');
  });

  it('takes a segment\'s tense from its main clause, not a leading time clause', () => {
    const r = read("Once I've trained it, I hand it off and I'm done.");
    assert.equal(r.segmentTense[0], 'present');
  });

  it('gives each segment its own tense', () => {
    const r = read('I used to hate process, but now I think every change needs a review.');
    const needs = r.tokens.findIndex((t) => t.lower === 'needs');
    assert.equal(r.segmentTense[r.segment[0]!], 'past');
    assert.equal(r.segmentTense[r.segment[needs]!], 'present');
  });
});
