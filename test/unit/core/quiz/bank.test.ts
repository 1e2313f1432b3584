import * as assert from 'node:assert/strict';
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
        'job-description': 8,
        culture: 27,
        stories: 24,
        'key-phrases': 16,
        'likely-questions': 9,
        'job-details': 11,
        'red-flags': 15,
        pitch: 5,
        checklist: 7,
        'questions-to-ask': 5,
      },
    );
    assert.equal(bank.questions.length, 127);
  });

  it('covers every fact kind the issue lists, and every question kind', () => {
    const facts = new Set(bank.questions.map((x) => x.fact));
    const expected: FactKind[] = [
      'role', 'team', 'location', 'salary', 'looking-for', 'required-skills', 'bonus-skills', 'non-technical-skills',
      'principles-list', 'values-list', 'principle-from-meaning', 'meaning-from-principle', 'value-from-meaning', 'meaning-from-value', 'principle-or-value',
      'story-values', 'story-evidence', 'story-subject',
      'phrase-complete', 'phrase-note', 'phrase-source',
      'question-story', 'question-connect', 'question-points',
      'qualification-evidence', 'qualification-shows', 'technologies', 'bridge', 'core-mission',
      'red-flag-spot', 'red-flag-why', 'red-flag-conflict',
      'pitch-recite', 'pitch-card', 'pitch-continue',
      'checklist-card', 'ask-list', 'ask-which',
    ];
    assert.deepEqual(expected.filter((f) => !facts.has(f)), []);
    assert.deepEqual([...new Set(bank.questions.map((x) => x.kind))].sort(), ['card', 'multi', 'recite', 'short', 'single']);
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

  it('names the 4 principles as a recall card', () => {
    const card = q('culture/principles-list');
    assert.equal(card.kind, 'card');
    assert.equal(card.prompt, 'Name the 4 core principles.');
    assert.deepEqual(card.kind === 'card' && card.answer, ['The Dream Team', 'People Over Process', 'Uncomfortably Exciting', 'Great and Always Better']);
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
    assert.equal(choice.distractors.length, 7);
    assert.ok(choice.distractors.includes('Adapt quickly, tough decisions, embrace challenges'));
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

  it('never offers evidence of the same story as a wrong option (it would be right for another value)', () => {
    const e = q('stories/story-evidence/risk/courage');
    assert.ok(e.kind === 'single');
    if (e.kind !== 'single') return;
    assert.equal(e.answer, 'Proposed unpopular change');
    for (const other of ['50% tech debt reduction', 'Solution from the team, not top-down', 'Long-term thinking over short-term comfort']) {
      assert.ok(!e.distractors.includes(other), other);
    }
  });

  it('asks which story answers a likely question, and how to connect it', () => {
    const s = q('likely-questions/question-story/ambiguity');
    assert.ok(s.kind === 'single' && s.answer === 'Story 3: Learning (AWS/Spark/Scala)');
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
    assert.ok(spot.kind === 'single' && spot.distractors.includes('Context not control'));
    const why = q('red-flags/red-flag-why/stability');
    assert.ok(why.kind === 'single' && why.answer === "they're uncomfortably exciting");
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

  it('has the pitch as a recall card and as recite-by-typing, and the checklist as recall cards', () => {
    const pitch = bundledPack().sections.find((s) => s.kind === 'pitch');
    assert.ok(pitch?.kind === 'pitch');
    const recite = q('pitch/pitch-recite');
    assert.ok(recite.kind === 'recite' && pitch.kind === 'pitch' && recite.answer === pitch.pitch);
    assert.equal(q('pitch/pitch-card').kind, 'card');
    assert.equal(q('pitch/pitch-continue/sentence-2').kind, 'card');
    const checklist = bank.sections.find((s) => s.id === 'checklist')!;
    assert.equal(checklist.questions.length, 7);
    assert.ok(checklist.questions.every((x) => x.kind === 'card'));
  });

  it('asks about the smart questions to ask, against the questions they ask', () => {
    const w = q('questions-to-ask/ask-which/ask-farming-for-dissent');
    assert.ok(w.kind === 'single' && w.answer === "What's an example of farming for dissent in the Media Algorithms team?");
    assert.ok(w.kind === 'single' && w.distractors.includes('Why Netflix?'));
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
    assert.ok(edited.kind === 'single' && edited.answer === 'Say what you think, kindly');
  });
});
