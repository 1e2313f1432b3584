import { declaresInterviewDraft } from '../../core/lint/draft';
import type { DraftMatcher, RedFlagCounter } from './draftIndex';

/**
 * Where the coach meets the red-flag linter (issue 3): which files are answer drafts, and how many
 * red flags each holds. Until the linter's matcher lands, a draft is a markdown file whose
 * frontmatter says `interview: true`.
 */
export function draftMatcher(): DraftMatcher {
  return { isDraft: (_uri, text) => declaresInterviewDraft(text) };
}

export function redFlagCounter(): RedFlagCounter | undefined {
  return undefined;
}
