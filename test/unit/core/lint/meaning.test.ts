import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { loadPack } from '../../../../src/core/content/loader';
import type { ContentFile, Pack } from '../../../../src/core/content/types';
import { createLanguageModel } from '../../../../src/core/language/winkModel';
import { compileMeaningRules, LintRun, lintText, mayMean, type SentenceAnalyser } from '../../../../src/core/lint';
import { parseJsonl, precision, recall, score } from '../../../../scripts/eval/score';
import { BUNDLED_PACK_DIR, bundledPack, FIXTURES, readPackFiles, REPO } from '../../helpers/packFiles';

const model = createLanguageModel();
const CORPUS = join(FIXTURES, 'corpus', 'red-flags');
const lintBoth = (text: string, pack: Pack = bundledPack()) => lintText(text, pack, { language: model });

describe('meaning tier: findings', () => {
  it('flags paraphrases the phrase rules cannot see, saying what it understood and quoting it', () => {
    const text = 'I need to be home by five every day.';
    const [f, ...rest] = lintBoth(text);
    assert.equal(rest.length, 0);
    assert.equal(f!.ruleId, 'work-life-balance');
    assert.match(f!.message, /^Reads as asking for fixed hours and protected personal time: “I need to be home by”\./);
    assert.equal(text.slice(f!.start, f!.end), 'I need to be home by');
    assert.ok(f!.reason && f!.cite && f!.advice, 'keeps the reason, the cite and the guide line');
    assert.ok(f!.ideas && f!.ideas.length > 0, 'offers the guide phrasings as ideas to insert');
    assert.deepEqual(lintText(text, bundledPack()), [], 'the phrase tier alone does not see it');
  });

  it('leaves negations, past actions that removed process, quoted advice and technical senses alone', () => {
    for (const text of [
      "I've never needed a manager to break the work down for me.",
      'We cut the release review board, and incidents went down.',
      'my notes say "never mention work-life balance"',
      'The loss curve stayed stable after warm-up.',
      'We trained a family of diffusion models.',
      "Unlike my last job, I'm not looking for security now.",
      "Don't suggest more process.",
      "I don't need hand-holding.",
    ]) {
      assert.deepEqual(lintBoth(text).map((f) => f.ruleId), [], text);
    }
  });

  it('leaves quoted words being edited, others\' wishes and technical rules and specs alone', () => {
    for (const text of [
      'TODO: remove "stable environment" from my intro.',
      'cut "job security" from the why-Netflix answer',
      'Replace "more process" with "more context" in story 3.',
      'Some candidates ask for step-by-step instructions; I prefer context.',
      "Many engineers want a stable job, and that's fine, but it's not what drives me.",
      'A detailed specification of the API is in the appendix.',
      'The paper shows that a stable training regime needs more rules for the learning rate.',
      'The CPU executes instructions out of order.',
      'I follow the instructions in the README to install it.',
      'Led the migration off a rigid approval process to automated canary checks.',
      'Not gonna lie, the "stable job" pitch from my parents never landed with me.',
      '"Work-life balance" is a buzzword I try not to lean on.',
      'The team had more process than it needed, so I cut two approval steps.',
      "If you're looking for stability, Netflix probably isn't the place, and that's exactly why I applied.",
      'Recruiter asked if I need detailed instructions; I said I prefer context and ownership.',
      'The stable job I left was comfortable but dull.',
      "Some people need step-by-step guidance; that's not how I work.",
      'Looking back, job security mattered to me in my twenties, not now.',
      'Honestly the work-life balance question never came up, and I didn\'t raise it.',
      'Job security never entered into my decision to apply.',
    ]) {
      assert.deepEqual(lintBoth(text).map((f) => f.ruleId).filter((id) => id !== 'ignore-creative-side'), [], text);
    }
  });

  it('reads a reason for leaving, a must-have list, an order-follower and rules wanted in place', () => {
    for (const [text, rule] of [
      ["honestly their culture sounds like the wild west, I'd want way more sign-offs before stuff goes out", 'more-process'],
      ["The reason I'm leaving is I never get an evening to myself.", 'work-life-balance'],
      ["I'd sooner earn less than miss my daughter's recitals.", 'work-life-balance'],
      ['Must-haves: evenings free, no on-call.', 'work-life-balance'],
      ["I'm the kind of engineer who follows instructions to the letter.", 'detailed-instructions'],
      ['I quit my last job because nobody would put any processes in place.', 'more-process'],
      ['Approvals are essential for anything customer-facing, in my view.', 'more-process'],
    ] as const) {
      assert.ok(lintBoth(text).some((f) => f.ruleId === rule), `${rule}: ${text}`);
    }
  });

  it('reads questions to the interviewer, habits, conditions and numbers as the speaker’s stance', () => {
    const rules = (text: string): string[] => lintBoth(text).map((f) => f.ruleId);
    assert.deepEqual(rules('Is there a risk of layoffs in this team?'), ['stability']);
    assert.deepEqual(rules('How many hours a week do people usually put in?'), ['work-life-balance']);
    assert.deepEqual(rules('Do I have to work with the studio people?'), ['ignore-creative-side']);
    assert.deepEqual(rules("I don't answer email after dinner."), ['work-life-balance']);
    assert.deepEqual(rules('As long as the role is secure, I am happy.'), ['stability']);
    assert.deepEqual(rules("Ideally I'd keep my day to eight hours."), ['work-life-balance']);
    // And their look-alikes stay clean.
    for (const text of [
      'Will I get to work with the studio artists directly?',
      'How do artists use the tool today?',
      'How secure is the model serving endpoint?',
      'Artists need predictable tools they can rely on.',
      'I reduced training time from 40 hours to 6.',
      "It's not a problem for me to work in the evening before a launch.",
      "I'm someone who thrives on ambiguity.",
    ]) {
      assert.deepEqual(rules(text), [], text);
    }
  });

  it('reads double negation as wanting', () => {
    assert.deepEqual(lintBoth("I don't want to lose my evenings.").map((f) => f.ruleId), ['work-life-balance']);
  });

  it('reports a sentence both tiers flag once, by the phrase rule', () => {
    const text = 'I want job security and a stable role.';
    const findings = lintBoth(text).filter((f) => f.ruleId === 'stability');
    assert.deepEqual(findings.map((f) => f.message), lintText(text, bundledPack()).filter((f) => f.ruleId === 'stability').map((f) => f.message));
  });

  it('a never sense dismisses a phrase finding in its own clause only', () => {
    // "model" is a technical never-sense of stability, but here it is in another clause than "job security".
    const wants = "Long term, job security matters most to me: I'd like to find a team I can settle down with and keep doing the kind of model tuning I already know well.";
    assert.ok(lintBoth(wants).some((f) => f.ruleId === 'stability' && wants.slice(f.start, f.end).includes('job security')));
    assert.deepEqual(lintBoth('The training loss stayed stable after warm-up.').map((f) => f.ruleId), []);
  });

  it('flags dismissing the creative side sentence by sentence', () => {
    assert.deepEqual(lintBoth("The artistic side isn't really my thing.").map((f) => f.ruleId), ['ignore-creative-side']);
  });

  it('a sentence that dismisses what a document-scope rule wants mentioned is a warning in the flag’s words, not the absence hint', () => {
    const text = "---\ninterview: true\n---\n\n# Why\n\nThe artistic side isn't really my thing. I like the data.\n";
    const [f, ...rest] = lintBoth(text).filter((x) => x.ruleId === 'ignore-creative-side');
    assert.equal(rest.length, 0);
    assert.equal(f?.severity, 'warning');
    assert.match(f!.message, /^Reads as dismissing the creative, artistic side: “artistic side isn't really my thing”\. Don't ignore the creative\/studio angle: it's core to the role\.$/);
    assert.doesNotMatch(f!.message, /never mentions/);
    // A draft that just never mentions the studio keeps the quiet hint.
    const long = 'I like the data and the models, and I measure every change against the metric we agreed on. '.repeat(6);
    const quiet = lintBoth(`---\ninterview: true\n---\n\n# Why\n\n${long}\n`).filter((x) => x.ruleId === 'ignore-creative-side');
    assert.deepEqual(quiet.map((x) => x.severity), ['hint']);
  });

  it('honours disabled rules, severity overrides and suppression comments', () => {
    const text = 'I need to be home by five every day.';
    assert.deepEqual(lintText(text, bundledPack(), { language: model, disabledRules: ['work-life-balance'] }), []);
    assert.equal(lintText(text, bundledPack(), { language: model, severity: { 'work-life-balance': 'info' } })[0]!.severity, 'info');
    assert.deepEqual(lintBoth(`<!-- interview-coach-disable-next-line work-life-balance -->\n${text}`), []);
  });

  it('needs no model for a sentence the prefilter rules out, and none at all without a language option', () => {
    const rules = compileMeaningRules(bundledPack());
    assert.ok(!mayMean(rules, 'Latency fell by a third in March.'));
    assert.ok(mayMean(rules, 'Evenings are sacred to me.'));
    let reads = 0;
    const counting: SentenceAnalyser = { analyse: (s) => (reads++, model.analyse(s)) };
    lintText('Latency fell by a third in March. Click-through rose 11%.', bundledPack(), { language: counting });
    assert.equal(reads, 0);
  });

  it('skips a sentence the model cannot read yet (still loading) and keeps the phrase findings', () => {
    const text = 'I want job security. I need to be home by five every day.';
    const findings = lintText(text, bundledPack(), { language: { analyse: () => undefined } });
    assert.deepEqual(findings.map((f) => f.ruleId), lintText(text, bundledPack()).map((f) => f.ruleId));
  });

  it('matches a word the model keeps whole across hyphens as the entry\'s words ("stage-gate", "9-to-5")', () => {
    const text = "I'd introduce a stage-gate process for research projects.";
    assert.ok(model.analyse(text).tokens.some((t) => t.lower === 'stage-gate'), 'the model keeps "stage-gate" as one token');
    const [f] = lintBoth(text).filter((x) => x.ruleId === 'more-process');
    assert.match(text.slice(f!.start, f!.end), /stage-gate$/);
    assert.deepEqual(lintBoth('My ideal week is a calm 9-to-5 rhythm.').map((x) => x.ruleId), ['work-life-balance']);
  });

  it('reads a gerund the model tags as a noun ("answering emails") as its verb', () => {
    const text = 'I refuse answering emails on Sundays.';
    assert.ok(model.analyse(text).tokens.some((t) => t.lower === 'answering' && t.pos === 'NOUN' && t.lemma === 'answering'), 'the model leaves "answering" a noun');
    assert.deepEqual(lintBoth(text).map((f) => f.ruleId), ['work-life-balance']);
  });

  it('a pack without meaning forms works as before', () => {
    const files: ContentFile[] = readPackFiles(BUNDLED_PACK_DIR).map((f) => (f.path === '07-red-flags.md' ? { ...f, text: f.text.replace(/^ {6}meaning:\n(?: {8}.*\n)+/gm, '') } : f));
    const result = loadPack(BUNDLED_PACK_DIR, files);
    assert.deepEqual(result.problems, []);
    assert.equal(compileMeaningRules(result.pack).rules.length, 0);
    const text = 'I need to be home by five every day. I want job security.';
    assert.deepEqual(lintText(text, result.pack, { language: model }), lintText(text, result.pack));
  });

  it('never throws and keeps every range inside the text (property)', () => {
    const words = ['I', 'need', 'want', "don't", 'not', 'stable', 'job', 'family', 'like', 'a', 'evenings', 'process', 'review board', '"', '- ', '\n', '|', '.', ',', 'never', 'creative', 'production', 'engineers', 'theory', '**', '`x`', '<!-- c -->', 'é', '😀',
      // Sentences read in pairs: one pointing back, one announcing what follows, one moving on.
      "I'd want the same here.", "That's not me.", "Here's what I'd need.", 'My priority is simple.', 'Since then I', 'again', 'it', '?'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        for (const f of lintBoth(text)) {
          assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('meaning tier: the pack form', () => {
  it('check-content names file and line of a frame that uses an unknown concept', () => {
    const files = readPackFiles(BUNDLED_PACK_DIR).map((f) => (f.path === '07-red-flags.md' ? { ...f, text: f.text.replace('all: [off-time]', 'all: [off-tme]') } : f));
    const problems = loadPack(BUNDLED_PACK_DIR, files).problems;
    assert.equal(problems.length, 1);
    const p = problems[0]!;
    assert.equal(p.file, '07-red-flags.md');
    assert.match(p.message, /unknown concept "off-tme"/);
    const line = readFileSync(join(BUNDLED_PACK_DIR, '07-red-flags.md'), 'utf8').split('\n')[p.line - 1]!;
    assert.match(line, /all: \[off-time\]/);
  });

  it('check-content names file and line of a concept entry with no word, only # or *', () => {
    const files = readPackFiles(BUNDLED_PACK_DIR).map((f) => (f.path === '07-red-flags.md' ? { ...f, text: f.text.replace('- "# hour|day day|days|week|weeks|workweek"', '- "# * #"') } : f));
    const problems = loadPack(BUNDLED_PACK_DIR, files).problems;
    assert.equal(problems.length, 1, problems.map((p) => p.message).join('\n'));
    assert.match(problems[0]!.message, /no word, only gaps/);
    const line = files.find((f) => f.path === '07-red-flags.md')!.text.split('\n')[problems[0]!.line - 1]!;
    assert.match(line, /"# \* #"/);
  });

  it('accepts the asks and habit stances', () => {
    const files = readPackFiles(BUNDLED_PACK_DIR);
    assert.deepEqual(loadPack(BUNDLED_PACK_DIR, files).problems, []);
    assert.match(files.find((f) => f.path === '07-red-flags.md')!.text, /stance: \[asks\]/);
    assert.match(files.find((f) => f.path === '07-red-flags.md')!.text, /stance: \[wants, habit\]/);
  });

  it('rejects a frame with no concept and a stance it does not know', () => {
    const files = readPackFiles(BUNDLED_PACK_DIR).map((f) => (f.path === '07-red-flags.md' ? { ...f, text: f.text.replace('- stance: [wants]\n            all: [off-time]', '- stance: [hopes]') } : f));
    const messages = loadPack(BUNDLED_PACK_DIR, files).problems.map((p) => p.message);
    assert.ok(messages.some((m) => /one of "wants"/.test(m)), messages.join('\n'));
  });
});

/** Measured on the held-out part when the floor was last raised (see `npm run eval`), rounded down. */
const HOLDOUT_FLOOR = { precision: 0.93, recall: 0.78, alarmsPer50: 1.45 };
/** holdout2: written blind on the day its floor was set (first score 85.6 %, 69.3 %, 3.27), never tuned against. */
const HOLDOUT2_FLOOR = { precision: 0.85, recall: 0.72, alarmsPer50: 3.5 };

describe('meaning tier: corpus floors (tuning part)', () => {
  const pack = bundledPack();
  const tune = parseJsonl(readFileSync(join(CORPUS, 'tune.jsonl'), 'utf8'), 'tune.jsonl');
  const s = score(tune, pack, model);

  it('has at least 260 positives across all 8 rules and 260 clean sentences', () => {
    assert.ok(tune.filter((e) => e.flags.length > 0).length >= 260);
    assert.ok(tune.filter((e) => e.flags.length === 0).length >= 260);
    assert.equal(new Set(tune.flatMap((e) => e.flags)).size, 8);
  });

  it('precision ≥ 98 %, recall ≥ 95 % overall; ≥ 90 % each per rule', () => {
    assert.ok(precision(s.overall) >= 0.98, `precision ${precision(s.overall)}`);
    assert.ok(recall(s.overall) >= 0.95, `recall ${recall(s.overall)}`);
    for (const [rule, r] of s.perRule) {
      assert.ok(precision(r) >= 0.9 && recall(r) >= 0.9, `${rule}: P ${precision(r)} R ${recall(r)}`);
    }
  });

  it('at most 1 false alarm per 50 clean sentences', () => {
    assert.ok((50 * s.falseAlarms) / s.negatives <= 1, `${s.falseAlarms} of ${s.negatives}`);
  });

  it('finds every flag of the tuning drafts and nothing else', () => {
    const drafts = parseJsonl(readFileSync(join(CORPUS, 'tune-drafts.jsonl'), 'utf8'), 'tune-drafts.jsonl');
    const d = score(drafts, pack, model);
    assert.deepEqual([d.misses, d.alarms], [[], []]);
  });
});

/**
 * The held-out part, written by someone who never saw the rules and never tuned against: floors
 * at what it measures now, so a change can only keep or raise them. The targets
 * (precision ≥ 97 %, recall ≥ 92 %, ≤ 1 false alarm per 50 clean) are not reached yet:
 * `npm run eval` prints the figures and every miss.
 */
describe('meaning tier: corpus floors (held-out part, never tuned against)', () => {
  const pack = bundledPack();
  const holdout = parseJsonl(readFileSync(join(CORPUS, 'holdout.jsonl'), 'utf8'), 'holdout.jsonl');
  const s = score(holdout, pack, model);

  it('holds at least 260 positives across all 8 rules and 260 clean sentences', () => {
    assert.ok(holdout.filter((e) => e.flags.length > 0).length >= 260);
    assert.ok(holdout.filter((e) => e.flags.length === 0).length >= 260);
    assert.equal(new Set(holdout.flatMap((e) => e.flags)).size, 8);
  });

  it(`keeps precision ≥ ${HOLDOUT_FLOOR.precision * 100} %, recall ≥ ${HOLDOUT_FLOOR.recall * 100} %, false alarms ≤ ${HOLDOUT_FLOOR.alarmsPer50} per 50 clean`, () => {
    assert.ok(precision(s.overall) >= HOLDOUT_FLOOR.precision, `precision ${precision(s.overall)}`);
    assert.ok(recall(s.overall) >= HOLDOUT_FLOOR.recall, `recall ${recall(s.overall)}`);
    assert.ok((50 * s.falseAlarms) / s.negatives <= HOLDOUT_FLOOR.alarmsPer50, `${s.falseAlarms} of ${s.negatives}`);
  });
});

/**
 * The second held-out part: written blind to the rules (real-world text types: recruiter-screen
 * lines, emails, chats, LinkedIn summaries, cover letters, prep notes), scored once as written,
 * and never tuned against. Floors at what it measures, far under the targets.
 */
describe('meaning tier: corpus floors (second held-out part, holdout2, never tuned against)', () => {
  const pack = bundledPack();
  const holdout2 = parseJsonl(readFileSync(join(CORPUS, 'holdout2.jsonl'), 'utf8'), 'holdout2.jsonl');
  const s = score(holdout2, pack, model);

  it('holds at least 260 positives across all 8 rules and 260 clean sentences', () => {
    assert.ok(holdout2.filter((e) => e.flags.length > 0).length >= 260);
    assert.ok(holdout2.filter((e) => e.flags.length === 0).length >= 260);
    assert.equal(new Set(holdout2.flatMap((e) => e.flags)).size, 8);
  });

  it(`keeps precision ≥ ${HOLDOUT2_FLOOR.precision * 100} %, recall ≥ ${HOLDOUT2_FLOOR.recall * 100} %, false alarms ≤ ${HOLDOUT2_FLOOR.alarmsPer50} per 50 clean`, () => {
    assert.ok(precision(s.overall) >= HOLDOUT2_FLOOR.precision, `precision ${precision(s.overall)}`);
    assert.ok(recall(s.overall) >= HOLDOUT2_FLOOR.recall, `recall ${recall(s.overall)}`);
    assert.ok((50 * s.falseAlarms) / s.negatives <= HOLDOUT2_FLOOR.alarmsPer50, `${s.falseAlarms} of ${s.negatives}`);
  });
});

describe('meaning tier: corpus floors (second tuning part, tune2)', () => {
  const pack = bundledPack();
  const tune2 = parseJsonl(readFileSync(join(CORPUS, 'tune2.jsonl'), 'utf8'), 'tune2.jsonl');
  const s = score(tune2, pack, model);

  it('has at least 200 positives across all 8 rules and 200 clean sentences', () => {
    assert.ok(tune2.filter((e) => e.flags.length > 0).length >= 200);
    assert.ok(tune2.filter((e) => e.flags.length === 0).length >= 200);
    assert.equal(new Set(tune2.flatMap((e) => e.flags)).size, 8);
  });

  it('precision ≥ 97 %, recall ≥ 92 % overall; ≥ 85 % each per rule; ≤ 1 false alarm per 50 clean', () => {
    assert.ok(precision(s.overall) >= 0.97, `precision ${precision(s.overall)}`);
    assert.ok(recall(s.overall) >= 0.92, `recall ${recall(s.overall)}`);
    for (const [rule, r] of s.perRule) {
      assert.ok(precision(r) >= 0.85 && recall(r) >= 0.85, `${rule}: P ${precision(r)} R ${recall(r)}`);
    }
    assert.ok((50 * s.falseAlarms) / s.negatives <= 1, `${s.falseAlarms} of ${s.negatives}`);
  });
});

interface PartFloor {
  readonly precision: number;
  readonly recall: number;
  readonly alarmsPer50: number;
}

/**
 * The parts written blind to the rules and then tuned on: floors a little under what they measure,
 * so a change that generalises worse on them shows. (What each scored before anyone tuned on it is
 * in the README and in the commits that added them.) tune5 and tune6 (tune5 88.9 %, 59.3 %, 2.31
 * and tune6 89.4 %, 68.5 %, 2.63 before anyone tuned on them) were tuned on their odd ids only
 * (`npm run eval -- --tuning --halves tune5,tune6`): their unread even ids have floors of their own,
 * and their drafts are not all read yet.
 */
const BLIND_PARTS: readonly { part: string; floor: PartFloor; even?: PartFloor; drafts?: { precision: number; recall: number } | 'none' }[] = [
  { part: 'tune3', floor: { precision: 0.97, recall: 0.93, alarmsPer50: 0.5 } },
  { part: 'tune4', floor: { precision: 0.95, recall: 0.9, alarmsPer50: 1 } },
  { part: 'tune5', floor: { precision: 0.94, recall: 0.75, alarmsPer50: 1 }, even: { precision: 0.88, recall: 0.63, alarmsPer50: 2 }, drafts: { precision: 0.7, recall: 0.75 } },
  { part: 'tune6', floor: { precision: 0.89, recall: 0.68, alarmsPer50: 2.5 }, even: { precision: 0.85, recall: 0.6, alarmsPer50: 3.7 }, drafts: { precision: 0.7, recall: 0.75 } },
  // Red flags heard only across a sentence boundary (two-sentence items, no drafts): far below the others, and held here so it can only rise.
  { part: 'pairs', floor: { precision: 0.66, recall: 0.43, alarmsPer50: 8 }, even: { precision: 0.54, recall: 0.38, alarmsPer50: 11 }, drafts: 'none' },
];

for (const { part, floor, even: evenFloor, drafts: draftsFloor } of BLIND_PARTS) {
  describe(evenFloor ? `meaning tier: corpus floors (${part}, written blind, tuned on its odd ids)` : `meaning tier: corpus floors (${part}, written blind to the rules)`, () => {
    const pack = bundledPack();
    const entries = parseJsonl(readFileSync(join(CORPUS, `${part}.jsonl`), 'utf8'), `${part}.jsonl`);
    const s = score(entries, pack, model);
    const draftScore = () => score(parseJsonl(readFileSync(join(CORPUS, `${part}-drafts.jsonl`), 'utf8'), `${part}-drafts.jsonl`), pack, model);

    if (!evenFloor) {
      it('has at least 200 positives across all 8 rules and 200 clean sentences', () => {
        assert.ok(entries.filter((e) => e.flags.length > 0).length >= 200);
        assert.ok(entries.filter((e) => e.flags.length === 0).length >= 200);
        assert.equal(new Set(entries.flatMap((e) => e.flags)).size, 8);
      });

      it(`precision ≥ ${floor.precision * 100} %, recall ≥ ${floor.recall * 100} %, ≤ ${floor.alarmsPer50} false alarms per 50 clean`, () => {
        assert.ok(precision(s.overall) >= floor.precision, `precision ${precision(s.overall)}`);
        assert.ok(recall(s.overall) >= floor.recall, `recall ${recall(s.overall)}`);
        assert.ok((50 * s.falseAlarms) / s.negatives <= floor.alarmsPer50, `${s.falseAlarms} of ${s.negatives}`);
      });
    } else {
      const odd = (id: string): boolean => Number(/(\d+)$/.exec(id)?.[1] ?? 0) % 2 === 1;
      const even = score(entries.filter((e) => !odd(e.id)), pack, model);
      it(`precision ≥ ${floor.precision * 100} %, recall ≥ ${floor.recall * 100} %, ≤ ${floor.alarmsPer50} false alarms per 50; its unread even ids ≥ ${evenFloor.precision * 100} %, ≥ ${evenFloor.recall * 100} %, ≤ ${evenFloor.alarmsPer50}`, () => {
        assert.ok(precision(s.overall) >= floor.precision && recall(s.overall) >= floor.recall, `P ${precision(s.overall)} R ${recall(s.overall)}`);
        assert.ok((50 * s.falseAlarms) / s.negatives <= floor.alarmsPer50, `${s.falseAlarms} of ${s.negatives}`);
        assert.ok(precision(even.overall) >= evenFloor.precision && recall(even.overall) >= evenFloor.recall, `even: P ${precision(even.overall)} R ${recall(even.overall)}`);
        assert.ok((50 * even.falseAlarms) / even.negatives <= evenFloor.alarmsPer50, `even: ${even.falseAlarms} of ${even.negatives}`);
      });
    }

    if (draftsFloor === 'none') {
      // (No drafts in this part.)
    } else if (!draftsFloor) {
      it('finds every flag of its drafts and nothing else', () => {
        const d = draftScore();
        assert.deepEqual([d.misses, d.alarms], [[], []]);
      });
    } else {
      it(`finds at least ${draftsFloor.recall * 100} % of its drafts' flags with at least ${draftsFloor.precision * 100} % precision`, () => {
        const d = draftScore();
        assert.ok(precision(d.overall) >= draftsFloor.precision && recall(d.overall) >= draftsFloor.recall, `P ${precision(d.overall)} R ${recall(d.overall)}`);
      });
    }
  });
}

describe('meaning tier: preferences, refusals and note-style fragments', () => {
  const rules = (text: string): string[] => lintBoth(text).map((f) => f.ruleId);
  it('reads a rejector ("dealbreaker") as wanting the opposite of what it names', () => {
    assert.deepEqual(rules('dealbreaker: layoffs or constant reorganisation'), ['stability']);
    assert.deepEqual(rules('Dealbreaker for me: a team that throws models over the wall.'), []);
  });
  it('reads "I won\'t …" and "not willing to …" as refusals', () => {
    assert.deepEqual(rules("I'm not willing to work late nights or weekends."), ['work-life-balance']);
    assert.deepEqual(rules("I don't mind late nights before a launch."), []);
  });
  it('reads a verbless bullet as the speaker\'s position, but not a one-word heading', () => {
    assert.deepEqual(rules('- predictable hours, no late nights'), ['work-life-balance']);
    assert.deepEqual(rules('# Stability'), []);
  });
  it('reads "X doesn\'t interest me" as negating X', () => {
    assert.deepEqual(rules("Deploying models doesn't interest me at all, I'm a researcher at heart."), ['only-ml-theory']);
  });
});

describe('meaning tier: in slices', () => {
  it('gives the same findings in many small slices as in one go, over chunk boundaries', () => {
    const lines = parseJsonl(readFileSync(join(CORPUS, 'tune2.jsonl'), 'utf8'), 'tune2.jsonl').map((e) => e.text);
    // ~100 KB: paragraphs of several sentences, so the prose is split in many chunks.
    const parts: string[] = [];
    for (let i = 0; parts.join('').length < 100_000; i++) parts.push(`${lines[i % lines.length]} ${lines[(i * 7 + 3) % lines.length]}\n\n`);
    const text = parts.join('');
    const whole = lintBoth(text);
    const run = new LintRun(text, bundledPack(), { language: model });
    let steps = 0;
    while (!run.step(0)) steps++;
    assert.ok(steps > 10, `${steps} steps`);
    assert.ok(whole.some((f) => f.message.startsWith('Reads as')));
    assert.deepEqual(run.findings, whole);
  });
});

describe('meaning tier: everything clean today stays clean', () => {
  it('adds no finding to a fixture draft line that expects none', () => {
    const dir = join(FIXTURES, 'drafts');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md') && n !== 'README.md')) {
      const text = readFileSync(join(dir, name), 'utf8');
      const lines = text.split('\n');
      const before = new Set(lintText(text, bundledPack()).map((f) => `${f.ruleId}@${f.start}`));
      for (const f of lintBoth(text)) {
        if (before.has(`${f.ruleId}@${f.start}`)) continue;
        assert.match(lines[f.line - 1]!, /expect /, `${name}:${f.line}: new ${f.ruleId} finding on a line that expects none`);
      }
    }
  });

  it('adds nothing to the README', () => {
    const text = readFileSync(join(REPO, 'README.md'), 'utf8');
    const before = lintText(text, bundledPack()).map((f) => `${f.ruleId}@${f.start}`);
    const after = lintBoth(text).map((f) => `${f.ruleId}@${f.start}`);
    assert.deepEqual(after.filter((f) => !before.includes(f)), []);
  });
});
