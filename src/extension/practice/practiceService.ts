import * as vscode from 'vscode';
import type { Pack } from '../../core/content/types';
import { isCoachRule } from '../../core/coach/rules';
import { practicePrompts, type PracticePrompt } from '../../core/practice/prompts';
import { readiness, type DraftFigures, type Readiness } from '../../core/practice/readiness';
import { RoundsStore } from '../../core/practice/rounds';
import { rankPrompts, type PromptNeed } from '../../core/practice/select';
import type { CoachFeature } from '../coach/registerCoach';
import { readCoachSettings } from '../coach/settings';
import { repoConfig, settingsLookup } from '../config/repoConfig';
import type { QuizFeature } from '../quiz/registerQuiz';
import type { Services } from '../services';
import { openSharedFile, SHARED_FILES } from '../storage/openSharedFile';
import type { SharedTextFile } from '../storage/sharedTextFile';

export const OUTLINE_SETTING = 'interviewCoach.practice.outlineSeconds';

/**
 * What practice knows outside a round: the prompts of the loaded pack, the rounds store (opened
 * lazily, merged with other windows' saves), the quiz's own scheduler (so rounds are scheduled by
 * the same FSRS engine and interview date), and the readiness figures. `onDidChange` fires when
 * any input of the dashboard changes: quiz answers, rounds, drafts, the pack, the settings.
 */
export class PracticeService implements vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changeEmitter.event;
  readonly file: SharedTextFile;
  private opening: Promise<RoundsStore> | undefined;
  private promptCache: { pack: Pack; key: string; prompts: PracticePrompt[] } | undefined;
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];

  constructor(
    private readonly services: Services,
    readonly quiz: QuizFeature,
    private readonly coach: CoachFeature,
    globalStorage: vscode.Uri,
  ) {
    this.file = openSharedFile(globalStorage, SHARED_FILES.practiceRounds);
    const fire = () => this.changeEmitter.fire();
    this.disposables.push(
      quiz.service.onDidChange(fire),
      coach.index.onDidChange(fire),
      services.packs.onDidChange(fire),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(OUTLINE_SETTING) || e.affectsConfiguration('interviewCoach.coach')) fire();
      }),
      ...(repoConfig() ? [repoConfig()!.onDidChange(fire)] : []),
      // Another window recorded a round: take it in when this one gets the focus back.
      vscode.window.onDidChangeWindowState((s) => {
        if (s.focused && this.opening) void this.reload();
      }),
    );
  }

  get scheduler() {
    return this.quiz.service.scheduler;
  }

  store(): Promise<RoundsStore> {
    this.opening ??= RoundsStore.open(this.file).then(({ store, warnings }) => {
      for (const w of warnings) {
        this.services.log.warn(w);
        void vscode.window.showWarningMessage(`Interview Coach: ${w}`);
      }
      this.disposables.push(store.onDidChange(() => this.changeEmitter.fire()));
      return store;
    });
    return this.opening;
  }

  async reload(): Promise<void> {
    try {
      await (await this.store()).reload();
    } catch (err) {
      this.services.log.warn(`practice: could not re-read the rounds: ${String(err)}`);
    }
  }

  prompts(pack: Pack): PracticePrompt[] {
    const settings = readCoachSettings();
    const configured = settingsLookup(undefined)(OUTLINE_SETTING);
    const outline = typeof configured === 'number' ? configured : 0;
    const key = `${settings.answerSeconds}/${outline}`;
    if (this.promptCache?.pack !== pack || this.promptCache.key !== key) {
      const prompts = practicePrompts(pack, { answerSeconds: settings.answerSeconds }).map((p) => (outline > 0 ? { ...p, outlineSeconds: outline } : p));
      this.promptCache = { pack, key, prompts };
    }
    return this.promptCache.prompts;
  }

  async ranked(): Promise<{ pack: Pack; needs: PromptNeed[] } | undefined> {
    const pack = await this.services.packs.pack();
    if (!pack) return undefined;
    const store = await this.store();
    return { pack, needs: rankPrompts(this.prompts(pack), store.rounds(pack.manifest.id), store.cards(pack.manifest.id), this.scheduler) };
  }

  /** The dashboard's figures now; the drafts are the coach's index (scanned once, then followed). */
  async readiness(): Promise<Readiness | undefined> {
    const t = performance.now();
    const pack = await this.services.packs.pack();
    if (!pack) return undefined;
    const tPack = performance.now();
    await this.coach.index.start();
    const tDrafts = performance.now();
    const [store, quizStore] = await Promise.all([this.store(), this.quiz.service.store()]);
    // Rounds another window recorded since: the dashboard counts them too.
    await store.reload().catch((err: unknown) => this.services.log.warn(`practice: could not re-read the rounds: ${String(err)}`));
    const tStores = performance.now();
    const bank = this.quiz.service.bankFor(pack);
    const drafts: DraftFigures[] = this.coach.index.drafts.map((d) => ({
      path: d.path,
      text: d.text,
      analysis: d.analysis,
      redFlags: this.services.lint.lintText(d.text, d.uri).filter((f) => !isCoachRule(f.ruleId) && f.severity !== 'hint'),
    }));
    const tLint = performance.now();
    const figures = readiness({
      pack,
      bank,
      quizCards: quizStore.cards(bank.packId),
      prompts: this.prompts(pack),
      rounds: store.rounds(pack.manifest.id),
      roundCards: store.cards(pack.manifest.id),
      drafts,
      scheduler: this.scheduler,
      maxStoryReuse: readCoachSettings().maxStoryReuse,
    });
    const ms = (a: number, b: number) => Math.round(b - a);
    this.lastSteps = { pack: ms(t, tPack), drafts: ms(tPack, tDrafts), stores: ms(tDrafts, tStores), lint: ms(tStores, tLint), figures: ms(tLint, performance.now()) };
    return figures;
  }

  /** How long each part of the last `readiness()` took (ms): loading the pack, scanning the drafts, reading the stores, linting, adding up. */
  lastSteps: Readonly<Record<'pack' | 'drafts' | 'stores' | 'lint' | 'figures', number>> | undefined;

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
