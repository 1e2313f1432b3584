import { coachAnalyzer } from '../../core/coach/analyzer';
import type { Pack } from '../../core/content/types';
import type { Analyzer } from '../../core/lint';

/**
 * Checks that run beside the red-flag rules in `interview-coach lint` (and so share its
 * suppression comments, severity overrides, formats and exit codes). Features that add findings
 * to drafts (the coach) return their analyzer here.
 */
export function cliAnalyzers(_pack: Pack | undefined): Analyzer[] {
  // The coach's hints (hint and info do not fail a run unless --strict; a pitch over its limit or a
  // hedge in a Result is a warning). Coverage across drafts is `interview-coach report`'s.
  return [coachAnalyzer()];
}
