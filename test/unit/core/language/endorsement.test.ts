import * as assert from 'node:assert/strict';
import { readSentence, type SentenceReading } from '../../../../src/core/language';
import { readEndorsements } from '../../../../src/core/language/endorsement';
import { createLanguageModel } from '../../../../src/core/language/winkModel';

const model = createLanguageModel();
const read = (text: string): SentenceReading => readSentence(model.analyse(text), text);
const endorsed = (text: string) => {
  const r = read(text);
  return { r, found: readEndorsements(r.tokens, r.clause) };
};
const at = (r: SentenceReading, word: string): number => r.tokens.findIndex((t) => t.lower === word);

describe('language: a story told approvingly, a refusal', () => {
  it('reads a later clause that wants, keeps or praises what came before as an endorsement of it', () => {
    for (const text of [
      'At my previous employer every release needed two sign-offs, and I would like the same setup at Netflix.',
      'We had core hours from nine to five at the agency, and I would keep that arrangement.',
      'Our consultancy had a change board for every deploy, and I think that is the right way to run ML.',
      'My old lead broke every task into tickets, and honestly I miss that.',
    ]) {
      const { r, found } = endorsed(text);
      assert.equal(found.length, 1, text);
      assert.equal(found[0]!.turn, false, text);
      assert.equal(found[0]!.from, 0, text);
      // The endorsement is a want cue, and what it endorses is no longer a former stretch.
      assert.ok(r.wantCues.includes(found[0]!.cue), text);
      assert.ok(r.former.slice(0, found[0]!.to).every((f) => !f), text);
    }
  });

  it('reads being content with what came before ("…, and I am comfortable with that") as an endorsement', () => {
    const { found } = endorsed('At my company the tech lead assigns tickets with exact steps, and I am comfortable with that.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.turn, false);
  });

  it('finds no endorsement in an explanation, a clause opener or a plain "do it again"', () => {
    for (const text of [
      "ugh, bureaucracy is the worst, that's why I like the Netflix memo",
      "Unlike my current team, I'd want somewhere that respects a hard stop.",
      "Yes, I've worked weekends before a premiere, and I'd do it again.",
      'We shipped it on Friday, and the artists loved it.',
    ]) assert.deepEqual(endorsed(text).found.filter((e) => !e.turn), [], text);
  });

  it('turns the clause a refusal points back at', () => {
    const { r, found } = endorsed("I spent two years answering pages every weekend, and I'm not going through that again.");
    assert.equal(found.length, 1);
    assert.equal(found[0]!.turn, true);
    assert.equal(r.negated[at(r, 'weekend')], true);
  });

  it('turns the clause a later "that\'s not me / not how I work" disowns, but not "that\'s how I work"', () => {
    const people = read("Plenty of engineers want fixed hours and a quiet team, but that's not me.");
    assert.equal(people.negated[at(people, 'quiet')], true);
    const ops = read('More sign-offs and more process; that is not how I operate.');
    assert.equal(ops.negated[at(ops, 'process')], true);
    const mine = read("I need detailed instructions; that's how I work.");
    assert.equal(mine.negated[at(mine, 'instructions')], false);
  });
});
