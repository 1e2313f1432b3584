import * as vscode from 'vscode';
import { RAPID_SECONDS, type Counts, type SessionRequest } from '../../core/quiz/plan';
import { formatInterviewDate, humanInterval, parseInterviewDate } from '../../core/quiz/schedule';
import { restoreSession, type SessionState } from '../../core/quiz/session';
import type { Services } from '../services';
import { QUIZ_VIEW_TYPE, QuizPanel } from './quizPanel';
import { INTERVIEW_DATE_SETTING, QuizService } from './quizService';

export type StartRequest = SessionRequest | { readonly kind: 'resume' };

export interface QuizPickItem extends vscode.QuickPickItem {
  readonly request?: StartRequest;
  readonly action?: 'pickSection' | 'setDate';
}

/** What the quiz gives the rest of the extension and the integration tests. */
export interface QuizFeature {
  readonly service: QuizService;
  /** The open quiz panel, if any. */
  readonly panel: QuizPanel | undefined;
  readonly onDidChangePanel: vscode.Event<QuizPanel | undefined>;
  /** Fires with each quick pick the quiz shows, once it is visible. */
  readonly onDidShowPick: vscode.Event<vscode.QuickPick<QuizPickItem>>;
  /** Starts (or resumes) a session without asking; undefined when there is nothing to ask. */
  start(request: StartRequest): Promise<QuizPanel | undefined>;
  /** What the panel serializer does after a window reload, given the webview's saved state. */
  restore(panel: vscode.WebviewPanel, savedState: unknown): Promise<QuizPanel>;
}

const COMMANDS = {
  start: 'interviewCoach.startQuiz',
  section: 'interviewCoach.quizSection',
  setDate: 'interviewCoach.setInterviewDate',
};

