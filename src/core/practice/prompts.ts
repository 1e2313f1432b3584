import { guideStories, guideValues, resolveStory } from '../coach/draft';
import { sectionOfKind, type LikelyQuestion, type Pack, type Story } from '../content/types';

/**
 * What a practice round can ask: the pack's likely questions, one behavioural prompt per story the
 * likely questions do not already ask for (built from the values the story demonstrates), and the
 * pitch. Each has a target time (the pitch its own, shorter one) and a short outline phase first.
 */
export type PromptKind = 'question' | 'story' | 'pitch';

export interface PracticePrompt {
  /** Stable across pack reloads: `question:<id>`, `story:<id>` or `pitch`. */
  readonly id: string;
  readonly kind: PromptKind;
  readonly question: string;
  /** The story the answer should tell, when there is one. */
  readonly story?: Story;
  readonly likely?: LikelyQuestion;
  /** Seconds to speak the answer. */
  readonly targetSeconds: number;
  /** Seconds to outline before answering. */
  readonly outlineSeconds: number;
  /** Where it lives in the guide. */
  readonly cite: { readonly sectionId: string; readonly itemId?: string };
}

export interface PromptTimes {
  /** Target for answers other than the pitch (the coach's answer-length setting); default 120. */
  readonly answerSeconds?: number;
}

export const PITCH_PROMPT_ID = 'pitch';
export const DEFAULT_ANSWER_SECONDS = 120;

/** The outline phase: a quarter of the answer time, between 10 seconds and a minute. */
export function outlineSecondsFor(targetSeconds: number): number {
  return Math.max(10, Math.min(60, Math.round(targetSeconds / 4 / 5) * 5));
}

export function practicePrompts(pack: Pack, times: PromptTimes = {}): PracticePrompt[] {
  const answer = times.answerSeconds && times.answerSeconds > 0 ? times.answerSeconds : DEFAULT_ANSWER_SECONDS;
  const prompts: PracticePrompt[] = [];
  const questions = sectionOfKind(pack, 'questions');
  const asked = new Set<string>();
  for (const q of questions?.questions ?? []) {
    const story = q.story ? resolveStory(pack, q.story) : undefined;
    if (story) asked.add(story.id);
    prompts.push({
      id: `question:${q.id}`,
      kind: 'question',
      question: q.question,
      likely: q,
      ...(story ? { story } : {}),
      targetSeconds: answer,
      outlineSeconds: outlineSecondsFor(answer),
      cite: { sectionId: questions!.id, itemId: q.id },
    });
  }
  const storiesSection = sectionOfKind(pack, 'stories');
  const names = new Map(guideValues(pack).map((v) => [v.id, v.name]));
  for (const story of guideStories(pack)) {
    if (asked.has(story.id)) continue;
    prompts.push({
      id: `story:${story.id}`,
      kind: 'story',
      question: behaviouralQuestion(story, names),
      story,
      targetSeconds: answer,
      outlineSeconds: outlineSecondsFor(answer),
      cite: { sectionId: storiesSection?.id ?? 'stories', itemId: story.id },
    });
  }
  const pitch = sectionOfKind(pack, 'pitch');
  if (pitch) {
    prompts.push({
      id: PITCH_PROMPT_ID,
      kind: 'pitch',
      question: pitch.title.replace(/^your\s+/i, '').replace(/^./, (c) => c.toUpperCase()),
      targetSeconds: pitch.seconds,
      outlineSeconds: outlineSecondsFor(pitch.seconds),
      cite: { sectionId: pitch.id },
    });
  }
  return prompts;
}

/**
 * "Tell me about a time you showed Courage and Judgment." from the first two values a story shows
 * (a value whose own name has an "and" in it is skipped when another will do: the question stays readable).
 */
export function behaviouralQuestion(story: Story, names: ReadonlyMap<string, string>): string {
  const all = story.demonstrates.map((d) => names.get(d.value) ?? d.value);
  const plain = all.filter((n) => !/\band\b/i.test(n));
  const shown = (plain.length >= 2 ? plain : all).slice(0, 2);
  if (shown.length === 0) return `Tell me about a time you worked on ${story.subject}.`;
  return `Tell me about a time you showed ${shown.join(' and ')}.`;
}

/** The prompt a Guide tree node stands for: a likely question, a story (its own prompt or the question that asks for it), or the pitch. */
export function promptForGuideItem(prompts: readonly PracticePrompt[], sectionKind: string | undefined, itemId: string | undefined): PracticePrompt | undefined {
  if (sectionKind === 'pitch') return prompts.find((p) => p.kind === 'pitch');
  if (!itemId) return undefined;
  if (sectionKind === 'questions') return prompts.find((p) => p.id === `question:${itemId}`);
  if (sectionKind === 'stories') return prompts.find((p) => p.id === `story:${itemId}`) ?? prompts.find((p) => p.story?.id === itemId);
  return undefined;
}
