import type { DraftMeta } from './draft';
import { isNarrative } from './narrative';
import { spokenSentences, type Prose } from './prose';
import { hasStarStructure, type StarParts } from './star';

/** What kind of answer a draft is, which decides the checks it gets. */
export type DraftKind = 'story' | 'pitch' | 'answer';

/**
 * Questions that ask for a story: "Tell me about a time…", "Describe a situation…", "Give an
 * example of…", "How did you handle…", "Tell me about a launch you are proud of".
 */
const BEHAVIORAL =
  /\b(?:tell (?:me|us) about (?:a|an|one|the (?:last|hardest|biggest|toughest|best|worst)) (?!(?:typical|normal) day\b)\w+|describe (?:a|an|one|the) (?:time|situation|moment|project|occasion|case|challenge|conflict|mistake|failure|decision|launch|disagreement)|give (?:me |us )?(?:an|one|a) (?:example|instance)|walk (?:me|us) through (?:a|an|the) (?:time|situation|project|decision|launch|incident|mistake)|have you ever|talk (?:me |us )?about a time|share (?:a|an) (?:time|example|story)|how did you (?:handle|deal|manage|respond|approach|resolve|cope|recover|convince|get|make|decide|work|bring|fix|learn)|what did you do when|when (?:was|did) the last time|recall a time|a time (?:when |that )?(?:you|I|we))\b/i;
/** Questions that ask for the pitch. */
export const PITCH_QUESTION = /\b(?:elevator pitch|30[- ]second|thirty[- ]second|tell me about yourself|introduce yourself|walk me through your (?:background|resume|résumé|cv))\b/i;

export function isBehavioralQuestion(question: string | undefined): boolean {
  return !!question && !PITCH_QUESTION.test(question) && BEHAVIORAL.test(question);
}

export interface KindReading {
  readonly kind: DraftKind;
  /** Why a story answer is one: the frontmatter, its labels, its question, or its narrative. */
  readonly storyBy?: 'frontmatter' | 'labels' | 'question' | 'narrative';
}

/**
 * A story answer: `star: true`, a `story:` from the guide, STAR labels, a behavioural question (in
 * `question:` or as the first heading), or prose told in the first person and the past tense. An
 * opinion answer ("Why Netflix?") is none of these. `star: false` turns it off.
 */
export function draftKind(meta: DraftMeta, p: Prose, parts: StarParts): KindReading {
  if (meta.pitch || (!!meta.question && PITCH_QUESTION.test(meta.question))) return { kind: 'pitch' };
  if (meta.star === false) return { kind: 'answer' };
  if (meta.star === true || meta.story) return { kind: 'story', storyBy: 'frontmatter' };
  if (hasStarStructure(parts)) return { kind: 'story', storyBy: 'labels' };
  if (isBehavioralQuestion(meta.question) || isBehavioralQuestion(p.headings[0]?.text)) return { kind: 'story', storyBy: 'question' };
  const question = meta.question ?? p.headings[0]?.text;
  // "Tell me about yourself" asks for the pitch, even told in the past tense.
  if (question && PITCH_QUESTION.test(question)) return { kind: 'answer' };
  // A question that asks for no story (it ends in "?") wants more of a story than an untitled draft.
  if (isNarrative(p.spoken, p.bodyStart, p.spoken.length, !!question && /\?\s*$/.test(question), spokenSentences(p))) return { kind: 'story', storyBy: 'narrative' };
  return { kind: 'answer' };
}
