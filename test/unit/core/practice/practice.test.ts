import * as assert from 'node:assert/strict';
import { practiceDraft, candidateName } from '../../../../src/core/practice/draft';
import { practicePrompts, promptForGuideItem, PITCH_PROMPT_ID } from '../../../../src/core/practice/prompts';
import { finishRound } from '../../../../src/core/practice/record';
import { mergeRounds, parseRoundsDocument, RoundsStore, ROUNDS_SCHEMA, type RoundRecord } from '../../../../src/core/practice/rounds';
import { gradeFor, scoreRound } from '../../../../src/core/practice/score';
import { nextPrompt, rankPrompts } from '../../../../src/core/practice/select';
import { clockText, pauseTimer, parseTimer, readTimer, resumeTimer, startTimer } from '../../../../src/core/practice/timer';
import { parseInterviewDate, Scheduler, type CardRecord } from '../../../../src/core/quiz/schedule';
import { bundledPack } from '../../helpers/packFiles';
import { FakeClock } from '../quiz/helpers';

/** Rounds storage in memory: `update` runs its merge on the current text, as the file's lock would. */
class MemoryStorage {
  readonly backups: { text: string; reason: string }[] = [];
  constructor(public text: string | undefined = undefined) {}
  async read(): Promise<string | undefined> {
    return this.text;
  }
  async update(next: (current: string | undefined) => Promise<string | undefined>): Promise<void> {
    const text = await next(this.text);
    if (text !== undefined) this.text = text;
  }
  async backup(text: string, reason: string): Promise<string> {
    this.backups.push({ text, reason });
    return `backup-${this.backups.length}.json`;
  }
}

const MIN = 60_000;
const DAY = 86_400_000;
const START = new Date(2026, 2, 2, 9, 0, 0).getTime(); // local time, a Monday morning

function round(promptId: string, score: number, finishedAt: number, id = `${promptId}-${finishedAt}`): RoundRecord {
  return { id, promptId, question: promptId, startedAt: new Date(finishedAt - 3 * MIN).toISOString(), finishedAt: new Date(finishedAt).toISOString(), score, grade: gradeFor(score, 0), targetSeconds: 120, spokenSeconds: 100, redFlags: 0, draft: 'answers/practice/x.md' };
}

describe('practice prompts', () => {
  const pack = bundledPack();
  const prompts = practicePrompts(pack, { answerSeconds: 120 });

  it('asks the likely questions, a behavioural prompt per story no question asks for, and the pitch with its own shorter target', () => {
    const ids = prompts.map((p) => p.id);
    assert.deepEqual(ids.filter((id) => id.startsWith('question:')), ['question:why-netflix', 'question:ambiguity', 'question:disagreement', 'question:non-technical-stakeholders']);
    // learning and conflict are asked by the ambiguity and disagreement questions.
    assert.deepEqual(ids.filter((id) => id.startsWith('story:')), ['story:risk', 'story:team']);
    assert.equal(ids[ids.length - 1], PITCH_PROMPT_ID);
    const risk = prompts.find((p) => p.id === 'story:risk')!;
    assert.match(risk.question, /^Tell me about a time you showed Courage and /);
    const pitch = prompts.find((p) => p.kind === 'pitch')!;
    assert.equal(pitch.targetSeconds, 30);
    assert.ok(pitch.outlineSeconds < risk.outlineSeconds, 'the pitch has a shorter outline phase');
    assert.equal(risk.targetSeconds, 120);
  });

  it('finds the prompt for a Guide tree node: a likely question, a story (its own prompt or the question asking for it), the pitch', () => {
    assert.equal(promptForGuideItem(prompts, 'questions', 'ambiguity')?.id, 'question:ambiguity');
    assert.equal(promptForGuideItem(prompts, 'stories', 'risk')?.id, 'story:risk');
    assert.equal(promptForGuideItem(prompts, 'stories', 'learning')?.id, 'question:ambiguity');
    assert.equal(promptForGuideItem(prompts, 'pitch', undefined)?.id, 'pitch');
    assert.equal(promptForGuideItem(prompts, 'culture', 'candor'), undefined);
  });

  it('writes a practice draft the coach reads as a draft: the question, the round start and the target time in its frontmatter', () => {
    const risk = prompts.find((p) => p.id === 'story:risk')!;
    const d = practiceDraft(pack, risk, new Date(START));
    assert.match(d.text, /^---\ninterview: true\npractice: "story:risk"\nstarted: "2026-03-02T\d\d:00:00.000Z"\nseconds: 120\n/);
    assert.match(d.fileName, /^tell-me-about-a-time-you-showed-courage-and[a-z-]*-20260302-0900\.md$/);
    assert.ok(d.cursor > d.text.indexOf('\n---', 3) && d.cursor <= d.text.length, 'the cursor is in the body');
    assert.ok(!d.text.includes('\u0000'));
    const pitch = practiceDraft(pack, prompts.find((p) => p.kind === 'pitch')!, new Date(START));
    assert.equal((pitch.text.match(/^seconds:/gm) ?? []).length, 1, 'the pitch keeps its one seconds: line');
    assert.equal(candidateName('a.md', 1), 'a.md');
    assert.equal(candidateName('a.md', 3), 'a-3.md');
  });
});

