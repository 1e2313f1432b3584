import * as vscode from 'vscode';
import { buildOutline, type OutlineNode } from '../../core/guide/outline';
import type { OpenTarget } from '../../core/practice/protocol';
import { promptForGuideItem, type PracticePrompt } from '../../core/practice/prompts';
import type { PromptNeed } from '../../core/practice/select';
import { humanInterval } from '../../core/quiz/schedule';
import type { CoachFeature } from '../coach/registerCoach';
import type { QuizFeature } from '../quiz/registerQuiz';
import type { Services } from '../services';
import { PracticeService } from './practiceService';
import { ReadinessPanel, READINESS_VIEW_TYPE } from './readinessPanel';
import { RESULTS_VIEW_TYPE, ResultsPanel, resultsPage } from './resultsPanel';
import { parseResultsPage } from '../../core/practice/resultsPage';
import { PRACTICE_COMMANDS, RoundController, type FinishedRound } from './roundController';

export interface PracticeFeature {
  readonly service: PracticeService;
  readonly rounds: RoundController;
  readonly readiness: ReadinessPanel | undefined;
  /** The results page of the last finished round, while it is open. */
  readonly results: ResultsPanel | undefined;
  readonly onDidFinish: vscode.Event<FinishedRound>;
  /** Fires with each quick pick practice shows, once it is visible. */
  readonly onDidShowPick: vscode.Event<vscode.QuickPick<PracticePickItem>>;
  showReadiness(): Promise<ReadinessPanel>;
  /** What the serializers do after a window reload, given the webview's saved state. */
  restoreResults(panel: vscode.WebviewPanel, savedState: unknown): ResultsPanel;
  restoreReadiness(panel: vscode.WebviewPanel): Promise<ReadinessPanel>;
}

export interface PracticePickItem extends vscode.QuickPickItem {
  readonly prompt?: PracticePrompt;
}

const REASON: Record<PromptNeed['reason'], string> = { new: 'never practised', due: 'due again', weak: 'weak last time', later: 'not due yet' };

