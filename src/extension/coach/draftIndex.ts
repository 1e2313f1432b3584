import { COACH_MAX_CHARS } from '../../core/coach/analyzer';
import * as vscode from 'vscode';
import { analyzeDraft, type DraftAnalysis } from '../../core/coach/analyze';
import { analyzeCoverage, type Coverage } from '../../core/coach/coverage';
import type { Pack } from '../../core/content/types';
import type { Finding } from '../../core/lint/finding';
import type { PackService } from '../packService';
import { affectsCoach, readCoachSettings, type CoachSettings } from './settings';
import { repoConfig } from '../config/repoConfig';
import { decodeText } from '../../core/text/decodeText';
import { fileExists } from '../util/fileExists';

/** Decides which markdown files are answer drafts (the lint feature's `drafts.include` + frontmatter). */
export interface DraftMatcher {
  isDraft(uri: vscode.Uri, text: string): boolean;
  /** For an open document (untitled ones included). */
  isDraftDocument(document: vscode.TextDocument): boolean;
  /** Fires when what counts as a draft changes (a setting). */
  readonly onDidChange?: vscode.Event<void>;
}

/** Counts red flags in a draft's text; undefined when linting is off for it. */
export type RedFlagCounter = (text: string, uri: vscode.Uri) => number | undefined;

export interface DraftEntry {
  readonly uri: vscode.Uri;
  /** Relative to its workspace folder, `/`-separated; the path shown and used in coverage. */
  readonly path: string;
  readonly text: string;
  /** The open document's version the entry was made from; undefined when read from disk. */
  readonly version?: number;
  readonly analysis: DraftAnalysis;
  readonly redFlags?: number;
}

const MARKDOWN_GLOB = '**/*.{md,markdown}';
const EXCLUDE_GLOB = '{**/node_modules/**,**/.git/**,**/out/**,**/dist/**}';
/** Larger markdown files are not read during the workspace scan (they are not answer drafts). */
const MAX_SCAN_BYTES = COACH_MAX_CHARS;
const TYPING_DEBOUNCE_MS = 250;

/**
 * Every answer draft of the workspace with its analysis, and the coverage across them. Open
 * documents are analysed from their live text (debounced while typing), the rest from disk (a
 * watcher keeps them current). Nothing is read until `start()`, so activation stays cheap.
 */
