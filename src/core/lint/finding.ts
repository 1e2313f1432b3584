import type { Severity } from '../content/types';

/**
 * The one shape every consumer of the lint engine and the coach reads: diagnostics, code actions,
 * hovers, CLI formatters and tests all start from a Finding.
 */
export interface Finding {
  /** e.g. `work-life-balance`, `user-phrase`, `star-missing-result`. */
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  /** Why, quoted from the guide, with the value or principle it conflicts with. */
  readonly reason?: string;
  /** UTF-16 offsets into the linted text; `end` is exclusive. */
  readonly start: number;
  readonly end: number;
  /** 1-based; columns count UTF-16 code units, as VS Code does; end exclusive. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Replacement texts for [start, end), best first. */
  readonly suggestions: readonly string[];
  /** The guide item it cites, so "open the reason in the guide" lands on it. */
  readonly cite?: { readonly sectionId: string; readonly itemId?: string; readonly anchor?: string };
  /** The guide's own line for this rule, e.g. `Don't say you want "work-life balance"`. */
  readonly advice?: string;
  /**
   * Ideas that are not replacements of the range, e.g. for a document-level finding ("mention the
   * creators you built for"). Shown in hovers and the CLI's JSON; never applied as a fix.
   */
  readonly ideas?: readonly string[];
}
