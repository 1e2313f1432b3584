import type { Severity } from '../content/types';

/**
 * Every kind of finding the coach reports, with its default severity. Rule ids share the lint
 * engine's namespace (suppression comments and `disabledRules` name them), so none collides with a
 * red flag's id.
 */
export const COACH_RULES = {
  'star-missing-situation': { severity: 'hint', summary: 'A story answer has no Situation.' },
  'star-missing-task': { severity: 'hint', summary: 'A story answer has no Task.' },
  'star-missing-action': { severity: 'hint', summary: 'A story answer has no Action.' },
  'star-missing-result': { severity: 'hint', summary: 'A story answer has no Result.' },
  'star-result-not-measurable': { severity: 'hint', summary: 'The Result holds no number, percentage or time.' },
  'star-result-vague': { severity: 'hint', summary: 'The Result claims success without saying what changed ("it went well").' },
  'star-action-we': { severity: 'hint', summary: 'The Action speaks mostly as "we" rather than "I".' },
  hedging: { severity: 'hint', summary: 'A hedge ("I think", "kind of", "just"...); a warning inside a Result or the pitch.' },
  'pitch-too-long': { severity: 'warning', summary: 'The pitch takes longer to say than its limit.' },
  'answer-too-long': { severity: 'info', summary: 'An answer takes longer to say than the answer-length setting.' },
  'value-not-shown': { severity: 'info', summary: 'The frontmatter lists a value the draft does not show.' },
  'story-overused': { severity: 'info', summary: 'The story is told in more answers than the reuse setting allows.' },
  'draft-frontmatter': { severity: 'info', summary: 'The frontmatter names a story or value the guide does not have, or is not valid YAML.' },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

export type CoachRuleId = keyof typeof COACH_RULES;

export const COACH_RULE_IDS = Object.keys(COACH_RULES) as CoachRuleId[];

export function isCoachRule(id: string): id is CoachRuleId {
  return Object.prototype.hasOwnProperty.call(COACH_RULES, id);
}