describe('practice question selection with an injected clock', () => {
  const pack = bundledPack();
  const prompts = practicePrompts(pack);

  it('offers what was never practised first, in the guide order', () => {
    const clock = new FakeClock(START);
    const s = new Scheduler(clock.now);
    const first = prompts[0]!;
    const card = s.review(undefined, 3);
    const ranked = rankPrompts(prompts, [round(first.id, 90, START)], { [first.id]: card }, s);
    assert.equal(ranked[0]!.prompt.id, prompts[1]!.id);
    assert.equal(ranked[0]!.reason, 'new');
    assert.equal(ranked[ranked.length - 1]!.prompt.id, first.id, 'the one practised well and not due comes last');
  });

  it('then what is due (longest overdue first), then the lowest last score', () => {
    const clock = new FakeClock(START);
    const s = new Scheduler(clock.now);
    const rounds: RoundRecord[] = [];
    const cards: Record<string, CardRecord> = {};
    // Practise everything once, with decreasing scores, a minute apart.
    prompts.forEach((p, i) => {
      const score = 95 - i * 8;
      cards[p.id] = s.review(undefined, gradeFor(score, 0));
      rounds.push(round(p.id, score, clock.time));
      clock.advance(MIN);
    });
    // Right now: the Again/Hard ones (low scores) are due within minutes; advance 20 minutes.
    clock.advance(20 * MIN);
    const ranked = rankPrompts(prompts, rounds, cards, s);
    const due = ranked.filter((n) => n.reason === 'due');
    assert.ok(due.length > 0, 'something is due again');
    for (let i = 1; i < due.length; i++) assert.ok(Date.parse(due[i - 1]!.due!) <= Date.parse(due[i]!.due!), 'due: earliest first');
    const rest = ranked.slice(due.length);
    for (let i = 1; i < rest.length; i++) {
      if (rest[i - 1]!.reason === rest[i]!.reason) assert.ok(rest[i - 1]!.lastScore! <= rest[i]!.lastScore!, 'then lowest last score first');
    }
    assert.equal(nextPrompt(prompts, rounds, cards, s)?.prompt.id, due[0]!.prompt.id);
    assert.equal(nextPrompt([], rounds, cards, s), undefined);
  });
});

