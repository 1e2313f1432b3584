import type { Pack } from '../../core/content/types';
import type { Analyzer } from '../../core/lint';

/**
 * Checks that run beside the red-flag rules in `interview-coach lint` (and so share its
 * suppression comments, severity overrides, formats and exit codes). Features that add findings
 * to drafts (the coach) return their analyzer here.
 */
export function cliAnalyzers(_pack: Pack | undefined): Analyzer[] {
  return [];
}
