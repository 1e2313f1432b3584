import type * as vscode from 'vscode';
import type { GuideFeature } from './guide/registerGuide';
import type { LintFeature } from './lint/registerLint';
import type { PackService } from './packService';
import type { GuideReader } from './reader/guideReader';

/**
 * What feature modules share. Each feature exports one `register<Feature>(context, services)`
 * that pushes its disposables to `context.subscriptions` and returns what tests need of it.
 */
export interface Services {
  readonly packs: PackService;
  readonly reader: GuideReader;
  readonly guide: GuideFeature;
  readonly log: vscode.LogOutputChannel;
  /** The red-flag linter: which files are drafts, their findings, and a hook for more analyzers. */
  readonly lint: LintFeature;
}