/** Practice rounds (command, quick pick, status-bar countdown, results) and the readiness dashboard. */
export function registerPractice(context: vscode.ExtensionContext, services: Services, quiz: QuizFeature, coach: CoachFeature): PracticeFeature {
  const service = new PracticeService(services, quiz, coach, context.globalStorageUri);
  const rounds = new RoundController(context.workspaceState, services, service);
  const pickEmitter = new vscode.EventEmitter<vscode.QuickPick<PracticePickItem>>();
  let results: ResultsPanel | undefined;
  let readiness: ReadinessPanel | undefined;

  const openTarget = async (target: OpenTarget): Promise<void> => {
    if (target.kind === 'practice') {
      await practise(target.promptId);
      return;
    }
    if (target.kind === 'guide') {
      const pack = await services.packs.pack();
      const node = pack && target.itemId ? findNode(buildOutline(pack), `${target.sectionId}/${target.itemId}`) : undefined;
      await services.reader.show({ sectionId: target.sectionId, ...(node?.anchor ? { anchor: node.anchor } : {}) });
      return;
    }
    const folder = vscode.workspace.workspaceFolders?.[0];
    const uri = /^[a-z][a-z0-9+.-]*:/i.test(target.path) ? vscode.Uri.parse(target.path) : folder ? vscode.Uri.joinPath(folder.uri, ...target.path.split(/[\\/]/)) : vscode.Uri.file(target.path);
    const line = Math.max(0, (target.line ?? 1) - 1);
    const editor = await vscode.window.showTextDocument(uri, { preview: false, viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(line, 0, line, 0) });
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  const adoptResults = (panel?: vscode.WebviewPanel): ResultsPanel => {
    if (results && results.panel === panel) return results;
    results?.dispose();
    const created = panel ? new ResultsPanel(panel, context.extensionUri, openTarget) : ResultsPanel.create(context.extensionUri, openTarget);
    created.onDidDispose(() => {
      if (results === created) results = undefined;
    });
    results = created;
    return created;
  };

  const showResults = (f: FinishedRound): void => {
    // One results page at a time: the live one shows the new round.
    const shown = results ?? adoptResults();
    shown.show(resultsPage(f));
  };

  /** What the panel serializer does after a window reload: the page from its saved state. */
  const restoreResults = (panel: vscode.WebviewPanel, savedState: unknown): ResultsPanel => {
    const restored = adoptResults(panel);
    const saved = typeof savedState === 'object' && savedState !== null ? (savedState as { results?: unknown }).results : undefined;
    restored.show(parseResultsPage(saved), false);
    return restored;
  };

  /** Starts a round of `promptId`, or of the one picked (the most needed one first). */
  const practise = async (promptId?: string): Promise<unknown> => {
    const ranked = await service.ranked();
    if (!ranked) {
      void vscode.window.showErrorMessage('Interview Coach: the guide could not be loaded, so there is nothing to practise. Open the Guide view to see why.');
      return undefined;
    }
    if (promptId) {
      const need = ranked.needs.find((n) => n.prompt.id === promptId);
      if (!need) {
        void vscode.window.showErrorMessage(`Interview Coach: the guide has no practice question "${promptId}".`);
        return undefined;
      }
      return rounds.start(need.prompt);
    }
    const chosen = await pickPrompt(ranked.needs);
    return chosen ? rounds.start(chosen) : undefined;
  };

  const pickPrompt = (needs: readonly PromptNeed[]): Promise<PracticePrompt | undefined> =>
    new Promise((resolve) => {
      const pick = vscode.window.createQuickPick<PracticePickItem>();
      pick.title = 'Practice a Question';
      pick.placeholder = 'Enter practises the one that most needs it; or choose another';
      pick.matchOnDescription = true;
      const describe = (n: PromptNeed) =>
        [REASON[n.reason], n.lastScore !== undefined ? `last score ${n.lastScore}` : '', n.due && n.reason !== 'new' ? `due ${dueText(n.due, service.scheduler.now())}` : '', `${Math.round(n.prompt.targetSeconds)} s`]
          .filter(Boolean)
          .join(' · ');
      const icon = (n: PromptNeed) => (n.prompt.kind === 'pitch' ? '$(megaphone)' : n.prompt.story ? '$(book)' : '$(comment-discussion)');
      const [first, ...rest] = needs;
      const items: PracticePickItem[] = [];
      if (first) items.push({ label: `$(target) ${first.prompt.question}`, description: `Most needed: ${describe(first)}`, prompt: first.prompt });
      if (rest.length) items.push({ label: 'Or choose', kind: vscode.QuickPickItemKind.Separator });
      for (const n of rest) items.push({ label: `${icon(n)} ${n.prompt.question}`, description: describe(n), prompt: n.prompt });
      pick.items = items;
      let done = false;
      const finish = (p: PracticePrompt | undefined) => {
        if (done) return;
        done = true;
        resolve(p);
        pick.dispose();
      };
      pick.onDidAccept(() => finish((pick.selectedItems[0] ?? pick.activeItems[0])?.prompt));
      pick.onDidHide(() => finish(undefined));
      pick.show();
      pickEmitter.fire(pick);
    });

  /** From a Guide tree row: its likely question, story or pitch; a value row practises a story showing it. */
  const practiseNode = async (node?: unknown): Promise<unknown> => {
    const pack = await services.packs.pack();
    const id = typeof (node as OutlineNode | undefined)?.id === 'string' ? (node as OutlineNode).id : undefined;
    if (!pack || !id) return practise();
    const [sectionId, itemId] = id.split('/');
    const kind = pack.sections.find((s) => s.id === sectionId)?.kind;
    const prompts = service.prompts(pack);
    let prompt = promptForGuideItem(prompts, kind, itemId);
    if (!prompt && kind === 'culture' && itemId) prompt = prompts.find((p) => p.story?.demonstrates.some((d) => d.value === itemId));
    return prompt ? practise(prompt.id) : practise();
  };

  const adoptReadiness = (panel: vscode.WebviewPanel, openedAt?: number): ReadinessPanel => {
    readiness?.dispose();
    const created = new ReadinessPanel(panel, context.extensionUri, services, service, openTarget, openedAt);
    created.onDidDispose(() => {
      if (readiness === created) readiness = undefined;
    });
    readiness = created;
    return created;
  };

  /** Reveals the live dashboard (with fresh figures), or opens one; resolves once its page holds the figures. */
  const showReadiness = async (): Promise<ReadinessPanel> => {
    const at = Date.now();
    if (readiness) {
      readiness.reveal();
      await readiness.update();
      return readiness;
    }
    const created = adoptReadiness(vscode.window.createWebviewPanel(READINESS_VIEW_TYPE, 'Readiness', { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, { enableFindWidget: true }), at);
    await created.written;
    return created;
  };

  const restoreReadiness = async (panel: vscode.WebviewPanel): Promise<ReadinessPanel> => {
    const restored = adoptReadiness(panel);
    await restored.written;
    return restored;
  };

  context.subscriptions.push(
    service,
    rounds,
    pickEmitter,
    { dispose: () => results?.dispose() },
    { dispose: () => readiness?.dispose() },
    rounds.onDidFinish(showResults),
    vscode.commands.registerCommand(PRACTICE_COMMANDS.start, (arg?: unknown) => {
      if (typeof arg === 'string') return practise(arg);
      if (typeof (arg as { promptId?: unknown } | undefined)?.promptId === 'string') return practise((arg as { promptId: string }).promptId);
      if (arg && typeof arg === 'object') return practiseNode(arg);
      return practise();
    }),
    vscode.commands.registerCommand(PRACTICE_COMMANDS.pause, () => rounds.pauseOrResume()),
    vscode.commands.registerCommand(PRACTICE_COMMANDS.finish, () => rounds.finish()),
    vscode.commands.registerCommand(PRACTICE_COMMANDS.abandon, () => rounds.abandon()),
    vscode.commands.registerCommand(PRACTICE_COMMANDS.readiness, () => showReadiness()),
    vscode.window.registerWebviewPanelSerializer(READINESS_VIEW_TYPE, { deserializeWebviewPanel: (p) => restoreReadiness(p).then(() => undefined) }),
    vscode.window.registerWebviewPanelSerializer(RESULTS_VIEW_TYPE, { deserializeWebviewPanel: async (p, state) => void restoreResults(p, state) }),
  );

  return {
    service,
    rounds,
    get readiness() {
      return readiness;
    },
    get results() {
      return results;
    },
    restoreResults,
    restoreReadiness,
    onDidFinish: rounds.onDidFinish,
    onDidShowPick: pickEmitter.event,
    showReadiness,
  };
}

/** "now" or "in 6 min". */
function dueText(due: string, now: Date): string {
  const ms = Date.parse(due) - now.getTime();
  return ms <= 0 ? 'now' : `in ${humanInterval(ms)}`;
}

function findNode(nodes: readonly OutlineNode[], id: string): OutlineNode | undefined {
  for (const n of nodes) {
    if (n.id === id) return n;
    const found = findNode(n.children, id);
    if (found) return found;
  }
  return undefined;
}
