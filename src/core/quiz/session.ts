import type { QuestionBank } from './bank';
import { checkChoices, checkRecite, checkShort } from './check';
import {
  isResultView,
  type Grade,
  type MissedQuestion,
  type QuestionView,
  type QuizView,
  type Response,
  type ResultView,
  type SessionHeader,
  type SessionKind,
  type SummaryView,
} from './protocol';
import { answerOf, type Question } from './question';
import { sample, seededRandom, shuffle } from './random';

/**
 * One quiz session as a state machine over plain data, so it can be stored, handed to the
 * webview's state and restored after a reload:
 *
 *   question ──answer──▶ feedback ──next──▶ question … ──▶ done
 *   question(card) ──reveal──▶ revealed ──grade──▶ question … ──▶ done
 *   any ──end / time up──▶ done            done ──retry missed──▶ (a new session)
 *
 * Transitions are pure functions; grading goes through a `Reviewer` the host supplies (FSRS +
 * progress store), which returns when the question comes back.
 */
export type Phase = 'question' | 'revealed' | 'feedback' | 'done';

export interface SessionItem {
  readonly questionId: string;
  /** `single`/`multi`: the options in the order this session shows them. */
  readonly options?: readonly string[];
}

export interface AnswerRecord {
  readonly index: number;
  readonly questionId: string;
  readonly sectionId: string;
  readonly correct: boolean;
  readonly grade: Grade;
  readonly result: ResultView;
}

export interface SessionState {
  readonly v: 1;
  readonly id: string;
  readonly packId: string;
  readonly kind: SessionKind;
  readonly title: string;
  readonly sectionId?: string;
  readonly startedAt: string;
  /** Rapid-fire: ISO time the round ends. */
  readonly deadline?: string;
  readonly items: readonly SessionItem[];
  readonly index: number;
  readonly phase: Phase;
  readonly results: readonly AnswerRecord[];
  readonly ended?: 'early' | 'time';
}

export class SessionError extends Error {}

/** Applies a grade to a question's schedule; returns "in 2 days" for the feedback. */
export type Reviewer = (questionId: string, grade: Grade, correct: boolean) => string;

/** Late answers within this much of a rapid-fire deadline still count (message latency). */
export const DEADLINE_GRACE_MS = 1500;

export interface NewSession {
  readonly id: string;
  readonly packId: string;
  readonly kind: SessionKind;
  readonly title: string;
  readonly sectionId?: string;
  readonly questions: readonly Question[];
  readonly seed: number;
  readonly now: Date;
  readonly durationMs?: number;
}

/** A session over `questions` in the given order, each choice question's options drawn and shuffled with `seed`. */
export function createSession(n: NewSession): SessionState {
  const random = seededRandom(n.seed);
  const items = n.questions.map((q): SessionItem => {
    if (q.kind === 'single') return { questionId: q.id, options: shuffle([q.answer, ...sample(q.distractors, q.optionCount - 1, random)], random) };
    if (q.kind === 'multi') {
      // At least half the options are wrong ones when there are enough, so "tick everything" never wins.
      const wrong = Math.min(q.distractors.length, Math.max(q.optionCount - q.answers.length, Math.floor(q.optionCount / 2)));
      const right = Math.max(1, Math.min(q.answers.length, q.optionCount - wrong));
      return { questionId: q.id, options: shuffle([...sample(q.answers, right, random), ...sample(q.distractors, wrong, random)], random) };
    }
    return { questionId: q.id };
  });
  return {
    v: 1,
    id: n.id,
    packId: n.packId,
    kind: n.kind,
    title: n.title,
    ...(n.sectionId !== undefined ? { sectionId: n.sectionId } : {}),
    startedAt: n.now.toISOString(),
    ...(n.durationMs !== undefined ? { deadline: new Date(n.now.getTime() + n.durationMs).toISOString() } : {}),
    items,
    index: 0,
    phase: items.length === 0 ? 'done' : 'question',
    results: [],
  };
}

