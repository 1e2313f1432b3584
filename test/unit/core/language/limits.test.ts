import * as assert from 'node:assert/strict';
import { readSentence, type SentenceReading } from '../../../../src/core/language';
import { createLanguageModel } from '../../../../src/core/language/winkModel';

const model = createLanguageModel();
const read = (text: string): SentenceReading => readSentence(model.analyse(text), text);
const at = (r: SentenceReading, word: string): number => r.tokens.findIndex((t) => t.lower === word);
const habits = (r: SentenceReading): string[] => r.habitCues.map((i) => r.tokens[i]!.lower);
const wants = (r: SentenceReading): string[] => r.wantCues.map((i) => r.tokens[i]!.lower);

describe("language: the speaker's limits and practices, and where a negation stops", () => {
  it('reads "I can\'t…", "now I…" and "every single day" as the speaker\'s own practice', () => {
    assert.deepEqual(habits(read('I have two small children, so I cannot stay late.')), ['stay']);
    assert.deepEqual(habits(read("I can't work on Sundays.")), ['work']);
    assert.deepEqual(habits(read('My health suffered, so now I keep clear boundaries.')), ['keep']);
    assert.deepEqual(habits(read('I make sure to log off on time every single day.')), ['make']);
    // A past or a modal is no practice.
    assert.deepEqual(habits(read("I couldn't stay late that week.")), []);
  });

  it('reads "request" as a want only as a verb', () => {
    assert.deepEqual(wants(read('I would request that no meetings are scheduled after 5 pm.')), ['request']);
    assert.deepEqual(wants(read('We load-balanced inference requests across three regions.')), []);
  });

  it('ends a "without" that modifies the subject at its verb', () => {
    const r = read('In my experience, teams without strict procedures make more mistakes.');
    assert.equal(r.negated[at(r, 'procedures')], true);
    assert.equal(r.negated[at(r, 'mistakes')], false);
    // After a verb, "without" still reaches the end of its clause.
    const shipped = read('We shipped the model without a formal review.');
    assert.equal(shipped.negated[at(shipped, 'review')], true);
  });

  it('takes nothing away with "end in" or "end up"', () => {
    const r = read('Projects like that end in chaos.');
    assert.equal(r.negated[at(r, 'chaos')], false);
  });
});

describe('language: whose need and whose priorities', () => {
  it('reads a thing\'s need in a relative clause as no want of the speaker', () => {
    assert.deepEqual(wants(read('Evenings are for experiments that need the whole cluster.')), []);
  });

  it('reads "priorities" as the speaker\'s only when theirs, ranked or a label', () => {
    assert.deepEqual(wants(read('Can you tell me how the team decides priorities?')), []);
    assert.deepEqual(wants(read('My priorities are clear.')), ['my', 'priorities']);
    assert.deepEqual(wants(read('| Priority | keeping my weekends free |')), ['priority']);
  });

  it('reads "it helps me if…" as a condition the speaker asks for', () => {
    assert.deepEqual(wants(read('It helps me a lot if someone tells me what to do.')), ['helps']);
    assert.deepEqual(wants(read('The profiler helps me find slow kernels.')), []);
  });
});

describe('language: a relative clause that takes away what came before', () => {
  it('negates the clause before ", which I challenged/cut/rejected"', () => {
    const r = read("The client sent exact specifications, which I challenged when they didn't fit the data.");
    assert.equal(r.negated[at(r, 'specifications')], true);
    const kept = read('The client sent exact specifications, which I read twice.');
    assert.equal(kept.negated[at(kept, 'specifications')], false);
  });
});
