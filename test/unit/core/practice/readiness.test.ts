import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeDraft } from '../../../../src/core/coach/analyze';
import { isCoachRule } from '../../../../src/core/coach/rules';
import { lintText } from '../../../../src/core/lint';
import { parseOpenTarget, parsePracticeHostMessage, parsePracticeWebviewMessage } from '../../../../src/core/practice/protocol';
import { practicePrompts } from '../../../../src/core/practice/prompts';
import { formatReadinessHuman, readiness, type DraftFigures } from '../../../../src/core/practice/readiness';
import type { RoundRecord } from '../../../../src/core/practice/rounds';
import { buildBank } from '../../../../src/core/quiz/bank';
import { parseInterviewDate, Scheduler, type CardRecord } from '../../../../src/core/quiz/schedule';
import { bundledPack } from '../../helpers/packFiles';
import { FakeClock } from '../quiz/helpers';

const START = new Date(2026, 2, 2, 9, 0, 0).getTime();
const MIN = 60_000;

describe('readiness figures', () => {
  const pack = bundledPack();
  const bank = buildBank(pack);
  const prompts = practicePrompts(pack);

  function draft(path: string, text: string): DraftFigures {
    return { path, text, analysis: analyzeDraft(text, pack), redFlags: lintText(text, pack).filter((f) => !isCoachRule(f.ruleId) && f.severity !== 'hint') };
  }

  it('adds up mastery, due per day up to the interview, scores per question, coverage and open red flags', () => {
    const clock = new FakeClock(START);
    const s = new Scheduler(clock.now, () => parseInterviewDate('2026-03-06'));
    const q = bank.questions[0]!;
    const quizCards: Record<string, CardRecord> = { [q.id]: s.review(undefined, 3) };
    const pitchCard = s.review(undefined, 1);
    const rounds: RoundRecord[] = [50, 80].map((score, i) => ({ id: `r${i}`, promptId: 'pitch', question: 'Pitch', startedAt: new Date(START - 10 * MIN).toISOString(), finishedAt: new Date(START - (2 - i) * MIN).toISOString(), score, grade: 3, targetSeconds: 30, spokenSeconds: 25, redFlags: 0, draft: `answers/practice/p${i}.md` }));
    const drafts = [
      draft('answers/a.md', '---\ninterview: true\nquestion: "Why Netflix?"\nstory: risk\n---\n# Why Netflix?\n\nI value candor, and I want work-life balance.\n'),
      draft('answers/b.md', '---\ninterview: true\n---\n# Notes\n\nI build ML pipelines in Python.\n'),
    ];
    clock.advance(30 * MIN);
    const r = readiness({ pack, bank, quizCards, prompts, rounds, roundCards: { pitch: pitchCard }, drafts, scheduler: s });

    assert.equal(r.interviewDate, '2026-03-06');
    assert.equal(r.daysLeft, 4);
    assert.equal(r.due.length, 5, 'today and each day up to the interview day');
    assert.deepEqual(r.due[0], { date: '2026-03-02', reviews: 1, rounds: 1 }, 'both came due within minutes: today');
    assert.equal(r.due.slice(1).reduce((n, d) => n + d.reviews + d.rounds, 0), 0);
    assert.equal(r.mastery.reduce((n, m) => n + m.total, 0), bank.questions.length);
    const pitch = r.scores.find((x) => x.promptId === 'pitch')!;
    assert.deepEqual(pitch.rounds.map((x) => x.score), [50, 80]);
    assert.equal(r.totals.rounds, 2);
    assert.equal(r.totals.practised, 1);
    assert.equal(r.totals.averageLastScore, 80);
    assert.equal(r.scores.length, prompts.length);
    assert.deepEqual(r.coverage.stories.find((x) => x.id === 'risk')!.drafts, ['answers/a.md']);
    assert.deepEqual(r.coverage.values.find((x) => x.id === 'candor')!.drafts, ['answers/a.md']);
    assert.equal(r.coverage.sections.values, 'culture');
    assert.deepEqual(r.redFlags.map((d) => [d.draft, d.flags.map((f) => [f.line, f.ruleId])]), [['answers/a.md', [[8, 'work-life-balance']]]]);
    assert.equal(r.totals.openRedFlags, 1);

    const human = formatReadinessHuman(r);
    assert.match(human, /Interview on 2026-03-06 \(4 days left\)/);
    assert.match(human, /30-Second Elevator Pitch: 50 → 80/);
    assert.match(human, /answers\/a\.md:8: work-life-balance/);
  });

  it('without an interview date, plans the next two weeks', () => {
    const s = new Scheduler(new FakeClock(START).now);
    const r = readiness({ pack, bank, quizCards: {}, prompts, rounds: [], roundCards: {}, drafts: [], scheduler: s });
    assert.equal(r.due.length, 15);
    assert.equal(r.interviewDate, undefined);
    assert.equal(r.totals.averageLastScore, undefined);
  });
});

describe('practice webview protocol', () => {
  it('takes only well-formed messages', () => {
    assert.deepEqual(parsePracticeWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parsePracticeWebviewMessage({ type: 'open', target: { kind: 'draft', path: 'a.md', line: 3 } }), { type: 'open', target: { kind: 'draft', path: 'a.md', line: 3 } });
    assert.equal(parsePracticeWebviewMessage({ type: 'open', target: { kind: 'draft', path: 'a.md', line: 0 } }), undefined);
    assert.equal(parsePracticeWebviewMessage({ type: 'open', target: { kind: 'shell', cmd: 'rm' } }), undefined);
    assert.equal(parsePracticeWebviewMessage('ready'), undefined);
    assert.deepEqual(parseOpenTarget({ kind: 'guide', sectionId: 'culture', itemId: 'candor', extra: 1 }), { kind: 'guide', sectionId: 'culture', itemId: 'candor' });
    assert.equal(parsePracticeHostMessage({ type: 'readiness', readiness: {}, ms: 1 }), undefined);
  });
});

// The dashboard shows content a user writes: only ever as text. These read the pages' sources.
describe('readiness webview source', () => {
  for (const file of ['src/webview/readiness/main.ts', 'src/webview/readiness/svg.ts', 'src/webview/readiness/view.ts', 'src/webview/readiness/vnode.ts', 'src/webview/readiness/dom.ts', 'src/webview/practice/links.ts', 'src/webview/openLinks.ts']) {
    const source = readFileSync(file, 'utf8');
    it(`${file} never parses strings as HTML and imports only the practice protocol, the shared link handler and its own files`, () => {
      const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'DOMParser', 'createContextualFragment', 'eval(', 'new Function', "setAttribute('style'", '.style.']) {
        assert.ok(!code.includes(sink), `${file} uses ${sink}`);
      }
      const imports = [...source.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
      for (const i of imports) assert.ok(['../../core/practice/protocol', '../core/practice/protocol', '../../core/practice/readiness', '../openLinks', './svg', './vnode', './dom', './view'].includes(i), `${file} imports ${i}`);
    });
  }
});