function current(state: SessionState, bank: QuestionBank): { item: SessionItem; question: Question } {
  const item = state.items[state.index];
  const question = item && bank.byId.get(item.questionId);
  if (!item || !question) throw new SessionError('no current question');
  return { item, question };
}

function timedOut(state: SessionState, now: Date): boolean {
  return state.deadline !== undefined && now.getTime() > Date.parse(state.deadline) + DEADLINE_GRACE_MS;
}

function finish(state: SessionState, ended?: 'early' | 'time'): SessionState {
  const { ended: _old, ...rest } = state;
  return { ...rest, phase: 'done', ...(ended ? { ended } : {}) };
}

function advance(state: SessionState): SessionState {
  const index = state.index + 1;
  return index >= state.items.length ? finish({ ...state, index: state.items.length }) : { ...state, index, phase: 'question' };
}

export type Action =
  | { readonly type: 'answer'; readonly questionId: string; readonly response: Response }
  | { readonly type: 'reveal'; readonly questionId: string }
  | { readonly type: 'next' }
  | { readonly type: 'end' }
  | { readonly type: 'timeUp' };

/** The one transition function. Throws SessionError for an action the current phase does not take. */
export function reduce(state: SessionState, action: Action, bank: QuestionBank, review: Reviewer, now: Date): SessionState {
  if (state.phase === 'done') throw new SessionError('the session has ended');
  if (timedOut(state, now)) return finish(state, 'time');
  switch (action.type) {
    case 'end':
      return finish(state, 'early');
    case 'timeUp':
      if (state.deadline === undefined) throw new SessionError('this session has no time limit');
      if (now.getTime() < Date.parse(state.deadline) - DEADLINE_GRACE_MS) throw new SessionError('time is not up yet');
      return finish(state, 'time');
    case 'next':
      if (state.phase !== 'feedback') throw new SessionError('nothing to move on from: answer the question first');
      return advance(state);
    case 'reveal': {
      const { question } = current(state, bank);
      if (state.phase !== 'question' || question.kind !== 'card' || question.id !== action.questionId) throw new SessionError('only an unanswered card can be revealed');
      return { ...state, phase: 'revealed' };
    }
    case 'answer': {
      const { item, question } = current(state, bank);
      if (question.id !== action.questionId) throw new SessionError('that answer is for another question');
      if (action.response.kind !== question.kind) throw new SessionError(`expected a ${question.kind} answer, got ${action.response.kind}`);
      if (question.kind === 'card' ? state.phase !== 'revealed' : state.phase !== 'question') throw new SessionError('this question is not waiting for an answer');
      const result = grade(question, item, action.response, review, bank);
      const record: AnswerRecord = { index: state.index, questionId: question.id, sectionId: question.sectionId, correct: result.correct, grade: result.grade, result };
      const answered = { ...state, results: [...state.results, record] };
      // A self-graded card has shown its answer already: straight on to the next question.
      return question.kind === 'card' ? advance(answered) : { ...answered, phase: 'feedback' };
    }
  }
}

