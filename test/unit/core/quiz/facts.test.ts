import * as assert from 'node:assert/strict';
import { checkRecite, checkShort } from '../../../../src/core/quiz/check';
import { isEnglishWord, sameFamily } from '../../../../src/core/quiz/english';
import { extractFacts } from '../../../../src/core/quiz/facts';

const PITCH =
  "I'm a senior MLOps engineer at Salesforce managing 5TB/month LLM pipelines. What excites me about this role is bridging cutting-edge AI research with studio creators - I've built consumer apps and understand both the technical challenges of scaling ML and the creative process. When I saw how Eyeline Research is pushing boundaries in AI/CV for content creation, I knew this was where I wanted to contribute. My experience rapidly learning new technologies and building production systems would help researchers see their innovations deployed at Netflix scale.";
const MISSION = 'Enable world-class researchers to create AI/CV/graphics algorithms that studio creators can actually use';

describe('quiz answer checking: key facts', () => {
  it('finds numbers with their units, names and negations', () => {
    const f = (t: string) => extractFacts(t).map((x) => `${x.type}:${x.text}`);
    assert.deepEqual(f('Scale: 283M members, 190 countries'), ['number:283M members', 'number:190 countries']);
    assert.deepEqual(f('14-hour days, broken POC'), ['number:14-hour', 'name:POC']);
    assert.deepEqual(f('Studio Media Algorithms & Eyeline Research'), ['name:Studio Media Algorithms', 'name:Eyeline Research']);
    assert.deepEqual(f('Solution from the team, not top-down'), ['negation:not top']);
    assert.deepEqual(f('Technical disagreement with Steve'), ['name:Steve']);
  });

  it('fails the pitch with 50TB/month, Google and Netflix Research swapped in, and says which', () => {
    const swapped = PITCH.replace('5TB', '50TB').replace('Salesforce', 'Google').replace('Eyeline Research', 'Netflix Research');
    const r = checkRecite(swapped, PITCH);
    assert.equal(r.correct, false);
    assert.equal(r.grade, 1);
    assert.deepEqual(
      r.wrong.map((w) => `${w.typed}→${w.expected}`),
      ['Google→Salesforce', '50TB/month→5TB/month', 'Netflix Research→Eyeline Research'],
    );
    const right = checkRecite(PITCH, PITCH);
    assert.equal(right.correct, true);
    assert.equal(right.grade, 3);
    assert.equal(right.score, 100);
  });

  it('fails the mission with creators and researchers swapped; passes it in other words with every fact', () => {
    // Same words, other meaning: the roles are names of who does what, so order inside the sentence matters.
    const swapped = 'Enable world-class creators to create AI/CV/graphics algorithms that studio researchers can actually use';
    assert.equal(checkRecite(swapped, MISSION).correct, false);
    assert.equal(checkRecite(MISSION, MISSION).correct, true);
  });

  it('says which fact is missing', () => {
    const r = checkRecite("I'm a senior MLOps engineer at Salesforce managing LLM pipelines.", "I'm a senior MLOps engineer at Salesforce managing 5TB/month LLM pipelines.");
    assert.deepEqual(r.missing, ['5TB/month']);
    assert.equal(r.correct, false);
  });

  it('makes a dropped or added negation wrong', () => {
    assert.equal(checkShort('Solution from the team, top-down', ['Solution from the team, not top-down']).verdict, 'wrong');
    assert.equal(checkRecite('the solution came from the team and was top-down', 'Solution from the team, not top-down').correct, false);
    assert.equal(checkRecite('the solution came from the team and not top-down', 'Solution from the team, not top-down').correct, true);
    assert.equal(checkRecite('we did not learn rapidly', 'we learn rapidly').correct, false);
  });
});

