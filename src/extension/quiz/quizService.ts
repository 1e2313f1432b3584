import * as vscode from 'vscode';
import type { Pack } from '../../core/content/types';
import { buildBank, type QuestionBank } from '../../core/quiz/bank';
import { counts, masteryLabel, planSession, type Counts, type SessionRequest } from '../../core/quiz/plan';
import { ProgressStore, type ProgressStorage } from '../../core/quiz/progress';
import type { Grade } from '../../core/quiz/protocol';
import { parseInterviewDate, Scheduler, type Clock } from '../../core/quiz/schedule';
import { restoreSession, type SessionState } from '../../core/quiz/session';
import type { Services } from '../services';
import { openSharedFile, SHARED_FILES } from '../storage/openSharedFile';

export const INTERVIEW_DATE_SETTING = 'interviewCoach.interviewDate';
const HOUR = 3_600_000;

/**
 * Everything the quiz knows outside a panel: the question bank of the loaded pack, the progress
 * store (opened lazily, its warnings shown once), the FSRS scheduler shaped by the interview
 * date setting, and per-section mastery for the Guide tree. Fires `onDidChange` whenever any of
 * them changes, and again when the next review falls due, so counts never go stale.
 */
export class QuizService implements vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changeEmitter.event;
  readonly scheduler: Scheduler;
  readonly storage: ProgressStorage;
  /** Where progress is stored (`quiz-progress.json` in the global storage). */
  readonly progressUri: vscode.Uri;
  private storeOpening: Promise<ProgressStore> | undefined;
  private opened: ProgressStore | undefined;
  private bankCache: { pack: Pack; bank: QuestionBank } | undefined;
  private masteryCache: Map<string, string> | undefined;
  private wakeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];

  constructor(
    private readonly services: Services,
    globalStorage: vscode.Uri,
    clock: Clock = () => new Date(),
  ) {
    // On the local disk, Node's fs with a lock between windows; elsewhere, VS Code's file system.
    this.storage = openSharedFile(globalStorage, SHARED_FILES.quizProgress);
    this.progressUri = vscode.Uri.joinPath(globalStorage, SHARED_FILES.quizProgress.name);
    this.scheduler = new Scheduler(clock, () => this.interviewDate());
    // Another window saved: take its reviews in (the tree's counts follow).
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(globalStorage, SHARED_FILES.quizProgress.name));
    const reload = () => void this.opened?.reload().catch((err: unknown) => services.log.warn(`quiz: could not re-read progress: ${String(err)}`));
    this.disposables.push(
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      services.packs.onDidChange(() => this.changed()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(INTERVIEW_DATE_SETTING)) this.changed();
      }),
    );
  }

  interviewDate(): Date | undefined {
    return parseInterviewDate(vscode.workspace.getConfiguration().get<string>(INTERVIEW_DATE_SETTING, ''));
  }

  /** The progress store, opened on first use. Recovery warnings are logged and shown once each. */
  store(): Promise<ProgressStore> {
    this.storeOpening ??= ProgressStore.open(this.storage).then(({ store, warnings }) => {
      const shown = new Set<string>();
      const warn = (w: string) => {
        if (shown.has(w)) return;
        shown.add(w);
        this.services.log.warn(w);
        void vscode.window.showWarningMessage(`Interview Coach: ${w}`);
      };
      warnings.forEach(warn);
      this.disposables.push({ dispose: store.onDidChange(() => this.changed()).dispose }, { dispose: store.onWarning(warn).dispose });
      this.opened = store;
      this.changed();
      return store;
    });
    return this.storeOpening;
  }

  /** The bank of the pack as loaded now (rebuilt only when the pack object changes). */
  bankFor(pack: Pack): QuestionBank {
    if (this.bankCache?.pack !== pack) this.bankCache = { pack, bank: buildBank(pack) };
    return this.bankCache.bank;
  }

  async bank(): Promise<QuestionBank | undefined> {
    const pack = await this.services.packs.pack();
    return pack ? this.bankFor(pack) : undefined;
  }

  /** The store with what other windows saved taken in: for starting a session or counting. */
  async freshStore(): Promise<ProgressStore> {
    const store = await this.store();
    await store.reload().catch((err: unknown) => this.services.log.warn(`quiz: could not re-read progress: ${String(err)}`));
    return store;
  }

  async counts(): Promise<Counts | undefined> {
    const [bank, store] = await Promise.all([this.bank(), this.freshStore()]);
    return bank ? counts(bank, store.cards(bank.packId), this.scheduler) : undefined;
  }

  /** The tree's "5/8 mastered, 3 due" for a section; synchronous, from what is loaded. */
  masteryText(sectionId: string): string | undefined {
    if (!this.masteryCache) {
      const pack = this.services.packs.current?.result.pack;
      if (!pack || !this.opened) return undefined;
      const bank = this.bankFor(pack);
      const c = counts(bank, this.opened.cards(bank.packId), this.scheduler);
      this.masteryCache = new Map(c.sections.filter((s) => s.total > 0).map((s) => [s.sectionId, masteryLabel(s)]));
      this.scheduleWake(bank);
    }
    return this.masteryCache.get(sectionId);
  }

  /** Wake up when the next question falls due (or in an hour, as mastery decays), to refresh counts. */
  private scheduleWake(bank: QuestionBank): void {
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    const now = this.scheduler.now().getTime();
    const cards = this.opened?.cards(bank.packId) ?? {};
    const next = Object.values(cards)
      .map((c) => Date.parse(c.due))
      .filter((t) => t > now)
      .reduce((a, b) => Math.min(a, b), now + HOUR);
    this.wakeTimer = setTimeout(() => this.changed(), Math.max(1000, Math.min(next - now + 500, HOUR)));
  }

  private changed(): void {
    this.masteryCache = undefined;
    this.changeEmitter.fire();
  }

  /** Grades a question: FSRS update, stored. Returns "in 2 days" for the feedback. */
  review(store: ProgressStore, packId: string, questionId: string, grade: Grade, correct: boolean): { text: string; saved: Promise<void> } {
    const record = this.scheduler.review(store.card(packId, questionId), grade, correct);
    const saved = store.setCard(packId, questionId, record);
    return { text: this.scheduler.nextReview(record), saved };
  }

  async plan(request: SessionRequest): Promise<SessionState | undefined> {
    const [bank, store] = await Promise.all([this.bank(), this.freshStore()]);
    if (!bank) return undefined;
    return planSession(request, { bank, cards: store.cards(bank.packId), scheduler: this.scheduler, seed: randomSeed(), id: randomId() });
  }

  /** The stored unfinished session of the loaded pack, if it still fits the pack. */
  async unfinished(): Promise<SessionState | undefined> {
    const [bank, store] = await Promise.all([this.bank(), this.freshStore()]);
    if (!bank) return undefined;
    const state = restoreSession(store.session(bank.packId), bank);
    return state && state.phase !== 'done' ? state : undefined;
  }

  dispose(): void {
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    for (const d of this.disposables) d.dispose();
  }
}

export function randomSeed(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0]!;
}

function randomId(): string {
  return globalThis.crypto.randomUUID();
}