function quoted(text: string): string {
  // An answer that carries its own quotes ("Dream Team" (not family)) is not wrapped again.
  return /^["“]/.test(text.trim()) ? text : `“${text}”`;
}

/** " Wrong: “50TB/month” (the guide: “5TB/month”). Missing: “Eyeline Research”." or "". */
export function factsMessage(wrong: readonly { typed: string; expected: string }[], missing: readonly string[]): string {
  const parts: string[] = [];
  if (wrong.length) parts.push(`Wrong: ${wrong.map((w) => `${quoted(w.typed)} (the guide: ${quoted(w.expected)})`).join(', ')}.`);
  if (missing.length) parts.push(`Missing: ${missing.map(quoted).join(', ')}.`);
  return parts.length ? ` ${parts.join(' ')}` : '';
}

/** Checks a response and grades it: right Good, right with a typo (or a near recital) Hard, wrong Again. */
export function grade(question: Question, item: SessionItem, response: Response, review: Reviewer, bank?: QuestionBank): ResultView {
  const base = { correctAnswer: answerOf(question), explanation: question.explanation };
  const finishWith = (r: Omit<ResultView, 'nextReview' | 'correctAnswer' | 'explanation'> & { correctAnswer?: readonly string[] }): ResultView => ({
    ...base,
    ...r,
    nextReview: review(question.id, r.grade, r.correct),
  });
  switch (question.kind) {
    case 'single': {
      if (response.kind !== 'single') break;
      const options = item.options ?? [];
      const picked = options[response.choice];
      if (picked === undefined) throw new SessionError(`no option ${response.choice + 1}`);
      const correct = picked === question.answer;
      return finishWith({
        correct,
        verdict: correct ? 'correct' : 'wrong',
        message: correct ? 'Correct.' : `Not quite. The answer is ${quoted(question.answer)}.`,
        yourAnswer: picked,
        grade: correct ? 3 : 1,
        // 'missed' when the right option was not the one picked: screen readers announce each mark.
        marks: options.map((o, i) => (o === question.answer ? (i === response.choice ? 'correct' : 'missed') : i === response.choice ? 'wrong' : 'none')),
      });
    }
    case 'multi': {
      if (response.kind !== 'multi') break;
      const options = item.options ?? [];
      if (response.choices.some((c) => c >= options.length)) throw new SessionError('no such option');
      const shown = question.answers.filter((a) => options.includes(a));
      const v = checkChoices(options, shown, response.choices);
      const parts = [`${v.right} of ${shown.length} right`, ...(v.wrongPicks ? [`${v.wrongPicks} wrong pick${v.wrongPicks === 1 ? '' : 's'}`] : []), ...(v.missed ? [`${v.missed} missed`] : [])];
      return finishWith({
        correct: v.correct,
        verdict: v.correct ? 'correct' : v.right > 0 ? 'partial' : 'wrong',
        message: v.correct ? `Correct: all ${shown.length}.` : `Not quite: ${parts.join(', ')}.`,
        yourAnswer: response.choices.map((c) => options[c]!),
        grade: v.correct ? 3 : 1,
        marks: v.marks,
        correctAnswer: shown,
      });
    }
    case 'short': {
      if (response.kind !== 'short') break;
      const v = checkShort(response.text, question.accepted, question.confusables);
      const typos = v.typos.map((t) => `${quoted(t.typed)} → ${quoted(t.expected)}`).join(', ');
      const factNote = v.verdict === 'wrong' && response.text.trim() !== '' ? factsMessage(v.wrong, v.missing) : '';
      return finishWith({
        ...(v.verdict === 'wrong' && v.wrong.length ? { wrongFacts: v.wrong } : {}),
        ...(v.verdict === 'wrong' && v.missing.length && response.text.trim() !== '' ? { missingFacts: v.missing } : {}),
        correct: v.verdict !== 'wrong',
        verdict: v.verdict,
        message:
          v.verdict === 'correct'
            ? 'Correct.'
            : v.verdict === 'typo'
              ? `Accepted, with a typo: ${typos}.`
              : response.text.trim() === ''
                ? `No answer. The answer is ${quoted(question.answer)}.`
                : `Not quite.${factNote} The answer is ${quoted(question.answer)}.`,
        yourAnswer: response.text,
        grade: v.verdict === 'correct' ? 3 : v.verdict === 'typo' ? 2 : 1,
      });
    }
    case 'recite': {
      if (response.kind !== 'recite') break;
      const r = checkRecite(response.text, question.answer);
      const missing = r.diff.filter((t) => t.op === 'missing').length;
      const extra = r.diff.filter((t) => t.op === 'extra').length;
      const details = [missing ? `${missing} word${missing === 1 ? '' : 's'} missing` : '', extra ? `${extra} extra` : ''].filter(Boolean).join(', ');
      return finishWith({
        correct: r.correct,
        verdict: r.grade === 3 ? 'correct' : r.correct ? 'partial' : 'wrong',
        message: `Score ${r.score}%${details ? `: ${details}` : ': word for word'}.${factsMessage(r.wrong, r.missing)}`,
        ...(r.wrong.length ? { wrongFacts: r.wrong } : {}),
        ...(r.missing.length ? { missingFacts: r.missing } : {}),
        yourAnswer: response.text,
        grade: r.grade,
        diff: r.diff,
        score: r.score,
      });
    }
    case 'fix': {
      if (response.kind !== 'fix' || !bank) break;
      const v = bank.checkFix(response.text, question);
      const message = v.correct
        ? `Fixed: no red flag left, and it keeps “${v.kept}”.`
        : response.text.trim() === ''
          ? 'No answer.'
          : v.findings.length
            ? `Not yet: the linter still flags it. ${v.findings.join(' ')}`
            : 'No red flag left, but no fitting phrase kept: use one of the phrases below.';
      return finishWith({ correct: v.correct, verdict: v.correct ? 'correct' : 'wrong', message, yourAnswer: response.text, grade: v.correct ? 3 : 1, ...(v.findings.length ? { findings: v.findings } : {}) });
    }
    case 'card': {
      if (response.kind !== 'card') break;
      return finishWith({ correct: response.grade > 1, verdict: 'self', message: `You graded it ${['', 'Again', 'Hard', 'Good', 'Easy'][response.grade]}.`, grade: response.grade });
    }
  }
  throw new SessionError(`expected a ${question.kind} answer`);
}

export function questionView(question: Question, item: SessionItem): QuestionView {
  return {
    id: question.id,
    kind: question.kind,
    prompt: question.prompt,
    ...(item.options ? { options: item.options } : {}),
    ...(question.kind === 'multi' ? { pick: question.answers.filter((a) => item.options?.includes(a)).length } : {}),
    ...(question.kind === 'fix' ? { line: question.line } : {}),
    ...(question.inferred ? { inferred: question.inferred } : {}),
    source: question.source,
  };
}

export function header(state: SessionState): SessionHeader {
  return {
    title: state.title,
    kind: state.kind,
    position: Math.min(state.index + 1, state.items.length),
    total: state.items.length,
    answered: state.results.length,
    correct: state.results.filter((r) => r.correct).length,
    ...(state.deadline !== undefined ? { deadline: Date.parse(state.deadline) } : {}),
  };
}

export function summary(state: SessionState, bank: QuestionBank): SummaryView {
  const sections = bank.sections
    .map((s) => {
      const rs = state.results.filter((r) => r.sectionId === s.id);
      return { sectionId: s.id, title: s.title, correct: rs.filter((r) => r.correct).length, answered: rs.length };
    })
    .filter((s) => s.answered > 0);
  const missed: MissedQuestion[] = state.results
    .filter((r) => !r.correct)
    .flatMap((r) => {
      const q = bank.byId.get(r.questionId);
      return q ? [{ questionId: q.id, prompt: q.prompt, answer: answerOf(q), source: q.source }] : [];
    });
  return {
    answered: state.results.length,
    correct: state.results.filter((r) => r.correct).length,
    total: state.items.length,
    ...(state.ended ? { ended: state.ended } : {}),
    sections,
    missed,
  };
}

/** What the webview shows for a state. `intervals` fills a revealed card's grade buttons. */
export function view(state: SessionState, bank: QuestionBank, intervals: (questionId: string) => [string, string, string, string]): QuizView {
  const head = header(state);
  if (state.phase === 'done') return { header: head, screen: { type: 'summary', summary: summary(state, bank) } };
  const { item, question } = current(state, bank);
  const q = questionView(question, item);
  if (state.phase === 'feedback') {
    const last = state.results[state.results.length - 1];
    if (!last || last.index !== state.index) throw new SessionError('feedback without an answer');
    return { header: head, screen: { type: 'feedback', question: q, result: last.result } };
  }
  if (state.phase === 'revealed') {
    return { header: head, screen: { type: 'question', question: q, reveal: { answer: answerOf(question), explanation: question.explanation, intervals: intervals(question.id) } } };
  }
  return { header: head, screen: { type: 'question', question: q } };
}

/** The ids of the questions answered wrong, for "Retry missed". */
export function missedIds(state: SessionState): string[] {
  return [...new Set(state.results.filter((r) => !r.correct).map((r) => r.questionId))];
}

// --- restoring a stored or webview-kept state -------------------------------------------------

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const KINDS: readonly string[] = ['all', 'section', 'due', 'weakest', 'rapid', 'retry'];
const PHASES: readonly string[] = ['question', 'revealed', 'feedback', 'done'];

/**
 * A session state from untrusted data (the progress file, the webview's saved state), checked
 * field by field and against the current bank: questions that no longer exist are dropped (with
 * their answers), so a content edit never breaks a resume. Undefined if it cannot be used.
 */
export function restoreSession(raw: unknown, bank: QuestionBank): SessionState | undefined {
  if (!isObj(raw) || raw['v'] !== 1) return undefined;
  const str = (k: string) => (typeof raw[k] === 'string' ? (raw[k] as string) : undefined);
  const id = str('id');
  const packId = str('packId');
  const title = str('title');
  const startedAt = str('startedAt');
  const kind = str('kind');
  const phase = str('phase');
  if (!id || packId !== bank.packId || !title || !startedAt || Number.isNaN(Date.parse(startedAt)) || !kind || !KINDS.includes(kind) || !phase || !PHASES.includes(phase)) return undefined;
  const deadline = str('deadline');
  if (raw['deadline'] !== undefined && (!deadline || Number.isNaN(Date.parse(deadline)))) return undefined;
  if (!Array.isArray(raw['items']) || !Array.isArray(raw['results']) || typeof raw['index'] !== 'number') return undefined;

  // Keep the items whose question still exists (and whose options still fit it), remapping indexes.
  const remap = new Map<number, number>();
  const items: SessionItem[] = [];
  (raw['items'] as unknown[]).forEach((it, oldIndex) => {
    if (!isObj(it) || typeof it['questionId'] !== 'string') return;
    const q = bank.byId.get(it['questionId']);
    if (!q) return;
    let options: string[] | undefined;
    if (q.kind === 'single' || q.kind === 'multi') {
      const o = it['options'];
      if (!Array.isArray(o) || !o.every((x) => typeof x === 'string')) return;
      const answers = q.kind === 'single' ? [q.answer] : q.answers;
      const allowed = new Set([...answers, ...q.distractors]);
      const answersShown = answers.filter((a) => o.includes(a)).length;
      if ((q.kind === 'single' ? answersShown !== 1 : answersShown === 0) || !o.every((x) => allowed.has(x as string)) || new Set(o).size !== o.length) return;
      options = o as string[];
    }
    remap.set(oldIndex, items.length);
    items.push({ questionId: q.id, ...(options ? { options } : {}) });
  });
  const results: AnswerRecord[] = [];
  for (const r of raw['results'] as unknown[]) {
    if (!isObj(r) || typeof r['index'] !== 'number' || !remap.has(r['index']) || typeof r['correct'] !== 'boolean' || !isResultView(r['result'])) continue;
    const index = remap.get(r['index'])!;
    const q = bank.byId.get(items[index]!.questionId)!;
    results.push({ index, questionId: q.id, sectionId: q.sectionId, correct: r['correct'], grade: r['result'].grade, result: r['result'] });
  }
  const oldIndex = raw['index'] as number;
  let index = remap.get(oldIndex) ?? [...remap.entries()].find(([o]) => o > oldIndex)?.[1] ?? items.length;
  let restoredPhase = phase as Phase;
  // The current question vanished, or its answer did: show the next question afresh.
  if (restoredPhase === 'feedback' && !results.some((r) => r.index === index)) restoredPhase = 'question';
  if (restoredPhase !== 'done' && index >= items.length) {
    restoredPhase = 'done';
    index = items.length;
  }
  const ended = raw['ended'] === 'early' || raw['ended'] === 'time' ? raw['ended'] : undefined;
  return {
    v: 1,
    id,
    packId,
    kind: kind as SessionKind,
    title,
    ...(typeof raw['sectionId'] === 'string' ? { sectionId: raw['sectionId'] } : {}),
    startedAt,
    ...(deadline ? { deadline } : {}),
    items,
    index,
    phase: restoredPhase,
    results,
    ...(ended ? { ended } : {}),
  };
}
