import * as vscode from 'vscode';
import { MAX_WORDS_PER_MINUTE, MIN_WORDS_PER_MINUTE } from '../../core/coach/pace';
import type { Services } from '../services';
import { CoachCodeLensProvider, SET_PACE_COMMAND, SHOW_STAR_PART_COMMAND } from './codeLens';
import { CoachCodeActions, CoachDiagnostics } from './diagnostics';
import { DraftIndex } from './draftIndex';
import { applyLintSettings, draftMatcher, redFlagCounter } from './lintBridge';
import { DRAFTS_VIEW_ID, DraftsTreeProvider, type DraftsNode } from './draftsTree';
import { NEW_DRAFT_COMMAND, newAnswerDraft } from './newDraft';
import { readCoachSettings } from './settings';
import { SpeakingTimeStatus } from './statusBar';

export interface CoachFeature {
  readonly index: DraftIndex;
  readonly codeLens: CoachCodeLensProvider;
  readonly status: SpeakingTimeStatus;
  readonly diagnostics: CoachDiagnostics;
  readonly tree: DraftsTreeProvider;
  readonly view: vscode.TreeView<DraftsNode>;
}

// Markdown on any scheme: file, untitled, and the virtual file systems of vscode.dev and github.dev.
const MARKDOWN: vscode.DocumentSelector = [{ language: 'markdown' }];

/**
 * The coach in the editor: "New Answer Draft", CodeLens and status bar speaking time, coach hints
 * as diagnostics, and the My Drafts view with coverage across drafts.
 */
export function registerCoach(context: vscode.ExtensionContext, services: Services): CoachFeature {
  const index = new DraftIndex(services.packs, draftMatcher(services.lint), redFlagCounter(services.lint));
  const codeLens = new CoachCodeLensProvider(index);
  const status = new SpeakingTimeStatus(index);
  const pack = () => services.packs.current?.result.pack;
  const diagnostics = new CoachDiagnostics(index, pack, (text, uri, findings) => applyLintSettings(services.lint, text, uri, findings));
  const tree = new DraftsTreeProvider(index);
  const view = vscode.window.createTreeView(DRAFTS_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });

  const setReady = () => void vscode.commands.executeCommand('setContext', 'interviewCoach.draftsReady', true);
  context.subscriptions.push(
    index,
    codeLens,
    status,
    diagnostics,
    tree,
    view,
    vscode.languages.registerCodeLensProvider(MARKDOWN, codeLens),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new CoachCodeActions(pack), CoachCodeActions.metadata),
    // Diagnostics and lenses for drafts that are already open need the pack.
    services.packs.onDidChange(() => {
      diagnostics.publishAll();
      status.update();
    }),
    index.onDidChange(setReady),
    vscode.commands.registerCommand(NEW_DRAFT_COMMAND, (arg?: unknown) => newAnswerDraft(services.packs, arg)),
    vscode.commands.registerCommand(SET_PACE_COMMAND, async () => {
      const current = readCoachSettings().wordsPerMinute;
      const value = await vscode.window.showInputBox({
        title: 'Speaking pace',
        prompt: `Words a minute you speak at in an interview (${MIN_WORDS_PER_MINUTE}–${MAX_WORDS_PER_MINUTE}; most people speak 130–170). Time yourself reading a draft aloud.`,
        value: String(current),
        validateInput: (v) => {
          const n = Number(v);
          return Number.isInteger(n) && n >= MIN_WORDS_PER_MINUTE && n <= MAX_WORDS_PER_MINUTE ? undefined : `A whole number from ${MIN_WORDS_PER_MINUTE} to ${MAX_WORDS_PER_MINUTE}`;
        },
      });
      if (value === undefined) return;
      await vscode.workspace.getConfiguration('interviewCoach').update('coach.wordsPerMinute', Number(value), vscode.ConfigurationTarget.Global);
    }),
    vscode.commands.registerCommand('interviewCoach.refreshDrafts', () => index.refresh()),
    vscode.commands.registerCommand(SHOW_STAR_PART_COMMAND, async (uri: unknown, ranges: unknown) => {
      if (!(uri instanceof vscode.Uri) || !Array.isArray(ranges)) return;
      const editor = await vscode.window.showTextDocument(uri);
      const selections = ranges
        .filter((r): r is [number, number] => Array.isArray(r) && typeof r[0] === 'number' && typeof r[1] === 'number')
        .map(([start, end]) => new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(end)));
      if (selections.length === 0) return;
      editor.selections = selections;
      editor.revealRange(selections[0]!, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
  );
  // Load the pack once activation is done, so lenses and hints show for drafts already open.
  void services.packs.get().then(() => diagnostics.publishAll());
  return { index, codeLens, status, diagnostics, tree, view };
}
