/**
 * The one message protocol between the quiz panel's host (extension) and its webview. Both sides
 * import this file and nothing else of each other: every message is a member of a discriminated
 * union, and each direction has a validator that turns `unknown` into a message or `undefined`,
 * so a malformed message is dropped at the border instead of half-handled.
 *
 * Self-contained on purpose (no imports): the webview bundle pulls in exactly this file.
 */

export const QUIZ_PROTOCOL_VERSION = 1;

/** FSRS grades: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Grade = 1 | 2 | 3 | 4;
export const GRADE_LABELS: Readonly<Record<Grade, string>> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

export type QuestionKind = 'single' | 'multi' | 'short' | 'card' | 'recite' | 'fix';
export type SessionKind = 'all' | 'section' | 'due' | 'weakest' | 'rapid' | 'retry';

/** Where a question's fact lives in the guide; "Open in guide" goes there. */
export interface SourceLink {
  readonly sectionId: string;
  readonly sectionTitle: string;
  /** Heading text the guide reader scrolls to. */
  readonly anchor?: string;
  /** What the link says, e.g. "Culture › Candor". */
  readonly label: string;
}

/** A question as the candidate sees it: no answer in it until it is answered or revealed. */
export interface QuestionView {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly prompt: string;
  /** `single`/`multi`: the options in this session's (shuffled) order. */
  readonly options?: readonly string[];
  /** `multi`: how many options are right, so the candidate knows when to stop. */
  readonly pick?: number;
  /** `fix`: the line with a red flag, to rewrite (the field starts with it). */
  readonly line?: string;
  /** Set when the answer rests on something the guide implies but does not state: why. */
  readonly inferred?: string;
  readonly source: SourceLink;
}

/** A card after Space: its answer, and when each grade would bring it back. */
export interface RevealView {
  readonly answer: string | readonly string[];
  readonly explanation: string;
  /** Human intervals per grade, e.g. ["1 min", "6 min", "10 min", "2 days"]. */
  readonly intervals: readonly [string, string, string, string];
}

export type Response =
  | { readonly kind: 'single'; readonly choice: number }
  | { readonly kind: 'multi'; readonly choices: readonly number[] }
  | { readonly kind: 'short'; readonly text: string }
  | { readonly kind: 'recite'; readonly text: string }
  | { readonly kind: 'fix'; readonly text: string }
  | { readonly kind: 'card'; readonly grade: Grade };

/** One word of a recite diff: kept, kept with a typo, left out, or added. */
export interface DiffToken {
  readonly op: 'same' | 'typo' | 'missing' | 'extra';
  /** What the candidate typed (`same`, `typo`, `extra`) or what the guide says (`missing`). */
  readonly text: string;
  /** `typo`: the guide's word. */
  readonly expected?: string;
}

export type OptionMark = 'correct' | 'wrong' | 'missed' | 'none';

export interface ResultView {
  readonly correct: boolean;
  readonly verdict: 'correct' | 'typo' | 'partial' | 'wrong' | 'self';
  /** One line: "Correct.", "Accepted, with a typo: …", "Not quite." */
  readonly message: string;
  readonly yourAnswer?: string | readonly string[];
  readonly correctAnswer: string | readonly string[];
  readonly explanation: string;
  readonly grade: Grade;
  /** "in 2 days", "in 10 min". */
  readonly nextReview: string;
  /** `single`/`multi`: per option in the shown order. */
  readonly marks?: readonly OptionMark[];
  /** `recite`. */
  readonly diff?: readonly DiffToken[];
  /** `recite`: 0–100. */
  readonly score?: number;
  /** Key facts typed in place of the guide's: "50TB/month" for "5TB/month". */
  readonly wrongFacts?: readonly { readonly typed: string; readonly expected: string }[];
  /** Key facts of the guide's answer left out. */
  readonly missingFacts?: readonly string[];
  /** `fix`: the red flags the rewrite still has, one message each. */
  readonly findings?: readonly string[];
}

export interface SectionScore {
  readonly sectionId: string;
  readonly title: string;
  readonly correct: number;
  readonly answered: number;
}

export interface MissedQuestion {
  readonly questionId: string;
  readonly prompt: string;
  readonly answer: string | readonly string[];
  readonly source: SourceLink;
}

export interface SummaryView {
  readonly answered: number;
  readonly correct: number;
  readonly total: number;
  /** Why it ended before the last question, if it did. */
  readonly ended?: 'early' | 'time';
  readonly sections: readonly SectionScore[];
  readonly missed: readonly MissedQuestion[];
}

