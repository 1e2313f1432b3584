import type * as vscode from 'vscode';
import { isCoachRule } from '../../core/coach/rules';
import type { Pack } from '../../core/content/types';
import { declaresInterviewDraft } from '../../core/lint/draft';
import { lintText } from '../../core/lint/engine';
import type { DraftMatcher, RedFlagCounter } from './draftIndex';

/**
 * Where the coach meets the red-flag linter (issue 3): which files are answer drafts, and how many
 * red flags each holds. Until the linter's matcher lands, a draft is a markdown file whose
 * frontmatter says `interview: true`.
 */
export function draftMatcher(): DraftMatcher {
  return { isDraft: (_uri: vscode.Uri, text: string) => declaresInterviewDraft(text) };
}

/** Red flags by the lint engine on the same text (the coach's own rules left out). */
export function redFlagCounter(pack: () => Pack | undefined): RedFlagCounter {
  return (text) => {
    const p = pack();
    return p ? lintText(text, p).filter((f) => !isCoachRule(f.ruleId)).length : undefined;
  };
}
