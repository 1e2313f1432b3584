import * as assert from 'node:assert/strict';
import { readSentence, type SentenceReading } from '../../../../src/core/language';
import { createLanguageModel } from '../../../../src/core/language/winkModel';

const model = createLanguageModel();
const read = (text: string): SentenceReading => readSentence(model.analyse(text), text);
const othersWords = (text: string): string[] => {
  const r = read(text);
  return r.tokens.filter((_, i) => r.othersVoice[i] && /\w/.test(r.tokens[i]!.text)).map((t) => t.lower);
};
const wantWords = (text: string): string[] => {
  const r = read(text);
  return r.wantCues.map((i) => r.tokens[i]!.lower);
};

describe('language: whose voice', () => {
  it('reads what someone else says, wants or requires as their voice, up to where the speaker speaks again', () => {
    assert.deepEqual(othersWords('Someone once told me research and production are separate worlds, and I disagreed.'), ['someone', 'once', 'told', 'me', 'research', 'and', 'production', 'are', 'separate', 'worlds']);
    assert.ok(othersWords('My old manager insisted on a sign-off for every experiment.').includes('sign'));
    assert.ok(othersWords('Our CI requires an approval from a code owner.').includes('approval'));
  });

  it('reads what a friend said, or what the speaker\'s parents told them, as their voice', () => {
    assert.ok(othersWords('A friend said I should look for a nine-to-five job.').includes('should'));
    assert.ok(othersWords('My parents always told me to find a safe job for life.').includes('safe'));
    assert.deepEqual(othersWords('A manager tells me exactly what to do.'), []);
    assert.deepEqual(othersWords('My kids need me home by six.'), []);
  });

  it('keeps the speaker\'s own voice: I, we, my team, a rule stated generally, an infinitive under my want', () => {
    assert.deepEqual(othersWords('I need someone to tell me exactly what to build.'), []);
    assert.deepEqual(othersWords('We need a review board.'), []);
    assert.deepEqual(othersWords('My team needs clearer rules.'), []);
    assert.deepEqual(othersWords('The place needs more red tape.'), []);
    assert.deepEqual(othersWords('My hours need to stay manageable.'), []);
    assert.deepEqual(othersWords('My ideal lead tells me exactly which tickets to pick up.'), []);
    assert.ok(othersWords('My manager needs a sign-off for every change.').includes('sign'));
    assert.deepEqual(othersWords('Every change requires two approvals.'), []);
  });

  it('reads saying and naming by anyone but the speaker as another voice: "people say", "a colleague said", "kept calling us"', () => {
    assert.ok(othersWords('People say startups are like families.').includes('families'));
    assert.ok(othersWords("A colleague said the artists' opinions don't matter.").includes('artists'));
    assert.ok(othersWords('My old boss kept calling us a family.').includes('family'));
    // The subject's head, not a noun in its prepositional phrase ("someone on my old team").
    assert.ok(othersWords('Someone on my old team called us a family, and I cringed.').includes('family'));
    // The speaker's own naming, and the speaker's group, stay the speaker's.
    assert.deepEqual(othersWords('I call my team a family.'), []);
    assert.deepEqual(othersWords('My team calls itself a family.'), []);
  });

  it('reads what other people in general do, conceded before the speaker\'s own view, as theirs', () => {
    assert.ok(othersWords("Some teams keep research and production apart, but I've seen how much gets lost.").includes('apart'));
    assert.ok(!othersWords("Some teams keep research and production apart, but I've seen how much gets lost.").includes('lost'));
    // Without the speaker's turn it stays a plain statement; "some days" is a time, not a subject.
    assert.deepEqual(othersWords('Some teams keep research and production apart.'), []);
    assert.deepEqual(othersWords('Some days I want to stay late, but I usually leave at six.'), []);
  });

  it('reads an embedded question under the speaker\'s verb as the speaker\'s: "I don\'t care what the artists think"', () => {
    assert.deepEqual(othersWords("I don't care what the artists think."), []);
    assert.deepEqual(othersWords('I never asked how the studio feels about it.'), []);
    assert.deepEqual(othersWords('What the creators think of the tool matters less to me.'), []);
    // A plain report keeps its other voice.
    assert.ok(othersWords('The artists think the tool is too slow.').includes('tool'));
  });

  it('reads wanting or requiring by nobody or everybody as a norm in the speaker\'s voice, saying as theirs', () => {
    assert.deepEqual(othersWords('In my ideal job nobody expects replies on Saturday.'), []);
    assert.deepEqual(othersWords('Everyone says the hours are long.'), ['everyone', 'says', 'the', 'hours', 'are', 'long']);
  });

  it('reads the wish of a quantified group of others as theirs, their need as the speaker\'s judgement', () => {
    assert.ok(othersWords('Some candidates ask for step-by-step instructions; I prefer context.').includes('instructions'));
    assert.ok(othersWords("Many engineers want a stable job, and that's fine.").includes('stable'));
    assert.ok(othersWords('Several colleagues pushed for more sign-offs after the outage.').includes('sign'));
    assert.ok(!othersWords('Most teams need more process than they think.').includes('process'));
    assert.deepEqual(othersWords('Some days I want a stable job.'), []);
  });

  it('reads a wish put to the listener in a condition, and what someone asked, as theirs', () => {
    assert.ok(othersWords("If you're looking for stability, Netflix isn't the place.").includes('stability'));
    assert.ok(othersWords('When you need detailed instructions for everything, you slow the team down.').includes('instructions'));
    assert.ok(othersWords('Recruiter asked if I need detailed instructions.').includes('instructions'));
    // A condition on what the listener does is the speaker's own.
    assert.deepEqual(othersWords("If you give me detailed instructions, I'll deliver."), []);
  });

  it('reads a need the speaker judges ("I think the studio side needs…") as the speaker\'s', () => {
    assert.ok(!othersWords('tbh I think the studio side needs a lot more bureaucracy').includes('bureaucracy'));
    assert.ok(othersWords('Someone told me the studio side needs more bureaucracy.').includes('bureaucracy'));
  });

  it('takes no want cue from someone else\'s voice', () => {
    assert.deepEqual(wantWords('My manager wanted a detailed plan for everything.'), []);
  });
});