describe('quiz answer checking: word forms, abbreviations, order, real words', () => {
  it('accepts the adjective for the value, and other forms', () => {
    for (const [typed, value] of [
      ['Curious', 'Curiosity'],
      ['Selfless', 'Selflessness'],
      ['Candid', 'Candor'],
      ['Creative', 'Creativity'],
      ['Resilient', 'Resilience'],
      ['Inclusive', 'Inclusion'],
      ['Courageous', 'Courage'],
      ['judgement', 'Judgment'],
    ]) {
      assert.notEqual(checkShort(typed!, [value!]).verdict, 'wrong', `${typed} for ${value}`);
    }
    assert.ok(sameFamily('weeks', 'week'));
    assert.ok(!sameFamily('exiting', 'exciting'));
    assert.ok(!sameFamily('dissect', 'dissent'));
    // A person who does it is not the quality: "creators" is not an answer for Creativity.
    assert.ok(!sameFamily('creators', 'creativity'));
    assert.ok(!sameFamily('director', 'direction'));
    assert.ok(sameFamily('creators', 'creator'));
    assert.equal(checkShort('Creators', ['Creativity']).verdict, 'wrong');
  });

  it('accepts common abbreviations and a place with its state', () => {
    assert.equal(checkShort('LA', ['Los Angeles (Onsite)', 'Los Angeles']).verdict, 'correct');
    assert.equal(checkShort('Los Angeles, CA', ['Los Angeles (Onsite)', 'Los Angeles']).verdict, 'correct');
    assert.equal(checkShort('San Francisco', ['Los Angeles (Onsite)', 'Los Angeles']).verdict, 'wrong');
  });

  it('accepts the parts of a multi-part answer in any order, and not a part missing or swapped', () => {
    const team = ['Studio Media Algorithms & Eyeline Research'];
    assert.equal(checkShort('Studio Media Algorithms, Eyeline Research', team).verdict, 'correct');
    assert.equal(checkShort('Eyeline Research and Studio Media Algorithms', team).verdict, 'correct');
    assert.equal(checkShort('Eyeline Research', team).verdict, 'wrong');
    const v = checkShort('Studio Media Algorithms & Netflix Research', team);
    assert.equal(v.verdict, 'wrong');
    assert.deepEqual(v.wrong, [{ typed: 'Netflix Research', expected: 'Eyeline Research' }]);
  });

  it('never takes a real English word for a typo of another', () => {
    assert.ok(isEnglishWord('exiting') && isEnglishWord('dissect'));
    assert.equal(checkShort('exiting', ['exciting']).verdict, 'wrong');
    assert.equal(checkShort('dissect', ['dissent']).verdict, 'wrong');
    assert.equal(checkShort('excitng', ['exciting']).verdict, 'typo');
    assert.equal(checkShort('disent', ['dissent']).verdict, 'typo');
  });

  it('reads numbers written as words', () => {
    assert.equal(checkRecite('two weeks to master three technologies', '2 weeks to master 3 technologies').correct, true);
    assert.equal(checkRecite('two weeks to master four technologies', '2 weeks to master 3 technologies').correct, false);
    assert.equal(checkShort('283 million members, 190 countries', ['Scale: 283M members, 190 countries']).verdict, 'wrong', 'the label is a word of the answer');
  });
});

describe('quiz answer checking: the guide\'s own other wording', () => {
  it('accepts "creative teams" for "Bridge researchers and ___" (the guide says "Bridging researchers and creative teams")', async () => {
    const { buildBank } = await import('../../../../src/core/quiz/bank');
    const { bundledPack } = await import('../../helpers/packFiles');
    const q = buildBank(bundledPack()).byId.get('key-phrases/phrase-complete/phrase-bridge-researchers-and-creators')!;
    assert.ok(q.kind === 'short');
    if (q.kind !== 'short') return;
    assert.equal(checkShort('creative teams', q.accepted, q.confusables).verdict, 'correct');
    assert.equal(checkShort('creators', q.accepted, q.confusables).verdict, 'correct');
    assert.equal(checkShort('engineers', q.accepted, q.confusables).verdict, 'wrong');
  });
});
