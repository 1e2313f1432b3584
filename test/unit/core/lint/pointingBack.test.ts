import * as assert from 'node:assert/strict';
import { mayAnnounce, mayPointBack, readSentence, wantsWhatCameBefore } from '../../../../src/core/language';
import { createLanguageModel } from '../../../../src/core/language/winkModel';
import { lintText, type SentenceAnalyser, type SentenceVerdict, type VerdictStore } from '../../../../src/core/lint';
import { bundledPack } from '../../helpers/packFiles';

const model = createLanguageModel();
const lint = (text: string, language: SentenceAnalyser = model) => lintText(text, bundledPack(), { language });
const rules = (text: string): string[] => [...new Set(lint(text).map((f) => f.ruleId))];

describe('meaning tier: a stance in the next sentence on what the one before told', () => {
  it('says cheaply which sentences may point back (a pointer and a word of stance, and short)', () => {
    for (const t of ["I'd want the same here.", 'Honestly I would love that again.', 'That worked well for me.', "I'm not doing that again.", 'I agree with that.', 'Something similar would suit me.']) {
      assert.ok(mayPointBack(t), t);
    }
    for (const t of ["That's why I left.", 'I learned a lot from them.', 'We shipped it in May.', `I'd want the same ${'and more '.repeat(10)}here.`]) {
      assert.ok(!mayPointBack(t), t);
    }
  });

  it('reads what the sentence before told as wanted now, and flags it there', () => {
    for (const [text, rule, quote] of [
      ["At the bank every release needed three sign-offs. I'd want the same here.", 'more-process', 'sign-offs'],
      ['My old team never worked past five. I would expect the same at Netflix.', 'work-life-balance', 'worked past five'],
      ['My manager at the bank gave me a written spec for every task. Honestly, I would love that again.', 'detailed-instructions', 'written spec'],
      ['In my lab the engineers did all the deployment and I only wrote papers. That division suited me well.', 'only-ml-theory', 'I only wrote papers'],
    ] as const) {
      assert.deepEqual(rules(text.slice(0, text.indexOf('.') + 1)), [], `${text}: the first sentence alone is clean`);
      const found = lint(text);
      assert.deepEqual([...new Set(found.map((f) => f.ruleId))], [rule], text);
      const f = found[0]!;
      assert.equal(text.slice(f.start, f.end), quote, text);
      assert.ok(f.end <= text.indexOf('.') + 1, 'the finding lies in the sentence pointed at');
    }
  });

  it('reads a pointer that wants what it points at in words the endorsement reading does not know', () => {
    const wants = (t: string): boolean => wantsWhatCameBefore(readSentence(model.analyse(t), t));
    for (const t of ['I am hoping to find a comparable arrangement at Netflix.', "It's the one thing I'd want to keep.", 'Such a setup I would like to have again.']) assert.ok(wants(t), t);
    for (const t of [
      "That's exactly why I want to move into production work.",
      "She's happy with it, but I'd want something faster.",
      'I would never want that again.',
      'Do you want something like that?',
      'I care more about shipping than about that.',
    ]) {
      assert.ok(!wants(t), t);
    }
    const text = 'At my old firm a committee approved every design change. I am hoping to find a comparable arrangement at Netflix.';
    assert.deepEqual(rules(text.slice(0, text.indexOf('.') + 1)), [], 'the first sentence alone is clean');
    assert.deepEqual(rules(text), ['more-process']);
    assert.deepEqual(rules("At my old firm a committee approved every design change. That's exactly why I want to move to a smaller team."), []);
  });

  it('leaves a refusal, an explanation, an unrelated next sentence and a new paragraph alone', () => {
    for (const text of [
      "We had a formal review board for every change. I'm never doing that again.",
      "At the bank every release needed three sign-offs. That's why I left.",
      'My manager at the bank gave me a written spec for every task. I learned a lot from her.',
      'In my lab the engineers did all the deployment and I only wrote papers. I would never want that again.',
      "At the bank every release needed three sign-offs.\n\nI'd want the same here.",
      // The stance must be the pointer's own: someone else's wish is not the speaker's.
      'At the bank every release needed three sign-offs. My old boss would want the same here.',
    ]) {
      assert.deepEqual(rules(text), [], text);
    }
  });

  it('drops what the sentence before said when the next one refuses it, disowns it or moves on from it', () => {
    for (const [first, next, rule] of [
      ['Every release should need three sign-offs from managers.', "I'm never doing that again.", 'more-process'],
      ['I need work-life balance above all.', "That's not me anymore.", 'work-life-balance'],
      ['Research hands models to engineering, and engineering ships them.', 'Since then I have learned to ship my own models.', 'research-production-separate'],
    ] as const) {
      assert.deepEqual(rules(first), [rule], `${first} alone is flagged (one of them by the phrase tier)`);
      assert.deepEqual(rules(`${first} ${next}`), [], next);
      // Only the sentence right before: a blank line, or another sentence between, keeps it.
      assert.deepEqual(rules(`${first}\n\n${next}`), [rule]);
    }
    assert.ok(!mayPointBack('Since then the team has grown.') || rules('Every release should need three sign-offs from managers. Since then the team has grown.').length === 1);
  });

  it('reads a stance announced first as about the sentence after it', () => {
    for (const t of ["Here's what I would ask of my next manager.", 'My one requirement is simple.', 'One thing I would gladly hand off in this job.']) assert.ok(mayAnnounce(t), t);
    for (const t of ['Here is the repo.', 'What do you need from me?', 'My team shipped it in May.']) assert.ok(!mayAnnounce(t), t);
    const text = "Here's what I would need from my next manager. A written, step-by-step plan for every ticket before I start.";
    const object = text.slice(text.indexOf('A written'));
    assert.deepEqual(rules(text.slice(0, text.indexOf('.') + 1)), [], 'the announcer alone is clean');
    const found = lint(text).filter((f) => f.ruleId === 'detailed-instructions');
    assert.equal(found.length, 1, 'once, though the object may also be read on its own');
    assert.ok(found[0]!.start >= text.indexOf('A written'), 'quoted from the object');
    assert.ok(rules(object).length <= 1);
    // Someone else's announcement is not the speaker's stance.
    assert.deepEqual(rules('Here is what my old manager wanted. Quarterly planning with every task written out.'), []);
  });

  it('reports a red flag once when the sentence before already says it', () => {
    const text = "I need to be home by five every day. I'd want the same here.";
    assert.equal(lint(text).filter((f) => f.ruleId === 'work-life-balance').length, 1);
  });

  it('remembers the pair’s verdict, so a cached run needs no model and finds the same', () => {
    const text = "At the bank every release needed three sign-offs. I'd want the same here.";
    const store = new Map<string, SentenceVerdict>();
    const verdicts: VerdictStore = { get: (k, s) => store.get(`${k}|${s}`), set: (k, s, v) => void store.set(`${k}|${s}`, v) };
    const first = lint(text, { analyse: (s) => model.analyse(s), verdicts });
    let parsed = 0;
    const again = lint(text, { analyse: (s) => (parsed++, model.analyse(s)), verdicts });
    assert.equal(parsed, 0);
    assert.deepEqual(again, first);
    assert.deepEqual([...new Set(first.map((f) => f.ruleId))], ['more-process']);
    // A refusal's verdict too: the sentence before stays dropped without the model.
    const refused = "Every release should need three sign-offs from managers. I'm never doing that again.";
    assert.deepEqual(lint(refused, { analyse: (s) => model.analyse(s), verdicts }), []);
    parsed = 0;
    assert.deepEqual(lint(refused, { analyse: (s) => (parsed++, model.analyse(s)), verdicts }), []);
    assert.equal(parsed, 0);
  });
});
