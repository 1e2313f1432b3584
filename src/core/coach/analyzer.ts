import type { Analyzer, AnalyzerContext } from '../lint/engine';
import type { Finding } from '../lint/finding';
import { analyzeDraft, type CoachOptions, type DraftAnalysis } from './analyze';

export interface CoachAnalyzerOptions extends Partial<CoachOptions> {
  /** Findings about this draft that need every draft to know (a story told too often). */
  readonly coverageFindings?: (text: string) => readonly Finding[];
  /** Receives each analysis, so a caller that also wants the summary does not analyse twice. */
  readonly onAnalysis?: (text: string, analysis: DraftAnalysis) => void;
}

/**
 * A real answer is a few KB; past this size a markdown file is not an answer draft, and coaching
 * it (STAR parts, speaking time, hedges over megabytes) would only cost time and memory. The
 * editor and the CLI share the limit; red-flag linting still covers such files.
 */
export const COACH_MAX_CHARS = 512 * 1024;

/**
 * The coach as an analyzer of the red-flag lint engine: its findings then go through the engine's
 * suppression comments, `disabledRules` and severity overrides, and out through the same
 * formatters, diagnostics and exit codes as red flags. Reads the masked prose the engine made.
 */
export function coachAnalyzer(options: CoachAnalyzerOptions = {}): Analyzer {
  const analyze = (context: AnalyzerContext) => {
    if (!context.pack) return [];
    const analysis = analyzeDraft(context.text, context.pack, options, context.prose);
    options.onAnalysis?.(context.text, analysis);
    return [...analysis.findings, ...(options.coverageFindings?.(context.text) ?? [])];
  };
  return Object.assign(analyze, { maxChars: COACH_MAX_CHARS });
}
