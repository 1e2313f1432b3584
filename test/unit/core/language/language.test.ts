import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { readQuantities, readQuantityAt, readSentence, splitSentences, type SentenceReading } from '../../../../src/core/language';
import { createLanguageModel, WINK_MODEL_VERSION, WINK_NLP_VERSION } from '../../../../src/core/language/winkModel';

const model = createLanguageModel();
const read = (text: string): SentenceReading => readSentence(model.analyse(text), text);
const negatedWords = (text: string): string[] => {
  const r = read(text);
  return r.tokens.filter((_, i) => r.negated[i]).map((t) => t.lower);
};

describe('language: sentences', () => {
  it('splits prose at sentence ends but not at abbreviations or decimals', () => {
    const text = 'I shipped it, e.g. the ranker. Latency fell 3.5 ms! Did it help? Yes.';
    assert.deepEqual(splitSentences(text).map((s) => s.text), ['I shipped it, e.g. the ranker.', 'Latency fell 3.5 ms!', 'Did it help?', 'Yes.']);
  });

  it('keeps a sentence wrapped over lines whole, and ends one at a bullet, heading or table cell', () => {
    const text = '## Situation\nWe had a model that\nnobody could deploy.\n- first bullet\n- second\n\n| a cell | another cell |\n|---|---|';
    assert.deepEqual(splitSentences(text).map((s) => s.text), ['Situation', 'We had a model that\nnobody could deploy.', 'first bullet', 'second', 'a cell', 'another cell']);
  });

  it('gives offsets into the text', () => {
    const text = '  Hello there. General Kenobi.\n';
    for (const s of splitSentences(text)) assert.equal(text.slice(s.start, s.end), s.text);
  });

  it('never throws and stays inside the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '.', '\n', '-', '|', '#', '!', '"', '1', 'e', 'g') , maxLength: 200 }), (text) => {
        for (const s of splitSentences(text)) {
          assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end);
          assert.equal(text.slice(s.start, s.end), s.text);
        }
      }),
    );
  });
});

describe('language: quantities', () => {
  const q = (text: string) => readQuantities(text).map((x) => [x.text, x.value, x.kind, x.unit ?? '']);
  it('reads figures, words, fractions, money, percentages and multipliers', () => {
    assert.deepEqual(q('It took three days and cost $2M.'), [['three days', 3, 'unit', 'day'], ['$2M', 2e6, 'money', 'USD']]);
    assert.deepEqual(q('a third of users, 11% more, 3x faster'), [['a third', 1 / 3, 'fraction', ''], ['11%', 11, 'percent', ''], ['3x', 3, 'multiplier', '']]);
    assert.deepEqual(q('twenty-five engineers, 2,000 titles, 40 ms'), [['twenty-five engineers', 25, 'unit', 'engineer'], ['2,000 titles', 2000, 'unit', 'title'], ['40 ms', 40, 'unit', 'ms']]);
    assert.deepEqual(q('two hundred and fifty thousand requests, €3.5 million, 15 percent, tripled'), [
      ['two hundred and fifty thousand requests', 250000, 'unit', 'request'],
      ['€3.5 million', 3.5e6, 'money', 'EUR'],
      ['15 percent', 15, 'percent', ''],
      ['tripled', 3, 'multiplier', ''],
    ]);
  });
  it('does not read "one" as a number when it is a pronoun', () => {
    assert.deepEqual(q('the one I built'), []);
  });
  it('reads words that name built-in object properties as words, not quantities', () => {
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      assert.deepEqual(readQuantities(word), [], word);
      assert.deepEqual(readQuantities(`two ${word}`).map((x) => x.text), ['two'], word);
    }
  });

  it('reads the quantity a text opens with as readQuantities does (property)', () => {
    const piece = fc.constantFrom('a', 'an', 'one', 'two', 'the', 'third', 'half', 'dozen', 'hundred', 'and', 'twenty-five', 'days', 'ms', 'users', '$2M', '3x', '11%', '2,000', '1.5', '2021', 'percent', 'times', 'tripled', 'first', ' ', '  ', '-', ',', '.', '\n\n');
    const check = (text: string) => {
      const first = readQuantities(text)[0];
      assert.deepEqual(readQuantityAt(text), first && first.start === 0 ? first : undefined, text);
    };
    for (const text of ['three days later', 'a third of users', 'the one I built', 'one day', 'two hundred and fifty thousand requests', 'the first week', ' 3 days', '']) check(text);
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => check(parts.join(' '))));
    fc.assert(fc.property(fc.string({ maxLength: 60 }), check));
  });
  it('never throws and stays inside the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        for (const x of readQuantities(text)) {
          assert.ok(x.start >= 0 && x.end <= text.length && x.start < x.end);
          assert.ok(Number.isFinite(x.value));
        }
      }),
    );
  });
});

