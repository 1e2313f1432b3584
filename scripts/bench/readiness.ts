// The entry `readiness.mjs` bundles: the readiness figures and a round's scoring, called exactly
// as the extension's host calls them.
export { practicePrompts } from '../../src/core/practice/prompts';
export { readiness } from '../../src/core/practice/readiness';
export { parseRoundsDocument, mergeRounds } from '../../src/core/practice/rounds';
export { scoreRound } from '../../src/core/practice/score';
export { practiceDraft } from '../../src/core/practice/draft';
export { analyzeDraft } from '../../src/core/coach/analyze';
export { isCoachRule } from '../../src/core/coach/rules';
export { lintText } from '../../src/core/lint';
export { buildBank } from '../../src/core/quiz/bank';
export { Scheduler, parseInterviewDate } from '../../src/core/quiz/schedule';
export { loadPackDir } from '../../src/cli/packDir';
export { readinessView } from '../../src/webview/readiness/view';
export { toHtml } from '../../src/webview/readiness/vnode';