/** The quiz: commands, quick picks, the panel and its serializer, and mastery in the Guide tree. */
export function registerQuiz(context: vscode.ExtensionContext, services: Services): QuizFeature {
  const service = new QuizService(services, context.globalStorageUri);
  let panel: QuizPanel | undefined;
  const panelEmitter = new vscode.EventEmitter<QuizPanel | undefined>();
  const pickEmitter = new vscode.EventEmitter<vscode.QuickPick<QuizPickItem>>();

  const adopt = (webviewPanel: vscode.WebviewPanel): QuizPanel => {
    panel?.dispose();
    const created = new QuizPanel(webviewPanel, services, service, context.extensionUri, () => void vscode.commands.executeCommand(COMMANDS.start));
    created.onDidDispose(() => {
      if (panel === created) {
        panel = undefined;
        panelEmitter.fire(undefined);
      }
    });
    panel = created;
    panelEmitter.fire(created);
    return created;
  };

  const showPanel = (): QuizPanel => {
    if (panel) {
      panel.reveal();
      return panel;
    }
    return adopt(vscode.window.createWebviewPanel(QUIZ_VIEW_TYPE, 'Quiz', { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, { enableFindWidget: false }));
  };

  const start = async (request: StartRequest): Promise<QuizPanel | undefined> => {
    const bank = await service.bank();
    if (!bank) {
      void vscode.window.showErrorMessage('Interview Coach: the guide could not be loaded, so there is nothing to quiz on. Open the Guide view to see why.');
      return undefined;
    }
    let state: SessionState | undefined;
    if (request.kind === 'resume') {
      state = panel?.state && panel.state.phase !== 'done' ? panel.state : await service.unfinished();
      if (!state) {
        void vscode.window.showInformationMessage('Interview Coach: there is no unfinished quiz to resume. Run "Interview Coach: Start Quiz" to begin one.');
        return undefined;
      }
    } else {
      state = await service.plan(request);
      if (!state) {
        void vscode.window.showInformationMessage(`Interview Coach: ${await emptyReason(request)}`);
        return undefined;
      }
    }
    const shown = showPanel();
    await shown.load(state);
    return shown;
  };

  const emptyReason = async (request: SessionRequest): Promise<string> => {
    if (request.kind === 'due') {
      const store = await service.store();
      const bank = await service.bank();
      const now = service.scheduler.now().getTime();
      const next = Object.values(bank ? store.cards(bank.packId) : {})
        .map((c) => Date.parse(c.due))
        .filter((t) => t > now)
        .sort((a, b) => a - b)[0];
      return next ? `nothing is due for review; the next question comes back in ${humanInterval(next - now)}.` : 'nothing is due for review yet: answer some questions first.';
    }
    if (request.kind === 'weakest') return 'no weak items: answer some questions first (or everything you answered is mastered).';
    if (request.kind === 'section') {
      const title = (await services.packs.pack())?.sections.find((sec) => sec.id === request.sectionId)?.title ?? request.sectionId;
      return `the section "${title}" has no questions yet; pick another section or the whole guide.`;
    }
    return 'there are no questions for that session.';
  };

  const restore = async (webviewPanel: vscode.WebviewPanel, savedState: unknown): Promise<QuizPanel> => {
    const restored = adopt(webviewPanel);
    const bank = await service.bank();
    const token = typeof savedState === 'object' && savedState !== null ? (savedState as { token?: unknown }).token : undefined;
    let state = bank ? restoreSession(token, bank) : undefined;
    if (!state || state.phase === 'done') state = await service.unfinished();
    await restored.load(state, 'No quiz in progress. Start one to continue.');
    return restored;
  };

  const showPick = <T extends QuizPickItem>(pick: vscode.QuickPick<T>): Promise<T | undefined> =>
    new Promise((resolve) => {
      let done = false;
      const finish = (item: T | undefined) => {
        if (done) return;
        done = true;
        resolve(item);
        pick.dispose();
      };
      pick.onDidAccept(() => finish(pick.selectedItems[0] ?? pick.activeItems[0]));
      pick.onDidHide(() => finish(undefined));
      pick.show();
      pickEmitter.fire(pick as unknown as vscode.QuickPick<QuizPickItem>);
    });

  const pickSection = async (c: Counts): Promise<StartRequest | undefined> => {
    const pack = await services.packs.pack();
    const pick = vscode.window.createQuickPick<QuizPickItem>();
    pick.title = 'Quiz: One Section';
    pick.placeholder = 'Pick a section of the guide';
    pick.matchOnDetail = true;
    // A section with no questions (the checklist: its items point at other sections' cards) is not offered.
    pick.items = c.sections.filter((s) => s.total > 0).map((s) => ({
      label: `$(${pack?.sections.find((x) => x.id === s.sectionId)?.icon ?? 'book'}) ${s.title}`,
      description: `${s.total} question${s.total === 1 ? '' : 's'}`,
      detail: masteryDetail(s),
      request: { kind: 'section', sectionId: s.sectionId },
    }));
    return (await showPick(pick))?.request;
  };

  const startWithPick = async (): Promise<QuizPanel | undefined> => {
    const c = await service.counts();
    if (!c) {
      void vscode.window.showErrorMessage('Interview Coach: the guide could not be loaded, so there is nothing to quiz on. Open the Guide view to see why.');
      return undefined;
    }
    const unfinished = panel?.state && panel.state.phase !== 'done' ? panel.state : await service.unfinished();
    const pick = vscode.window.createQuickPick<QuizPickItem>();
    pick.title = 'Start Quiz';
    pick.placeholder = headline(c, service.scheduler.daysLeft());
    pick.matchOnDescription = true;
    const items: QuizPickItem[] = [];
    if (unfinished) {
      items.push({ label: `$(debug-continue) Resume: ${unfinished.title}`, description: `${unfinished.results.length} of ${unfinished.items.length} answered`, request: { kind: 'resume' } });
    }
    items.push(
      { label: '$(book) Whole guide', description: `${c.all} questions`, detail: `${c.mastered} mastered so far`, request: { kind: 'all' } },
      { label: '$(list-tree) One section…', description: `${c.sections.filter((s) => s.total > 0).length} sections`, action: 'pickSection' },
      {
        label: '$(history) Due for review',
        description: c.due ? `${c.due} due` : 'nothing due now',
        request: { kind: 'due' },
      },
      { label: '$(flame) Weakest items', description: c.weakest ? `${c.weakest} to strengthen` : 'answer some questions first', request: { kind: 'weakest' } },
      { label: '$(zap) Rapid-fire round', description: `${c.rapid} questions in ${RAPID_SECONDS / 60} minutes`, request: { kind: 'rapid' } },
      { label: '', kind: vscode.QuickPickItemKind.Separator },
      { label: '$(calendar) Set interview date…', description: service.interviewDate() ? formatInterviewDate(service.interviewDate()!) : 'not set', action: 'setDate' },
    );
    pick.items = items;
    const chosen = await showPick(pick);
    if (!chosen) return undefined;
    if (chosen.action === 'setDate') {
      await setInterviewDate();
      return undefined;
    }
    const request = chosen.action === 'pickSection' ? await pickSection(c) : chosen.request;
    return request ? start(request) : undefined;
  };

  const setInterviewDate = async (): Promise<void> => {
    const current = service.interviewDate();
    const today = service.scheduler.now();
    const value = await vscode.window.showInputBox({
      title: 'Interview Date',
      prompt: 'The day of your interview (YYYY-MM-DD). Reviews are scheduled before it, and more often as it nears. Leave empty to clear.',
      placeHolder: formatInterviewDate(new Date(today.getFullYear(), today.getMonth(), today.getDate() + 14)),
      value: current ? formatInterviewDate(current) : '',
      validateInput: (text) => {
        if (text.trim() === '') return undefined;
        const date = parseInterviewDate(text);
        if (!date) return 'Expected a date like 2026-03-14.';
        const startOfToday = new Date(today.getFullYear(), today.getMonth(), today.getDate());
        return date < startOfToday ? 'That date has passed.' : undefined;
      },
    });
    if (value === undefined) return;
    await vscode.workspace.getConfiguration().update(INTERVIEW_DATE_SETTING, value.trim(), vscode.ConfigurationTarget.Global);
    const c = await service.counts();
    if (c && value.trim()) void vscode.window.showInformationMessage(`Interview Coach: ${headline(c, service.scheduler.daysLeft())}.`);
  };

  const decorator = services.guide.provider.addSectionDecorator((sectionId) => service.masteryText(sectionId));

  context.subscriptions.push(
    service,
    panelEmitter,
    pickEmitter,
    decorator,
    { dispose: () => panel?.dispose() },
    service.onDidChange(() => services.guide.provider.refreshRows()),
    vscode.window.registerWebviewPanelSerializer(QUIZ_VIEW_TYPE, { deserializeWebviewPanel: async (p, state: unknown) => void (await restore(p, state)) }),
    vscode.commands.registerCommand(COMMANDS.start, (request?: unknown) => (isStartRequest(request) ? start(request) : startWithPick())),
    vscode.commands.registerCommand(COMMANDS.section, (node?: unknown) => {
      const sectionId = typeof node === 'string' ? node : (node as { sectionId?: unknown } | undefined)?.sectionId;
      return typeof sectionId === 'string' ? start({ kind: 'section', sectionId }) : startWithPick();
    }),
    vscode.commands.registerCommand(COMMANDS.setDate, setInterviewDate),
  );

  // Open the store soon after activation (not during it), so the tree can show mastery.
  setTimeout(() => void service.store().catch((err: unknown) => services.log.error(`quiz: could not open progress: ${String(err)}`)), 0);

  return {
    service,
    get panel() {
      return panel;
    },
    onDidChangePanel: panelEmitter.event,
    onDidShowPick: pickEmitter.event,
    start,
    restore,
  };
}

function isStartRequest(v: unknown): v is StartRequest {
  if (typeof v !== 'object' || v === null) return false;
  const kind = (v as { kind?: unknown }).kind;
  if (kind === 'section') return typeof (v as { sectionId?: unknown }).sectionId === 'string';
  if (kind === 'retry') return Array.isArray((v as { questionIds?: unknown }).questionIds);
  return kind === 'all' || kind === 'due' || kind === 'weakest' || kind === 'rapid' || kind === 'resume';
}

function masteryDetail(s: Counts['sections'][number]): string {
  return [`${s.mastered}/${s.total} mastered`, s.due ? `${s.due} due` : '', s.fresh ? `${s.fresh} new` : ''].filter(Boolean).join(' · ');
}

/** "12 days left, 98 items not yet mastered". */
export function headline(c: Counts, daysLeft: number | undefined): string {
  const items = `${c.notMastered} item${c.notMastered === 1 ? '' : 's'} not yet mastered`;
  if (daysLeft === undefined) return `${items} · set your interview date to plan reviews before it`;
  const days = daysLeft === 0 ? 'Interview today' : `${daysLeft} day${daysLeft === 1 ? '' : 's'} left`;
  return `${days}, ${items}`;
}