describe('language: model and reading', () => {
  it('names the installed versions in its cache key', () => {
    const version = (name: string) => JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')).version;
    assert.equal(WINK_NLP_VERSION, version('wink-nlp'));
    assert.equal(WINK_MODEL_VERSION, version('wink-eng-lite-web-model'));
    assert.ok(model.version.includes(WINK_NLP_VERSION));
  });

  it('gives lemmas, parts of speech and offsets', () => {
    const text = 'We went home and evenings were quiet.';
    const tokens = model.analyse(text).tokens;
    assert.deepEqual(tokens.slice(0, 2).map((t) => [t.lemma, t.pos]), [['we', 'PRON'], ['go', 'VERB']]);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  });

  it('scopes negation to the clause and cancels double negation', () => {
    assert.ok(!negatedWords("I don't want to lose my evenings.").includes('evenings'));
    // "less than" before a verb compares two actions: only "than" turns what follows, and "miss" turns it back.
    assert.ok(!negatedWords("I'd rather ship less than miss another one of my kid's games.").includes('games'));
    assert.ok(negatedWords('I want fewer approvals.').includes('approvals'));
    // Excess: more of it than was needed is too much of it; a wish for more is still a wish.
    assert.ok(negatedWords('The team had more process than it needed.').includes('process'));
    assert.ok(negatedWords('My last team had more rules than anyone could remember.').includes('rules'));
    assert.ok(!negatedWords("I'd like more structure than my last team needed.").includes('structure'));
    // A thing the speaker took away, named as the subject of a reduced relative.
    assert.ok(negatedWords('The stable job I left was comfortable but dull.').includes('stable'));
    assert.ok(negatedWords('The extra approval layers we removed were slowing everyone down.').includes('approval'));
    assert.ok(!negatedWords('The stable job I want is at a big bank.').includes('stable'));
    // A quoted object is an object of the privative verb before it.
    assert.ok(negatedWords('I would avoid "job security" in the intro.').includes('security'));
    assert.ok(negatedWords("I don't need hand-holding.").includes('hand'));
    assert.ok(negatedWords("I've never needed a manager to break the work down for me.").includes('manager'));
    assert.ok(negatedWords('I am no longer looking for security.').includes('security'));
    assert.ok(!negatedWords("I'm not a theorist, but I want stability.").includes('stability'));
    assert.ok(negatedWords('We shipped it without a review board.').includes('board'));
    // "leaves me time" gives; "zero chance of" negates.
    assert.ok(!negatedWords('The role leaves me time with my family.').includes('family'));
    assert.ok(!negatedWords('I want a role that leaves plenty of room for life outside work.').includes('life'));
    assert.ok(negatedWords('I would leave weekend deploys to others.').includes('deploys'));
    // Keeping something away: "shield me from reorgs" does not want them; "moved from" is no negation.
    assert.ok(negatedWords('I want a manager who shields me from reorganisations.').includes('reorganisations'));
    assert.ok(negatedWords('I want a role that is safe from layoffs.').includes('layoffs'));
    assert.ok(!negatedWords('I moved from research to production.').includes('research'));
    // A privative verb with no object, or in the passive, takes nothing away.
    assert.ok(!negatedWords('Once the workday ends I unplug completely.').includes('unplug'));
    assert.ok(!negatedWords("I'd rather be left on my own with a vague problem.").includes('own'));
    assert.ok(negatedWords('I would cut the review board.').includes('board'));
    // "leave me to work it out" hands the task over; "I'm done with X" no longer wants X.
    assert.ok(!negatedWords('Please leave me to work out the details myself.').includes('details'));
    assert.ok(negatedWords("I'm done with jobs that take over my evenings.").includes('jobs'));
    assert.ok(negatedWords('Job security never crossed my mind when I applied.').includes('security'));
    assert.ok(!negatedWords('I never crossed the street.').includes('i'));
    assert.ok(negatedWords('I argued against an extra approval layer.').includes('approval'));
    assert.ok(negatedWords('I want zero chance of layoffs.').includes('layoffs'));
    assert.ok(negatedWords('My responsibilities should exclude any collaboration with the studio.').includes('studio'));
    // Removing a divide negates it: "break down / tear down the wall", "bridge research and production".
    assert.ok(negatedWords("I'd love to break down the wall between research and production.").includes('wall'));
    assert.ok(!negatedWords('I want my manager to break the work down for me.').includes('work'));
    // "tired of", "instead of" reach their object, not the next verb.
    const tired = negatedWords("I'm tired of building infrastructure and want to do pure theory.");
    assert.ok(tired.includes('infrastructure') && !tired.includes('theory'));
    // A modal after "and" opens a verb phrase of its own.
    const both = negatedWords('I never have to touch a deployment pipeline and can just do research.');
    assert.ok(both.includes('pipeline') && !both.includes('research'));
  });

  it('reads a note that rejects what it labels: "studio collaboration: avoid if possible"', () => {
    assert.ok(negatedWords('- studio collaboration: avoid if possible').includes('studio'));
    assert.equal(read('- studio collaboration: avoid if possible').stance, 'wants');
    assert.ok(!negatedWords('Deployment: I own it end to end.').includes('deployment'));
  });

  it('reads a fronted object of a privative verb that ends its clause as negated', () => {
    assert.ok(negatedWords("The engineering side I'd rather skip.").includes('engineering'));
    assert.ok(negatedWords('Meetings with the studio I can do without.').includes('studio'));
    // The verb with its object after it negates only that object.
    assert.ok(!negatedWords("The engineering side is fine, I'd rather skip the meetings.").includes('engineering'));
  });

  it('reads a negated copula as negating a listed subject the clause breaks cut', () => {
    const list = negatedWords('Coding up pipelines, containers, GPU clusters and so on is honestly not where my interest lies.');
    assert.ok(list.includes('pipelines') && list.includes('containers') && list.includes('clusters'));
    // After a comma the list's last item alone: the earlier clause keeps its polarity.
    const tail = negatedWords('I am more of a theory-oriented person, building pipelines and all is not my interest area.');
    assert.ok(tail.includes('pipelines') && !tail.includes('theory'));
    assert.ok(!negatedWords("I love theory, but deployment is not my thing.").includes('theory'));
  });

  it('reads a negated copula after a perfect or a modal as negating its subject too', () => {
    assert.ok(negatedWords('Shipping code has never been what motivates me.').includes('shipping'));
    assert.ok(negatedWords("Job security won't be what decides it for me.").includes('security'));
    // Not the speaker: "I have never been…" says nothing against "I".
    assert.ok(!negatedWords('I have never been a fan of long meetings.').includes('i'));
  });

  it('reads the stance: wanting, proposing, reporting, describing, advice', () => {
    assert.equal(read('Evenings and weekends matter to me.').stance, 'wants');
    assert.equal(read("I'd rather have a predictable role.").stance, 'wants');
    assert.equal(read('Every change should go through a review board.').stance, 'proposes');
    assert.equal(read('We cut the release review board last year.').stance, 'reports');
    assert.equal(read('The loss curve stays flat after warm-up.').stance, 'describes');
    assert.equal(read('My notes say "never mention work-life balance".').stance, 'advice');
    assert.equal(read("Don't suggest more process.").stance, 'advice');
    assert.equal(read("| phrase to drop | 'I want stability' |").stance, 'advice');
  });

  it('reads questions, conditions and self-descriptions as the speaker’s stance', () => {
    const cueWords = (text: string): string[] => {
      const r = read(text);
      return r.wantCues.map((i) => r.tokens[i]!.lower);
    };
    // A question to the interviewer.
    assert.equal(read('Is there a risk of layoffs in this team?').stance, 'asks');
    assert.equal(read('Is there a risk of layoffs in this team?').question, true);
    assert.equal(read("I'd ask whether the team works late often.").question, true);
    assert.equal(read('There is a risk of layoffs in this team.').question, false);
    assert.equal(read("I'd want to know how often people work past dinner.").question, true);
    assert.equal(read('I know how often people work past dinner.').question, false);
    // A request put as a question states a want; a plain question about the job does not.
    assert.deepEqual(cueWords('Can I focus on research and skip the deployment work?'), ['can']);
    assert.deepEqual(cueWords('Will I be able to work from home on Fridays?'), ['will']);
    assert.deepEqual(cueWords('Is it possible to stay on the research side?'), ['is']);
    assert.deepEqual(cueWords('Will I work with the studio?'), []);
    assert.deepEqual(cueWords('Can I ask a question?'), []);
    assert.deepEqual(cueWords("I'm mostly interested in the theory."), ['interested']);
    assert.ok(cueWords('I would not like to spend my days in review sessions.').includes('like'));
    assert.ok(cueWords('In my opinion the interesting part is the theory.').includes('interesting'));
    assert.ok(cueWords('What drives me is the theory.').includes('drives'));
    // "Give me X" at the start of a clause, and "… any day", state a want.
    assert.deepEqual(cueWords('Give me a proof and a pot of coffee.'), ['give']);
    assert.ok(cueWords('A whiteboard over a cluster any day.').length > 0);
    assert.deepEqual(cueWords('They give me a lot of freedom.'), []);
    // Conditions the speaker sets.
    assert.ok(cueWords("As long as the role is secure, I'm happy.").includes('long'));
    assert.ok(cueWords("Provided I can leave by six, I'm in.").includes('provided'));
    assert.equal(read("Provided I can leave by six, I'm in.").tense, 'present');
    // The speaker describing themself, and "like" as their verb.
    assert.ok(cueWords("I'm someone who likes things to stay the way they are.").includes('likes'));
    assert.ok(cueWords("I'm the kind of engineer who leaves at five.").includes('kind'));
    const person = read("I'm a stability person, I don't care about the rest.");
    const at = person.tokens.findIndex((t) => t.lower === 'person');
    // "I'm a stability person" describes the speaker up to "person", not what follows the comma.
    assert.ok(person.wantCues.includes(at));
    assert.equal(person.cueEnds.get(at), at);
    assert.deepEqual(cueWords('Users like stable recommendations.'), []);
  });

  it('reads a want word as someone else’s when its subject is someone else', () => {
    const r = read('Artists need predictable tools.');
    assert.deepEqual(r.wantCues, []);
    assert.notEqual(read('My kids need me home by six.').wantCues.length, 0);
    assert.notEqual(read('I really need predictable hours.').wantCues.length, 0);
  });

  it('reads an obligation asked about as reluctance: "Do I have to work with the studio?"', () => {
    assert.ok(negatedWords('Do I have to work with the studio people?').includes('studio'));
    assert.ok(!negatedWords('I have to work with the studio people.').includes('studio'));
    assert.ok(negatedWords('Will I have to answer emails at night?').includes('emails'));
    assert.ok(negatedWords('Would I need to interact with the creative teams much?').includes('creative'));
    // "expected to" asks; it does not refuse ("Will I be expected to work with artists? I hope so.").
    assert.ok(!negatedWords('Will I be expected to work with artists?').includes('artists'));
  });

  it('reads the speaker’s own habits and rules, told in the present', () => {
    const habits = (text: string): string[] => {
      const r = read(text);
      return r.habitCues.map((i) => r.tokens[i]!.lower);
    };
    assert.deepEqual(habits("I don't work nights."), ['work']);
    assert.deepEqual(habits('I always log off at six.'), ['log']);
    assert.deepEqual(habits('I leave at 5 sharp.'), ['leave']);
    assert.deepEqual(habits('Once the workday ends, I unplug completely.'), ['unplug']);
    assert.deepEqual(habits('When I was a student, I left at five.'), []);
    assert.deepEqual(habits("I didn't work nights then."), []);
    assert.deepEqual(habits('I work on ranking models.'), []);
    assert.deepEqual(habits('They never work nights.'), []);
  });

  it('reads "X comes first", "must-have:" and "no X, no Y" notes as stating a position', () => {
    assert.notEqual(read('My family time comes first.').wantCues.length, 0);
    assert.notEqual(read('must-have: a four-day week').wantCues.length, 0);
    assert.notEqual(read('| Must-haves | 40-hour weeks, no crunch, remote Fridays |').wantCues.length, 0);
    assert.equal(read('no on-call, no weekend deploys, no late evenings').stance, 'wants');
    assert.notEqual(read('My rule is simple: laptop closed by six.').wantCues.length, 0);
    assert.notEqual(read('I make a point of never working on Sundays.').wantCues.length, 0);
    assert.deepEqual(read('They make a point of shipping on Fridays.').wantCues, []);
    // Insisting ("no exceptions", "full stop") reaches back over the comma.
    assert.deepEqual(read('leave by 5, no exceptions').wantCues, [0]);
    assert.deepEqual(read("I'm not available after dinner, period.").wantCues, [0]);
    assert.deepEqual(read("I log off at six, that's my rule.").wantCues.slice(0, 1), [0]);
    assert.deepEqual(read('We shipped it in one period.').wantCues, []);
    assert.notEqual(read('My personal time is precious.').wantCues.length, 0);
    assert.deepEqual(read('A long tenure somewhere is my main goal.').wantCues.map((i) => read('A long tenure somewhere is my main goal.').tokens[i]!.lower), ['my']);
    assert.deepEqual(read('My main job was ranking.').wantCues, []);
    assert.notEqual(read("I'd avoid meetings with the studio.").wantCues.length, 0);
    assert.notEqual(read('A quiet team would suit me.').wantCues.length, 0);
    assert.notEqual(read('A role with no risk of layoffs would be perfect.').wantCues.length, 0);
    assert.notEqual(read("I'd hate for my role to change every quarter.").wantCues.length, 0);
    // "I'm not someone who…" still describes the speaker; "I'm not only a … person" does not.
    assert.notEqual(read("I'm not someone who answers email at midnight.").wantCues.length, 0);
    assert.deepEqual(read("I'm not only a theory person.").wantCues, []);
  });

  it('marks quoted words', () => {
    const r = read('I never said "stable job" in the interview.');
    assert.deepEqual(r.tokens.filter((_, i) => r.quoted[i]).map((t) => t.lower), ['stable', 'job']);
  });

  it('reads tense and person', () => {
    assert.deepEqual([read('I built the ranker.').tense, read('I built the ranker.').person], ['past', 'first-singular']);
    assert.deepEqual([read('We will ship it.').tense, read('We will ship it.').person], ['future', 'first-plural']);
    assert.deepEqual([read('The model is stable.').tense, read('The model is stable.').person], ['present', 'other']);
    assert.equal(read("We've shipped three models.").tense, 'past');
  });

  it('never throws and keeps token offsets inside the sentence (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const r = read(text);
        assert.equal(r.negated.length, r.tokens.length);
        for (const t of r.tokens) assert.ok(t.start >= 0 && t.end <= text.length && t.start <= t.end);
      }),
      { numRuns: 200 },
    );
  });
});

describe('language: browser-safe', () => {
  it('imports no Node built-in, no vscode, and nothing of packs, rules or the quiz', () => {
    const dir = join('src', 'core', 'language');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const imports = [...readFileSync(join(dir, name), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const target of imports) {
        assert.ok(!target.startsWith('node:') && target !== 'vscode' && !/^(fs|path|os|crypto|worker_threads)$/.test(target), `${name} imports ${target}`);
        assert.ok(!target.startsWith('..'), `${name} reaches outside the language layer: ${target}`);
      }
    }
  });
});