describe('practice scoring by the linter and the coach', () => {
  const pack = bundledPack();
  const prompts = practicePrompts(pack);
  const risk = prompts.find((p) => p.id === 'story:risk')!;
  const draft = (body: string, prompt = risk) => practiceDraft(pack, prompt, new Date(START)).text.replace(/\n# [^\n]*\n[\s\S]*$/, `\n${body}\n`);

  const good = `# Risk

## Situation
On-call engineers at my team got long, noisy reports every night and nobody read them.

## Task
I had to make the reports useful without a mandate, and I had the courage to propose it against the plan.

## Action
I rewrote the report pipeline myself, I removed the noise, and I used my judgment on what mattered to people over process.

## Result
On-call reports went down by 50% and the team resolved incidents 30% faster.`;

  it('scores a complete, measured story with no red flag high and grades it Good or Easy', () => {
    const r = scoreRound(draft(good), pack, risk);
    assert.equal(r.redFlags.length, 0);
    assert.deepEqual(r.analysis.star?.missing, []);
    assert.equal(r.checks.find((c) => c.id === 'measurable-result')!.points, 10);
    assert.ok(r.score >= 65, `score ${r.score}: ${JSON.stringify(r.checks)}`);
    assert.ok(r.grade >= 3);
  });

  it('a red flag costs points, makes the grade Again, and is listed first with its line and the guide\'s words', () => {
    const text = draft(good.replace('nobody read them.', 'nobody read them. I want work-life balance.'));
    const r = scoreRound(text, pack, risk);
    assert.equal(r.redFlags.length, 1);
    assert.equal(r.grade, 1);
    const clean = scoreRound(draft(good), pack, risk);
    assert.ok(r.score < clean.score);
    const fix = r.fixes[0]!;
    assert.equal(fix.kind, 'red-flag');
    assert.equal(fix.ruleId, 'work-life-balance');
    assert.equal(text.split('\n')[fix.line - 1]!.includes('work-life balance'), true, 'the fix points at the flagged line');
    assert.ok(fix.guide && fix.guide.length > 0);
  });

  it('missing STAR parts and an unmeasured result cost points and are named as fixes', () => {
    const r = scoreRound(draft('# Risk\n\n## Situation\nThe reports were noisy.\n\n## Result\nThings got better.'), pack, risk);
    assert.deepEqual([...r.analysis.star!.missing].sort(), ['action', 'task']);
    assert.equal(r.checks.find((c) => c.id === 'star')!.points, 10);
    assert.equal(r.checks.find((c) => c.id === 'measurable-result')!.points, 0);
    assert.ok(r.fixes.some((f) => f.ruleId === 'star-result-not-measurable'));
    assert.ok(r.fixes.some((f) => f.ruleId === 'star-missing-action'));
  });

  it('speaking time counts against the target: a long pitch loses its time points', () => {
    const pitch = prompts.find((p) => p.kind === 'pitch')!;
    const words = Array.from({ length: 150 }, (_, i) => (i % 10 === 9 ? 'teams.' : 'I build recommendation systems for creative')).join(' ');
    const long = scoreRound(draft(`# Pitch\n\n${words}`, pitch), pack, pitch);
    assert.ok(long.spokenSeconds > 60);
    assert.equal(long.checks.find((c) => c.id === 'time')!.points, 0);
    const short = scoreRound(draft('# Pitch\n\nI build machine learning systems that help creative teams at scale, and I ship them to production myself: research and production are one job to me.', pitch), pack, pitch);
    assert.equal(short.checks.find((c) => c.id === 'time')!.points, 35);
  });

  it('an empty answer scores 0 and is Again', () => {
    const r = scoreRound(draft('# Risk\n'), pack, risk);
    assert.equal(r.score, 0);
    assert.equal(r.grade, 1);
  });

  it('respects the linter\'s settings: a disabled rule is no red flag', () => {
    const text = draft(good.replace('nobody read them.', 'nobody read them. I want work-life balance.'));
    assert.equal(scoreRound(text, pack, risk, { lint: { disabledRules: ['work-life-balance'] } }).redFlags.length, 0);
  });

  it('maps scores to grades at 40, 65 and 85', () => {
    assert.deepEqual([0, 39, 40, 64, 65, 84, 85, 100].map((s) => gradeFor(s, 0)), [1, 1, 2, 2, 3, 3, 4, 4]);
    assert.equal(gradeFor(100, 1), 1);
  });
});

describe('practice scheduling with the quiz scheduler and an injected clock', () => {
  const pack = bundledPack();
  const risk = practicePrompts(pack).find((p) => p.id === 'story:risk')!;

  it('a failed round comes back within minutes, a good one days later; never after the interview', () => {
    const clock = new FakeClock(START);
    const interview = parseInterviewDate('2026-03-05')!;
    const s = new Scheduler(clock.now, () => interview);
    const timer = startTimer({ roundId: 'r1', promptId: risk.id, question: risk.question, draft: 'd.md', startedAt: START, outlineMs: 30_000, answerMs: 120_000 });
    clock.advance(3 * MIN);
    const result = (score: number, flags = 0) => ({ score, grade: gradeFor(score, flags), redFlags: Array(flags).fill({}), targetSeconds: 120, spokenSeconds: 90 }) as unknown as Parameters<typeof finishRound>[1];
    const failed = finishRound(timer, result(80, 1), undefined, s, 'd.md');
    assert.equal(failed.round.grade, 1);
    assert.equal(failed.round.startedAt, new Date(START).toISOString());
    assert.equal(failed.round.finishedAt, new Date(START + 3 * MIN).toISOString());
    assert.ok(Date.parse(failed.card.due) - clock.time <= 10 * MIN, 'Again: back within minutes');
    let card = failed.card;
    for (let i = 0; i < 6; i++) {
      clock.time = Math.max(clock.time, Date.parse(card.due));
      card = finishRound({ ...timer, roundId: `r${i + 2}` }, result(95), card, s, 'd.md').card;
      assert.ok(Date.parse(card.due) <= interview.getTime() || Date.parse(card.due) <= clock.time, `due ${card.due} is capped by the interview date`);
    }
    assert.equal(card.state, 'Review');
  });
});

describe('the round timer', () => {
  it('runs the outline phase, then the answer phase, then overtime; pauses stop it; absolute times survive a reload', () => {
    const t0 = startTimer({ roundId: 'r', promptId: 'pitch', question: 'Q', draft: 'file:///d.md', startedAt: 1000, outlineMs: 10_000, answerMs: 30_000 });
    assert.deepEqual(readTimer(t0, 1000 + 4000), { phase: 'outline', remainingMs: 6000, elapsedMs: 4000, answerElapsedMs: 0, paused: false });
    assert.equal(readTimer(t0, 1000 + 15_000).phase, 'answer');
    assert.equal(readTimer(t0, 1000 + 15_000).remainingMs, 25_000);
    const paused = pauseTimer(t0, 1000 + 15_000);
    assert.equal(readTimer(paused, 1000 + 600_000).remainingMs, 25_000, 'paused: the clock stands still');
    const resumed = resumeTimer(paused, 1000 + 600_000);
    assert.equal(readTimer(resumed, 1000 + 605_000).remainingMs, 20_000);
    assert.equal(readTimer(resumed, 1000 + 600_000 + 40_000).phase, 'overtime');
    // Stored and read back (as the host does across a window reload).
    assert.deepEqual(parseTimer(JSON.parse(JSON.stringify(paused))), paused);
    assert.equal(parseTimer({ ...t0, startedAt: 'soon' }), undefined);
    assert.equal(clockText(65_000), '1:05');
    assert.equal(clockText(64_001), '1:05');
  });
});

describe('the practice rounds store', () => {
  const card = (due: string, lastReview: string): CardRecord => ({ due, stability: 1, difficulty: 5, state: 'Learning', reps: 1, lapses: 0, learningSteps: 0, scheduledDays: 0, lastReview, lastGrade: 3, lastCorrect: true });

  it('merges what two windows saved: every round of both, the later card per prompt', async () => {
    const storage = new MemoryStorage();
    const a = (await RoundsStore.open(storage)).store;
    const b = (await RoundsStore.open(storage)).store;
    await a.record('pack', round('pitch', 50, START, 'a1'), card('2026-03-02T10:00:00.000Z', '2026-03-02T09:00:00.000Z'));
    await b.record('pack', round('pitch', 90, START + MIN, 'b1'), card('2026-03-04T10:00:00.000Z', '2026-03-02T09:01:00.000Z'));
    await a.record('pack', round('story:risk', 70, START + 2 * MIN, 'a2'), card('2026-03-03T10:00:00.000Z', '2026-03-02T09:02:00.000Z'));
    const stored = parseRoundsDocument(storage.text).doc.packs['pack']!;
    assert.deepEqual(Object.keys(stored.rounds).sort(), ['a1', 'a2', 'b1']);
    assert.equal(stored.cards['pitch']!.due, '2026-03-04T10:00:00.000Z', 'the later review wins');
    assert.deepEqual(a.rounds('pack').map((r) => r.id), ['a1', 'b1', 'a2'], 'window A sees B\'s round after its save');
  });

  it('keeps an unreadable file as a backup and the valid rounds of a damaged one', async () => {
    const broken = new MemoryStorage('{ not json');
    const opened = await RoundsStore.open(broken);
    assert.equal(opened.warnings.length, 1);
    assert.equal(broken.backups[0]!.text, '{ not json');
    const damaged = new MemoryStorage(JSON.stringify({ schema: ROUNDS_SCHEMA, version: 1, packs: { p: { rounds: { ok: round('pitch', 60, START, 'ok'), bad: { id: 'bad' } }, cards: {} } } }));
    const d = await RoundsStore.open(damaged);
    assert.deepEqual(d.store.rounds('p').map((r) => r.id), ['ok']);
    assert.match(d.warnings[0]!, /1 unreadable entry/);
    const newer = parseRoundsDocument(JSON.stringify({ schema: ROUNDS_SCHEMA, version: 99, packs: {} }));
    assert.match(newer.unreadable!, /newer version/);
    assert.deepEqual(mergeRounds(newer.doc, newer.doc).packs, {});
  });

  it('a pack whose id is "constructor" (a valid id) has no rounds yet, rather than Object.prototype\'s', async () => {
    const storage = new MemoryStorage();
    const { store } = await RoundsStore.open(storage);
    assert.equal(store.card('constructor', 'pitch'), undefined);
    assert.deepEqual(store.cards('constructor'), {});
    assert.deepEqual(store.rounds('constructor'), []);
    await store.record('constructor', round('pitch', 60, START, 'r1'), card('2026-03-02T10:00:00.000Z', '2026-03-02T09:00:00.000Z'));
    assert.equal(store.card('constructor', 'pitch')!.due, '2026-03-02T10:00:00.000Z');
    assert.deepEqual(parseRoundsDocument(storage.text).doc.packs['constructor']!.rounds['r1']!.id, 'r1');
  });

  it('a prompt whose id is "constructor" (a likely question may have it) has no card yet either', async () => {
    const { store } = await RoundsStore.open(new MemoryStorage());
    await store.record('pack', round('pitch', 60, START, 'r1'), card('2026-03-02T10:00:00.000Z', '2026-03-02T09:00:00.000Z'));
    assert.equal(store.card('pack', 'constructor'), undefined);
    assert.equal(store.card('pack', 'toString'), undefined);
  });
});

void DAY;
