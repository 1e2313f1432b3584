import type * as vscode from 'vscode';
import { isCoachRule } from '../../core/coach/rules';
import { lintText, type Finding } from '../../core/lint';
import type { LintFeature } from '../lint/registerLint';
import type { DraftMatcher, RedFlagCounter } from './draftIndex';

/**
 * Where the coach meets the red-flag linter: the linter decides which files are answer drafts
 * (`drafts.include` + `interview: true`), counts red flags, and its engine applies suppression
 * comments and the `lint.disabledRules` / `lint.severity` settings to the coach's findings too.
 */
export function draftMatcher(lint: LintFeature): DraftMatcher {
  return {
    isDraft: (uri, text) => lint.drafts.isDraft(uri, text),
    isDraftDocument: (document) => lint.drafts.isDraftDocument(document),
    onDidChange: lint.drafts.onDidChange,
  };
}

/** Red flags as the linter's status bar counts them: its own rules' findings, hints aside. */
export function redFlagCounter(lint: LintFeature): RedFlagCounter {
  return (text, uri) => (lint.controller.pack() ? lint.lintText(text, uri).filter((f) => !isCoachRule(f.ruleId) && f.severity !== 'hint').length : undefined);
}

/**
 * The coach's findings for `text` after the linter's suppression comments and its disabled-rule
 * and severity settings (by rule id), exactly as `interview-coach lint` applies them. Runs the
 * engine without the pack's rules: the red flags are the linter's to publish.
 */
export function applyLintSettings(lint: LintFeature, text: string, uri: vscode.Uri, findings: readonly Finding[]): Finding[] {
  const settings = lint.controller.settingsFor(uri);
  return lintText(text, undefined, { disabledRules: settings.disabledRules, severity: settings.severity, analyzers: [() => findings] });
}
