import type { Fact } from './facts';
import type { QuestionKind, SourceLink } from './protocol';

/** Which fact of the guide a generated question asks about; `authored` for a pack author's own. */
export type FactKind =
  // job description
  | 'role'
  | 'team'
  | 'location'
  | 'salary'
  | 'looking-for'
  | 'required-skills'
  | 'bonus-skills'
  // culture
  | 'principle-from-meaning'
  | 'meaning-from-principle'
  | 'value-from-meaning'
  | 'meaning-from-value'
  | 'principle-or-value'
  // stories
  | 'story-values'
  | 'story-evidence'
  | 'story-subject'
  // key phrases
  | 'phrase-complete'
  | 'phrase-note'
  | 'phrase-source'
  // likely questions
  | 'question-story'
  | 'question-connect'
  | 'question-points'
  // job details
  | 'qualification-evidence'
  | 'qualification-shows'
  | 'bridge'
  | 'core-mission'
  // red flags
  | 'red-flag-spot'
  | 'red-flag-why'
  | 'red-flag-conflict'
  // pitch
  | 'pitch-recite'
  | 'pitch-continue'
  // one fact per card: ordered cloze of a list, cloze of a number or a name
  | 'list-cloze'
  | 'fact-cloze'
  // reverse cards
  | 'value-stories'
  | 'story-question'
  | 'reason-flag'
  // the lint drill
  | 'fix-line'
  // questions to ask
  | 'ask-which'
  | 'authored';

interface QuestionBase {
  /** Stable across content edits: `<section>/<fact>[/<item>]`. Progress is keyed by it. */
  readonly id: string;
  readonly kind: QuestionKind;
  readonly fact: FactKind;
  readonly sectionId: string;
  readonly source: SourceLink;
  readonly prompt: string;
  /** Shown after answering: the fact in the guide's words, and why. */
  readonly explanation: string;
  /** Set when the key rests on something the guide implies but does not state: the reason. */
  readonly inferred?: string;
}

export interface SingleQuestion extends QuestionBase {
  readonly kind: 'single';
  readonly answer: string;
  /** Wrong options of the same kind of fact; a session shows `optionCount - 1` of them. */
  readonly distractors: readonly string[];
  readonly optionCount: number;
}

export interface MultiQuestion extends QuestionBase {
  readonly kind: 'multi';
  readonly answers: readonly string[];
  readonly distractors: readonly string[];
  readonly optionCount: number;
}

export interface ShortQuestion extends QuestionBase {
  readonly kind: 'short';
  /** The guide's answer, shown after answering. */
  readonly answer: string;
  /** Every form that counts as right (the answer first). */
  readonly accepted: readonly string[];
  /** Words of the same kind of fact that are wrong here even though they look close. */
  readonly confusables: readonly string[];
  /** The key facts (numbers, names, negations) an answer must have right. */
  readonly facts: readonly Fact[];
}

export interface CardQuestion extends QuestionBase {
  readonly kind: 'card';
  /** A list shows as a list. */
  readonly answer: string | readonly string[];
}

export interface ReciteQuestion extends QuestionBase {
  readonly kind: 'recite';
  readonly answer: string;
  /** The key facts (numbers, names, negations) a recitation must have right. */
  readonly facts: readonly Fact[];
}

/** "Fix this line": rewrite a sentence with a red flag so that the lint engine finds none, keeping a fitting key phrase. */
export interface FixQuestion extends QuestionBase {
  readonly kind: 'fix';
  /** The line with the red flag. */
  readonly line: string;
  /** The red flag's id (its lint rule id). */
  readonly flagId: string;
  /** Phrases that fit the rewrite (the flag's suggestions, the key phrases); one must be kept. */
  readonly keyPhrases: readonly string[];
  /** One good rewrite, shown after answering. */
  readonly answer: string;
}

export type Question = SingleQuestion | MultiQuestion | ShortQuestion | CardQuestion | ReciteQuestion | FixQuestion;

/** The answer to show for any question. */
export function answerOf(q: Question): string | readonly string[] {
  return q.kind === 'multi' ? q.answers : q.answer;
}