export interface SessionHeader {
  readonly title: string;
  readonly kind: SessionKind;
  /** 1-based position of the current question. */
  readonly position: number;
  readonly total: number;
  readonly answered: number;
  readonly correct: number;
  /** Rapid-fire: when the round ends, epoch ms. */
  readonly deadline?: number;
}

export type Screen =
  | { readonly type: 'question'; readonly question: QuestionView; readonly reveal?: RevealView }
  | { readonly type: 'feedback'; readonly question: QuestionView; readonly result: ResultView }
  | { readonly type: 'summary'; readonly summary: SummaryView }
  | { readonly type: 'empty'; readonly message: string };

export interface QuizView {
  readonly header?: SessionHeader;
  readonly screen: Screen;
}

/**
 * The host's record of an unfinished session. Opaque to the webview, which only keeps it in its
 * `setState` so that the panel serializer can hand it back after a window reload; the host
 * validates it again before trusting it.
 */
export type SessionToken = Readonly<Record<string, unknown>>;

export type HostMessage =
  | { readonly type: 'view'; readonly view: QuizView; readonly token?: SessionToken }
  | { readonly type: 'error'; readonly message: string };

export type WebviewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'answer'; readonly questionId: string; readonly response: Response }
  | { readonly type: 'reveal'; readonly questionId: string }
  | { readonly type: 'next' }
  | { readonly type: 'end' }
  | { readonly type: 'timeUp' }
  | { readonly type: 'retryMissed' }
  | { readonly type: 'newSession' }
  | { readonly type: 'openSource'; readonly sectionId: string; readonly anchor?: string };

// ---------------------------------------------------------------------------------------------
// Validators. Small and strict: unknown `type`, a missing field or a wrong type drops the message.

type Obj = Record<string, unknown>;
const MAX_TEXT = 20_000;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isStr(v: unknown, max = MAX_TEXT): v is string {
  return typeof v === 'string' && v.length <= max;
}
function isId(v: unknown): v is string {
  return isStr(v, 300) && v.length > 0;
}
function isInt(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}
function isOptStr(v: unknown): boolean {
  return v === undefined || isStr(v);
}
function isStrList(v: unknown): v is string[] {
  return Array.isArray(v) && v.length <= 200 && v.every((x) => isStr(x));
}
function isAnswer(v: unknown): boolean {
  return isStr(v) || isStrList(v);
}
export function isGrade(v: unknown): v is Grade {
  return v === 1 || v === 2 || v === 3 || v === 4;
}

const QUESTION_KINDS: readonly string[] = ['single', 'multi', 'short', 'card', 'recite', 'fix'];
const SESSION_KINDS: readonly string[] = ['all', 'section', 'due', 'weakest', 'rapid', 'retry'];

export function isResponse(v: unknown): v is Response {
  if (!isObj(v)) return false;
  switch (v['kind']) {
    case 'single':
      return isInt(v['choice'], 0, 99);
    case 'multi':
      return Array.isArray(v['choices']) && v['choices'].length <= 100 && v['choices'].every((c) => isInt(c, 0, 99)) && new Set(v['choices']).size === v['choices'].length;
    case 'short':
    case 'recite':
    case 'fix':
      return isStr(v['text']);
    case 'card':
      return isGrade(v['grade']);
    default:
      return false;
  }
}

/** Host side: what the webview sent, or undefined if it is not a message of this protocol. */
export function parseWebviewMessage(v: unknown): WebviewMessage | undefined {
  if (!isObj(v)) return undefined;
  switch (v['type']) {
    case 'ready':
    case 'next':
    case 'end':
    case 'timeUp':
    case 'retryMissed':
    case 'newSession':
      return { type: v['type'] };
    case 'answer':
      return isId(v['questionId']) && isResponse(v['response']) ? { type: 'answer', questionId: v['questionId'], response: v['response'] } : undefined;
    case 'reveal':
      return isId(v['questionId']) ? { type: 'reveal', questionId: v['questionId'] } : undefined;
    case 'openSource':
      if (!isId(v['sectionId']) || !(v['anchor'] === undefined || isStr(v['anchor'], 500))) return undefined;
      return { type: 'openSource', sectionId: v['sectionId'], ...(v['anchor'] !== undefined ? { anchor: v['anchor'] as string } : {}) };
    default:
      return undefined;
  }
}

function isSource(v: unknown): boolean {
  return isObj(v) && isId(v['sectionId']) && isStr(v['sectionTitle']) && isStr(v['label']) && isOptStr(v['anchor']);
}

function isQuestionView(v: unknown): boolean {
  return (
    isObj(v) &&
    isId(v['id']) &&
    QUESTION_KINDS.includes(v['kind'] as string) &&
    isStr(v['prompt']) &&
    (v['options'] === undefined || isStrList(v['options'])) &&
    (v['pick'] === undefined || isInt(v['pick'], 0, 100)) &&
    isOptStr(v['line']) &&
    isOptStr(v['inferred']) &&
    isSource(v['source'])
  );
}

