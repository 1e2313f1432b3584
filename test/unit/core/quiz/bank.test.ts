import * as assert from 'node:assert/strict';
import { checkFix } from '../../../../src/core/quiz/drill';
import { extractFacts } from '../../../../src/core/quiz/facts';
import { guessable } from '../../../../src/core/quiz/guessable';
import { loadPack } from '../../../../src/core/content/loader';
import { buildBank } from '../../../../src/core/quiz/bank';
import type { FactKind, Question } from '../../../../src/core/quiz/question';
import { bundledPack, readPackFiles, BUNDLED_PACK_DIR } from '../../helpers/packFiles';

function q(id: string): Question {
  const found = buildBank(bundledPack()).byId.get(id);
  assert.ok(found, `no question ${id}`);
  return found;
}

describe('quiz bank: generated from the bundled pack', () => {
  const bank = buildBank(bundledPack());

  it('gives every section questions, with these counts per section', () => {
    assert.deepEqual(
      Object.fromEntries(bank.sections.map((s) => [s.id, s.questions.length])),
      {
        'job-description': 14,
        culture: 48,
        stories: 43,
        'key-phrases': 16,
        'likely-questions': 24,
        'job-details': 36,
        'red-flags': 30,
        pitch: 14,
        // The checklist leaves the quiz: its items point at facts other cards drill one by one.
        checklist: 0,
        'questions-to-ask': 4,
      },
    );
    assert.equal(bank.questions.length, 229);
  });

  it('covers every fact kind the issue lists, and every question kind', () => {
    const facts = new Set(bank.questions.map((x) => x.fact));
    const expected: FactKind[] = [
      'role', 'team', 'location', 'salary', 'looking-for', 'required-skills', 'bonus-skills',
      'list-cloze', 'fact-cloze', 'value-stories', 'story-question', 'reason-flag', 'fix-line',
      'principle-from-meaning', 'meaning-from-principle', 'value-from-meaning', 'meaning-from-value', 'principle-or-value',
      'story-values', 'story-evidence', 'story-subject',
      'phrase-complete', 'phrase-note', 'phrase-source',
      'question-story', 'question-connect', 'question-points',
      'qualification-evidence', 'qualification-shows', 'bridge', 'core-mission',
      'red-flag-spot', 'red-flag-why', 'red-flag-conflict',
      'pitch-recite', 'pitch-continue', 'ask-which',
    ];
    assert.deepEqual(expected.filter((f) => !facts.has(f)), []);
    assert.deepEqual([...new Set(bank.questions.map((x) => x.kind))].sort(), ['card', 'fix', 'multi', 'recite', 'short', 'single']);
  });

  it('gives each question a unique, stable id, an answer, an explanation and its source section', () => {
    assert.equal(bank.byId.size, bank.questions.length);
    for (const x of bank.questions) {
      assert.match(x.id, new RegExp(`^${x.sectionId}/${x.fact}(/|$)`));
      assert.ok(x.prompt.length > 0 && x.explanation.length > 0, x.id);
      assert.equal(x.source.sectionId, x.sectionId);
      const answer = x.kind === 'multi' ? x.answers : x.answer;
      assert.ok(answer.length > 0, x.id);
    }
    // Same pack, same bank.
    assert.deepEqual(buildBank(bundledPack()).questions.map((x) => x.id), bank.questions.map((x) => x.id));
  });

  it('drills the 4 principles one by one, as an ordered cloze (one fact per card)', () => {
    const c = q('culture/list-cloze/people-over-process');
    assert.equal(c.kind, 'short');
    assert.equal(c.prompt, "The 4 core principles, in the guide's order (2 of 4): The Dream Team · ___ · Uncomfortably Exciting · Great and Always Better");
    assert.equal(c.kind === 'short' && c.answer, 'People Over Process');
  });

  it('asks no choice question that its form gives away, and has no card without content', () => {
    for (const x of bank.questions) {
      assert.deepEqual(guessable(x), [], x.id);
      if (x.kind === 'card') assert.ok(!/grade (yourself|how well)/i.test(typeof x.answer === 'string' ? x.answer : x.answer.join(' ')), x.id);
      // A card shows no options: its prompt must not ask "which of these".
      if (x.kind === 'card') assert.doesNotMatch(x.prompt, /\bof these\b/i, x.id);
    }
  });

  it('asks for every number and name of the stories, the pitch and the job details by recall', () => {
    const pack = bundledPack();
    const texts = pack.sections.flatMap((sec) =>
      sec.kind === 'stories'
        ? sec.stories.flatMap((st) => st.demonstrates.map((d) => d.why))
        : sec.kind === 'pitch'
          ? [sec.pitch]
          : sec.kind === 'job-details'
            ? [...sec.qualifications.flatMap((x) => [x.title, x.detail]), ...sec.technologies.fromJobDescription, ...sec.technologies.yourExperience, sec.technologies.bridge, sec.coreMission]
            : sec.kind === 'questions'
              ? sec.questions.flatMap((q) => q.points)
              : [],
    );
    // A cloze asks for the fact itself; a typed list item or a recital asks for the text it is in.
    const recalled = bank.questions.flatMap((x) => (x.kind === 'short' ? [x.answer, ...x.accepted] : x.kind === 'recite' ? x.facts.map((f) => f.text) : []));
    for (const f of texts.flatMap((t) => extractFacts(t)).filter((f) => f.type !== 'negation' && /^[^a-z]/.test(f.text))) {
      assert.ok(recalled.some((a) => a === f.text), f.text);
    }
  });

  it('asks a value from its meaning (typed) and a meaning from its value (choice among other meanings)', () => {
    const typed = q('culture/value-from-meaning/candor');
    assert.equal(typed.kind, 'short');
    assert.equal(typed.prompt, 'Type the value that means “Give/receive feedback, admit mistakes openly”.');
    assert.equal(typed.kind === 'short' && typed.answer, 'Candor');
    assert.ok(typed.kind === 'short' && typed.confusables.includes('Courage') && !typed.confusables.includes('Candor'));

    const choice = q('culture/meaning-from-value/candor');
    assert.equal(choice.kind, 'single');
    if (choice.kind !== 'single') return;
    assert.equal(choice.answer, 'Give/receive feedback, admit mistakes openly');
    assert.equal(choice.distractors.length, 3, 'the three that fit it best');
    assert.ok(!choice.distractors.includes('Freedom with responsibility'), 'a principle meaning is a different kind of fact');
  });

  it('asks which values a story demonstrates (multiple select), with other values as distractors', () => {
    const m = q('stories/story-values/risk');
    assert.equal(m.kind, 'multi');
    if (m.kind !== 'multi') return;
    assert.deepEqual(m.answers, ['Courage', 'Great and Always Better', 'People Over Process', 'Judgment']);
    assert.ok(m.distractors.length >= 3);
    assert.ok(m.distractors.every((d) => !m.answers.includes(d)));
  });

  it('offers the same story evidence for its other values as the wrong options, not "which story is this"', () => {
    const e = q('stories/story-evidence/risk/people-over-process');
    assert.ok(e.kind === 'single');
    if (e.kind !== 'single') return;
    assert.equal(e.answer, 'Solution from the team, not top-down');
    assert.deepEqual([...e.distractors].sort(), ['50% tech debt reduction', 'Long-term thinking over short-term comfort', 'Proposed unpopular change'].sort());
  });

  it('asks which story answers a likely question, and how to connect it', () => {
    const s = q('likely-questions/question-story/ambiguity');
    assert.deepEqual(s.kind === 'single' || s.kind === 'card' ? s.answer : undefined, 'Story 3: Learning (AWS/Spark/Scala)');
    const back = q('likely-questions/story-question/learning');
    assert.ok(back.kind === 'single' && back.answer === 'How do you handle ambiguity?');
    const c = q('likely-questions/question-connect/ambiguity');
    assert.ok(c.kind === 'card' && c.answer === 'This role requires navigating between research innovation and production reality');
  });

  it('completes key phrases ("Context not ___", "Farming for ___")', () => {
    const a = q('key-phrases/phrase-complete/phrase-context-not-control');
    assert.ok(a.kind === 'short');
    assert.equal(a.prompt, 'Complete the key phrase: “Context not ___”');
    assert.equal(a.kind === 'short' && a.answer, 'control');
    const b = q('key-phrases/phrase-complete/phrase-farming-for-dissent');
    assert.equal(b.prompt, 'Complete the key phrase: “Farming for ___”');
    assert.equal(b.kind === 'short' && b.answer, 'dissent');
    const note = q('key-phrases/phrase-note/phrase-dream-team');
    assert.equal(note.kind === 'short' && note.answer, 'family');
  });

  it('asks which phrase is a red flag (against key phrases, same casing) and why', () => {
    const spot = q('red-flags/red-flag-spot/work-life-balance');
    assert.ok(spot.kind === 'single' && spot.answer === 'Work-life balance');
    assert.ok(spot.kind === 'single' && spot.distractors.every((d) => d.split(' ').length <= 3));
    const why = q('red-flags/red-flag-why/stability');
    assert.ok((why.kind === 'single' || why.kind === 'card') && why.answer === "they're uncomfortably exciting");
    const family = q('red-flags/red-flag-conflict/team-as-family');
    assert.match(family.inferred ?? '', /key phrase/);
    assert.match(q('red-flags/red-flag-conflict/more-process').inferred ?? '', /no value/);
    assert.equal(q('red-flags/red-flag-conflict/stability').inferred, undefined);
    const clash = q('red-flags/red-flag-conflict/work-life-balance');
    assert.ok(clash.kind === 'single' && clash.answer === 'Resilience');
  });

  it('asks team names, salary range, and required versus bonus skills', () => {
    const team = q('job-description/team');
    assert.ok(team.kind === 'short' && team.answer === 'Studio Media Algorithms & Eyeline Research');
    const salary = q('job-description/salary');
    assert.ok(salary.kind === 'single');
    if (salary.kind !== 'single') return;
    assert.equal(salary.answer, '$150,000 - $750,000');
    for (const d of salary.distractors) {
      assert.match(d, /^\$[\d,]+ - \$[\d,]+$/, 'same shape as the answer');
      assert.ok(!d.includes('$150,000') && !d.includes('$750,000'), `${d} shares an end with the answer`);
    }
    const required = q('job-description/required-skills');
    assert.ok(required.kind === 'multi');
    if (required.kind !== 'multi') return;
    assert.deepEqual(required.answers, ['Python/Java/C++', 'ML pipelines', 'S3/Docker', 'GPU training basics']);
    assert.deepEqual(required.distractors, ['PyTorch/TensorFlow', 'AWS FSx', 'ComfyUI', 'Diffusion models', 'Unreal/Houdini/Nuke']);
  });

  it('has the pitch as recite-by-typing, a card per sentence and a cloze per fact; the checklist leaves the quiz', () => {
    const pitch = bundledPack().sections.find((s) => s.kind === 'pitch');
    assert.ok(pitch?.kind === 'pitch');
    const recite = q('pitch/pitch-recite');
    assert.ok(recite.kind === 'recite' && pitch.kind === 'pitch' && recite.answer === pitch.pitch);
    assert.deepEqual(recite.kind === 'recite' && recite.facts.filter((f) => f.type === 'number').map((f) => f.text), ['5TB/month']);
    assert.equal(q('pitch/pitch-continue/sentence-2').kind, 'card');
    const cloze = q('pitch/fact-cloze/sentence-1/salesforce');
    assert.ok(cloze.kind === 'short' && cloze.answer === 'Salesforce' && cloze.prompt.includes('at ___ managing'));
    assert.equal(bank.sections.find((s) => s.id === 'checklist')!.questions.length, 0);
  });

  it('drills fixing a line with a red flag, checked by the lint engine', () => {
    const fix = q('red-flags/fix-line/work-life-balance');
    assert.ok(fix.kind === 'fix');
    if (fix.kind !== 'fix') return;
    const pack = bundledPack();
    assert.equal(checkFix(fix.line, fix.keyPhrases, pack).correct, false);
    assert.equal(checkFix(fix.answer, fix.keyPhrases, pack).correct, true);
    assert.equal(checkFix('What I want most is a calm job.', fix.keyPhrases, pack).correct, false, 'no fitting phrase kept');
  });

  it('never lists the answer among the distractors, nor the same distractor twice', () => {
    const key = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    for (const x of bank.questions) {
      if (x.kind !== 'single' && x.kind !== 'multi') continue;
      const answers = new Set((x.kind === 'single' ? [x.answer] : x.answers).map(key));
      assert.ok(x.distractors.every((d) => !answers.has(key(d))), x.id);
      assert.equal(new Set(x.distractors.map(key)).size, x.distractors.length, x.id);
      assert.ok(x.optionCount >= 2 && x.optionCount <= answers.size + x.distractors.length, x.id);
    }
  });

  it('links each question to a heading of its section body the reader can scroll to', () => {
    const pack = bundledPack();
    const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    const missing: string[] = [];
    for (const x of bank.questions) {
      if (!x.source.anchor) continue;
      const body = pack.sections.find((s) => s.id === x.sectionId)!.body;
      const headings = body.split('\n').filter((l) => /^#{1,4} /.test(l)).map(norm);
      if (!headings.some((h) => h.includes(norm(x.source.anchor!)))) missing.push(`${x.id} → ${x.source.anchor}`);
    }
    assert.deepEqual(missing, []);
  });
});

describe('quiz bank: authored questions and edits', () => {
  it('adds the questions a pack author writes, after the generated ones of their section', () => {
    const files = readPackFiles(BUNDLED_PACK_DIR).map((f) =>
      f.path === '02-culture.md'
        ? {
            ...f,
            text: f.text.replace(
              /^---\n/,
              `---\nquiz:\n  - id: memo-year\n    type: single\n    prompt: "Which is a principle?"\n    options: ["Candor", "People Over Process"]\n    answer: "People Over Process"\n    explanation: "Principles are not values."\n  - id: keeper\n    type: short\n    prompt: "The test managers apply?"\n    answer: ["Keeper test", "the keeper test"]\n  - id: both\n    type: multi\n    prompt: "Pick the values"\n    options: ["Candor", "Courage", "The Dream Team"]\n    answer: ["Candor", "Courage"]\n`,
            ),
          }
        : f,
    );
    const result = loadPack(BUNDLED_PACK_DIR, files);
    assert.deepEqual(result.problems, []);
    const bank = buildBank(result.pack!);
    const culture = bank.sections.find((s) => s.id === 'culture')!;
    assert.deepEqual(culture.questions.slice(-3).map((x) => x.id), ['culture/authored/memo-year', 'culture/authored/keeper', 'culture/authored/both']);
    const single = bank.byId.get('culture/authored/memo-year')!;
    assert.ok(single.kind === 'single' && single.answer === 'People Over Process' && single.optionCount === 2);
    assert.deepEqual(single.kind === 'single' && single.distractors, ['Candor']);
    assert.equal(single.explanation, 'Principles are not values.');
    const short = bank.byId.get('culture/authored/keeper')!;
    assert.ok(short.kind === 'short' && short.answer === 'Keeper test');
    const multi = bank.byId.get('culture/authored/both')!;
    assert.ok(multi.kind === 'multi' && multi.answers.length === 2 && multi.optionCount === 3);
  });

  it('keeps a question id when its content changes (progress stays attached)', () => {
    const files = readPackFiles(BUNDLED_PACK_DIR).map((f) =>
      f.path === '02-culture.md' ? { ...f, text: f.text.replace('Give/receive feedback, admit mistakes openly', 'Say what you think, kindly') } : f,
    );
    const bank = buildBank(loadPack(BUNDLED_PACK_DIR, files).pack!);
    const edited = bank.byId.get('culture/meaning-from-value/candor')!;
    assert.ok((edited.kind === 'single' || edited.kind === 'card') && edited.answer === 'Say what you think, kindly');
  });
});