export class DraftIndex implements vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changeEmitter.event;
  private readonly entries = new Map<string, DraftEntry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The latest refresh or deletion of each file (see `supersede`): an older refresh that ends later is dropped. */
  private readonly generations = new Map<string, number>();
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  private readonly documentCache = new Map<string, { version: number; pack: Pack; settings: CoachSettings; entry: DraftEntry | undefined }>();
  private coverageCache: Coverage | undefined;
  private scanning: Promise<void> | undefined;
  private settings: CoachSettings = readCoachSettings();
  private fireScheduled = false;

  constructor(
    private readonly packs: PackService,
    private readonly matcher: DraftMatcher,
    private readonly countRedFlags?: RedFlagCounter,
  ) {
    this.disposables.push(
      ...(repoConfig() ? [repoConfig()!.onDidChange(() => this.settingsChanged())] : []),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affectsCoach(e)) this.settingsChanged();
      }),
    );
  }

  private settingsChanged(): void {
    const wasEnabled = this.settings.enabled;
    this.settings = readCoachSettings();
    // Which files are drafts follows drafts.include through the matcher; settings only change
    // analyses, unless the coach was off (then nothing is known yet).
    if (!this.started) this.changed();
    else if (!wasEnabled && this.settings.enabled) void this.rescan();
    else this.reanalyze();
  }

  /** Scans the workspace once (later calls return the same promise) and starts following changes. */
  start(): Promise<void> {
    this.scanning ??= this.scan();
    return this.scanning;
  }

  /** Scans the workspace again (the "Refresh" button). */
  async refresh(): Promise<void> {
    if (!this.started) return this.start();
    await this.scanning;
    await this.rescan();
  }

  get started(): boolean {
    return this.scanning !== undefined;
  }

  /** The drafts, sorted by path. */
  get drafts(): DraftEntry[] {
    return [...this.entries.values()].sort((a, b) => a.path.localeCompare(b.path));
  }

  /** The pack the analyses were made against. */
  get pack(): Pack | undefined {
    return this.packs.current?.result.pack;
  }

  get coverage(): Coverage | undefined {
    const pack = this.packs.current?.result.pack;
    if (!pack) return undefined;
    this.coverageCache ??= analyzeCoverage(this.drafts, pack, this.settings);
    return this.coverageCache;
  }

  entry(uri: vscode.Uri): DraftEntry | undefined {
    return this.entries.get(uri.toString());
  }

  /** Findings for a draft: its own, plus what coverage says about it (a story told too often). */
  findings(uri: vscode.Uri, analysis: DraftAnalysis): Finding[] {
    const fromCoverage = this.coverage?.findings.get(this.entry(uri)?.path ?? '') ?? [];
    return [...analysis.findings, ...fromCoverage].sort((a, b) => a.start - b.start);
  }

  /**
   * The analysis of an open document, at its current version (cached), or undefined when it is not
   * an answer draft, the coach is off, or the pack has not loaded.
   */
  analyzeDocument(document: vscode.TextDocument): DraftEntry | undefined {
    const pack = this.packs.current?.result.pack;
    if (!pack || !this.settings.enabled || document.languageId !== 'markdown') return undefined;
    const key = document.uri.toString();
    const cached = this.documentCache.get(key);
    if (cached && cached.version === document.version && cached.pack === pack && cached.settings === this.settings) return cached.entry;
    // A real answer is a few KB; a huge markdown file is not coached (it would hold the extension
    // host), and its length is read without copying its text.
    const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    const entry = length <= MAX_SCAN_BYTES && this.matcher.isDraftDocument(document) ? this.makeEntry(document.uri, document.getText(), pack, document.version) : undefined;
    this.documentCache.set(key, { version: document.version, pack, settings: this.settings, entry });
    return entry;
  }

  private makeEntry(uri: vscode.Uri, text: string, pack: Pack, version?: number): DraftEntry {
    const analysis = analyzeDraft(text, pack, this.settings);
    const redFlags = this.countRedFlags?.(text, uri);
    return { uri, path: relativePath(uri), text, ...(version !== undefined ? { version } : {}), analysis, ...(redFlags !== undefined ? { redFlags } : {}) };
  }

  private async scan(): Promise<void> {
    this.listen();
    await this.packs.get();
    await this.rescan();
  }

  private async rescan(): Promise<void> {
    const uris = vscode.workspace.workspaceFolders?.length ? await vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDE_GLOB) : [];
    const seen = new Set<string>();
    await Promise.all(
      uris.map(async (uri) => {
        seen.add(uri.toString());
        await this.refreshFile(uri, false);
      }),
    );
    // Gone from disk: kept only while an open document holds unsaved text for it.
    for (const key of [...this.entries.keys()]) {
      if (seen.has(key)) continue;
      const document = this.openDocument(vscode.Uri.parse(key));
      if (document && holdsUnsavedText(document)) continue;
      // A refresh still reading it (scheduled when its editor closed, say) must not bring it back.
      this.supersede(key);
      this.entries.delete(key);
    }
    this.changed();
  }

  /** Analyses every known draft again from the text it has (a new pack, new settings): no file is read. */
  private reanalyze(): void {
    const pack = this.packs.current?.result.pack;
    for (const [key, entry] of [...this.entries]) {
      const document = this.openDocument(entry.uri);
      const next = !pack || !this.settings.enabled ? undefined : document ? this.analyzeDocument(document) : this.makeEntry(entry.uri, entry.text, pack);
      if (next) this.entries.set(key, next);
      else this.entries.delete(key);
    }
    this.changed();
  }

  private listen(): void {
    const watcher = vscode.workspace.createFileSystemWatcher(MARKDOWN_GLOB);
    // A deleted folder is reported as the folder alone: drop the drafts that were inside it.
    const folders = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
    this.disposables.push(
      watcher,
      folders,
      folders.onDidDelete((uri) => {
        const prefix = `${uri.toString()}/`;
        let removed = false;
        for (const key of [...this.entries.keys()]) {
          if (!key.startsWith(prefix)) continue;
          this.supersede(key);
          if (this.entries.delete(key)) removed = true;
        }
        if (removed) this.changed();
      }),
      watcher.onDidCreate((uri) => this.schedule(uri, 0)),
      watcher.onDidChange((uri) => {
        // An open document is followed through its edits; its saves change nothing here.
        if (!this.openDocument(uri)) this.schedule(uri, 0);
      }),
      watcher.onDidDelete((uri) => {
        this.supersede(uri.toString());
        if (this.entries.delete(uri.toString())) this.changed();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.languageId === 'markdown' && e.contentChanges.length > 0) this.schedule(e.document.uri, TYPING_DEBOUNCE_MS);
      }),
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (d.languageId === 'markdown') this.schedule(d.uri, 0);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.documentCache.delete(d.uri.toString());
        // Unsaved edits are gone: what counts now is the file on disk (or nothing, if it never was one).
        if (d.languageId === 'markdown') this.schedule(d.uri, 0);
      }),
      this.packs.onDidChange(() => this.reanalyze()),
    );
    if (this.matcher.onDidChange) this.disposables.push(this.matcher.onDidChange(() => void this.rescan()));
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
  }

  private schedule(uri: vscode.Uri, delay: number): void {
    if (!this.started) return;
    const key = uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.refreshing++;
        void this.refreshFile(uri, true).finally(() => {
          this.refreshing--;
          this.settledIfIdle();
        });
      }, delay),
    );
  }

  /** Refreshes scheduled by an event that are under way. */
  private refreshing = 0;
  private readonly settledWaiters: (() => void)[] = [];

  /** Resolves once no refresh is scheduled or under way (a typing pause, a file event). */
  whenSettled(): Promise<void> {
    if (this.timers.size === 0 && this.refreshing === 0) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  private settledIfIdle(): void {
    if (this.timers.size === 0 && this.refreshing === 0) for (const resolve of this.settledWaiters.splice(0)) resolve();
  }

  /** Re-reads one file (from its open document if there is one) and updates its entry. */
  private async refreshFile(uri: vscode.Uri, announce: boolean): Promise<void> {
    const key = uri.toString();
    const generation = this.supersede(key);
    const pack = this.packs.current?.result.pack;
    let entry: DraftEntry | undefined;
    if (pack && this.settings.enabled && vscode.workspace.getWorkspaceFolder(uri)) {
      const document = this.openDocument(uri);
      // A closed editor's document lingers in workspace.textDocuments for a while: once its file is
      // deleted, it is no longer a draft and must not bring the entry back (see `holdsUnsavedText`).
      if (document && (holdsUnsavedText(document) || (await fileExists(uri)))) {
        entry = this.analyzeDocument(document);
      } else if (!document) {
        const text = await readSmallFile(uri);
        if (text !== undefined && this.matcher.isDraft(uri, text)) entry = this.makeEntry(uri, text, pack);
      }
    }
    // A later refresh or a deletion happened while this one read the file: its result is stale
    // (a read that began before a delete must not bring the deleted draft back).
    if (this.generations.get(key) !== generation) return;
    this.generations.delete(key);
    const before = this.entries.get(key);
    if (entry) this.entries.set(key, entry);
    else this.entries.delete(key);
    if (announce && (entry || before)) this.changed();
  }

  /** Marks every refresh of `key` still under way as stale; returns the new generation. */
  private supersede(key: string): number {
    const next = ++this.generation;
    this.generations.set(key, next);
    return next;
  }

  private changed(): void {
    this.coverageCache = undefined;
    // Several files changing in one tick (a scan, a checkout) make one event.
    if (this.fireScheduled) return;
    this.fireScheduled = true;
    queueMicrotask(() => {
      this.fireScheduled = false;
      this.changeEmitter.fire();
    });
  }

  /** Current settings, for the status bar and CodeLens texts. */
  get currentSettings(): CoachSettings {
    return this.settings;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * Whether a document holds text that exists nowhere else: untitled, or dirty and shown in a tab.
 * A closed editor's document lingers in workspace.textDocuments, and VS Code can mark it dirty
 * when its file is deleted (an orphan; seen in VS Code 1.100 about one time in five); that
 * document is not something the user has open, and its draft is gone.
 */
function holdsUnsavedText(document: vscode.TextDocument): boolean {
  if (document.isUntitled) return true;
  if (!document.isDirty) return false;
  const key = document.uri.toString();
  return vscode.window.tabGroups.all.some((group) =>
    group.tabs.some((tab) => (tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === key) || (tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === key)),
  );
}

export function relativePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

async function readSmallFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    // (A symbolic link to a file is File | SymbolicLink: a draft, as the linter takes it.)
    if (stat.size > MAX_SCAN_BYTES || (stat.type & vscode.FileType.File) === 0) return undefined;
    return decodeText(await vscode.workspace.fs.readFile(uri)).text;
  } catch {
    return undefined;
  }
}