function isReveal(v: unknown): boolean {
  return isObj(v) && isAnswer(v['answer']) && isStr(v['explanation']) && Array.isArray(v['intervals']) && v['intervals'].length === 4 && v['intervals'].every((x) => isStr(x, 100));
}

function isDiffToken(v: unknown): boolean {
  return isObj(v) && ['same', 'typo', 'missing', 'extra'].includes(v['op'] as string) && isStr(v['text'], 1000) && isOptStr(v['expected']);
}

export function isResultView(v: unknown): v is ResultView {
  return (
    isObj(v) &&
    typeof v['correct'] === 'boolean' &&
    ['correct', 'typo', 'partial', 'wrong', 'self'].includes(v['verdict'] as string) &&
    isStr(v['message']) &&
    (v['yourAnswer'] === undefined || isAnswer(v['yourAnswer'])) &&
    isAnswer(v['correctAnswer']) &&
    isStr(v['explanation']) &&
    isGrade(v['grade']) &&
    isStr(v['nextReview'], 100) &&
    (v['marks'] === undefined || (Array.isArray(v['marks']) && v['marks'].every((m) => ['correct', 'wrong', 'missed', 'none'].includes(m as string)))) &&
    (v['diff'] === undefined || (Array.isArray(v['diff']) && v['diff'].length <= 5000 && v['diff'].every(isDiffToken))) &&
    (v['score'] === undefined || isInt(v['score'], 0, 100)) &&
    (v['wrongFacts'] === undefined || (Array.isArray(v['wrongFacts']) && v['wrongFacts'].length <= 200 && v['wrongFacts'].every((w) => isObj(w) && isStr(w['typed'], 1000) && isStr(w['expected'], 1000)))) &&
    (v['missingFacts'] === undefined || isStrList(v['missingFacts'])) &&
    (v['findings'] === undefined || isStrList(v['findings']))
  );
}

function isSummary(v: unknown): boolean {
  return (
    isObj(v) &&
    isInt(v['answered'], 0, 100_000) &&
    isInt(v['correct'], 0, 100_000) &&
    isInt(v['total'], 0, 100_000) &&
    (v['ended'] === undefined || v['ended'] === 'early' || v['ended'] === 'time') &&
    Array.isArray(v['sections']) &&
    v['sections'].every((s) => isObj(s) && isId(s['sectionId']) && isStr(s['title']) && isInt(s['correct'], 0, 100_000) && isInt(s['answered'], 0, 100_000)) &&
    Array.isArray(v['missed']) &&
    v['missed'].every((m) => isObj(m) && isId(m['questionId']) && isStr(m['prompt']) && isAnswer(m['answer']) && isSource(m['source']))
  );
}

function isScreen(v: unknown): boolean {
  if (!isObj(v)) return false;
  switch (v['type']) {
    case 'question':
      return isQuestionView(v['question']) && (v['reveal'] === undefined || isReveal(v['reveal']));
    case 'feedback':
      return isQuestionView(v['question']) && isResultView(v['result']);
    case 'summary':
      return isSummary(v['summary']);
    case 'empty':
      return isStr(v['message']);
    default:
      return false;
  }
}

function isHeader(v: unknown): boolean {
  return (
    isObj(v) &&
    isStr(v['title']) &&
    SESSION_KINDS.includes(v['kind'] as string) &&
    isInt(v['position'], 0, 100_000) &&
    isInt(v['total'], 0, 100_000) &&
    isInt(v['answered'], 0, 100_000) &&
    isInt(v['correct'], 0, 100_000) &&
    (v['deadline'] === undefined || (typeof v['deadline'] === 'number' && Number.isFinite(v['deadline'])))
  );
}

export function isQuizView(v: unknown): v is QuizView {
  return isObj(v) && (v['header'] === undefined || isHeader(v['header'])) && isScreen(v['screen']);
}

/** Webview side: what the host sent, or undefined if it is not a message of this protocol. */
export function parseHostMessage(v: unknown): HostMessage | undefined {
  if (!isObj(v)) return undefined;
  switch (v['type']) {
    case 'view':
      if (!isQuizView(v['view']) || !(v['token'] === undefined || isObj(v['token']))) return undefined;
      return { type: 'view', view: v['view'], ...(v['token'] !== undefined ? { token: v['token'] as SessionToken } : {}) };
    case 'error':
      return isStr(v['message'], 2000) ? { type: 'error', message: v['message'] } : undefined;
    default:
      return undefined;
  }
}
