import * as vscode from 'vscode';
import type { Pack, Severity } from '../../core/content/types';
import { LintRun, lintText, type Analyzer, type Finding, type LintOptions, type RuleProblem, type SentenceAnalyser } from '../../core/lint';
import { lintOptionsFrom, type LintSettings } from '../../core/lint/settings';
import type { PackService } from '../packService';
import { affectsLint, readLintSettings, type DraftSelector } from './lintSettings';
import { repoConfig } from '../config/repoConfig';
import { yieldToHost } from '../platform/host';

export const LINT_SOURCE = 'Interview Coach';
export const OPEN_REASON_COMMAND = 'interviewCoach.lint.openReason';
/** VS Code keeps at most this many diagnostics per file; we make no more than it shows. */
export const MAX_DIAGNOSTICS = 1000;
/** A slice of linting never holds the extension host longer than this. */
const SLICE_MS = 8;
/**
 * Views of a file that are not the file (a git diff's other side, output, comments): never linted.
 * Every other scheme is, so drafts in virtual workspaces (vscode-vfs, github.dev) are too.
 */
const NOT_LINTED_SCHEMES = new Set(['git', 'gitlens', 'output', 'vscode-scm', 'comment', 'merge-conflict.conflict-diff', 'vscode-notebook-cell-output', 'debug']);

const SEVERITY: Readonly<Record<Severity, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The findings of one version of one document, and the diagnostics made of them (same order). */
export interface LintResult {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly findings: readonly Finding[];
  readonly diagnostics: readonly vscode.Diagnostic[];
  /** How many slices the lint took (the extension host was given back between them). */
  readonly slices?: number;
}

/** Typing pauses this long before a lint; longer for big files, whose lint costs more. */
export function debounceFor(length: number): number {
  return 150 + Math.min(2000, Math.floor(length / 5000));
}

export function toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
  const d = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity]);
  d.source = LINT_SOURCE;
  // The rule id links to the reason in the guide.
  d.code = { value: finding.ruleId, target: vscode.Uri.parse(`command:${OPEN_REASON_COMMAND}?${encodeURIComponent(JSON.stringify([finding.ruleId]))}`) };
  return d;
}

/** The length of a document without copying its text (VS Code keeps line offsets). */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

interface Job {
  readonly version: number;
  cancelled: boolean;
  readonly done: Promise<LintResult | undefined>;
}

/**
 * Lints answer drafts as they are opened and typed: a short debounce, then the engine works in
 * slices of a few milliseconds (so even a 10 MB draft never holds the extension host), and a
 * result is published only if the document is still at the version it was made from. Results
 * are kept per document for code actions, hovers and the status bar; a closed document's
 * diagnostics are cleared.
 */
export class LintController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('interview-coach-lint');
  private readonly results = new Map<string, LintResult>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly jobs = new Map<string, Job>();
  /** Documents the user asked to lint ("Lint This File") whether or not they are drafts. */
  private readonly forced = new Set<string>();
  private readonly analyzers: Analyzer[] = [];
  /** Where the meaning tier reads sentences; none until `useLanguage` (phrase rules only). */
  private language: SentenceAnalyser | undefined;
  private readonly lintEmitter = new vscode.EventEmitter<LintResult>();
  /** A document's findings changed (published or cleared: then `findings` is empty). */
  readonly onDidLint = this.lintEmitter.event;
  private readonly busyEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** A lint of this document started or finished (see `isBusy`). */
  readonly onDidChangeBusy = this.busyEmitter.event;
  private readonly disposables: vscode.Disposable[] = [this.collection, this.lintEmitter, this.busyEmitter];
  private settingsCache = new Map<string, LintSettings>();
  private reportedProblems = new Set<string>();

  constructor(
    private readonly packs: PackService,
    private readonly drafts: DraftSelector,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.consider(d, () => 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.consider(e.document, () => debounceFor(documentLength(e.document)));
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.forced.delete(d.uri.toString());
        this.clear(d.uri);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!affectsLint(e)) return;
        this.settingsCache.clear();
        this.relintOpen();
      }),
      packs.onDidChange(() => this.relintOpen()),
      drafts.onDidChange(() => {
        // Also fires when a config file changes: its lint settings may have too.
        this.settingsCache.clear();
        this.relintOpen();
      }),
    );
  }

  /** Lints every open document that should be (called once the extension is ready). */
  start(): void {
    for (const d of vscode.workspace.textDocuments) this.consider(d, () => 0);
  }

  settingsFor(uri: vscode.Uri | undefined): LintSettings {
    const folder = uri ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
    const key = `${folder?.uri.toString() ?? ''}|${repoConfig()?.keyFor(uri ?? folder?.uri) ?? ''}`;
    let s = this.settingsCache.get(key);
    if (!s) {
      s = readLintSettings(folder?.uri, (message) => this.warnOnce(`setting:${message}`, `Interview Coach: ${message}`), uri ?? folder?.uri);
      this.settingsCache.set(key, s);
    }
    return s;
  }

  optionsFor(uri: vscode.Uri | undefined): LintOptions {
    return {
      ...lintOptionsFrom(this.settingsFor(uri)),
      ...(this.analyzers.length > 0 ? { analyzers: [...this.analyzers] } : {}),
      ...(this.language ? { language: this.language } : {}),
    };
  }

  /** Whether a document is linted: a draft while linting is enabled, or one the user asked for. */
  shouldLint(document: vscode.TextDocument): boolean {
    if (NOT_LINTED_SCHEMES.has(document.uri.scheme)) return false;
    if (this.forced.has(document.uri.toString())) return true;
    return this.settingsFor(document.uri).enabled && this.drafts.isDraftDocument(document);
  }

  /** "Lint This File": lints now, and keeps linting this document as it changes until it closes. */
  async lintNow(document: vscode.TextDocument, force = false): Promise<LintResult | undefined> {
    if (force) this.forced.add(document.uri.toString());
    if (!this.shouldLint(document)) return undefined;
    this.cancelTimer(document.uri);
    return this.run(document);
  }

  /** The findings of the document's current version: the published ones, or computed now. */
  resultFor(document: vscode.TextDocument): LintResult | undefined {
    const known = this.results.get(document.uri.toString());
    if (known && known.version === document.version) return known;
    if (!this.shouldLint(document) || !this.packs.current) return known;
    // A code action or hover asked before the debounce ran: lint now (small files only).
    const text = document.getText();
    if (text.length > 512 * 1024) return undefined;
    const findings = lintText(text, this.pack(), this.optionsFor(document.uri));
    return { uri: document.uri, version: document.version, findings, diagnostics: findings.slice(0, MAX_DIAGNOSTICS).map((f) => toDiagnostic(document, f)) };
  }

  /** The last published result, whatever its version. */
  published(uri: vscode.Uri): LintResult | undefined {
    return this.results.get(uri.toString());
  }

  isBusy(uri: vscode.Uri): boolean {
    return this.jobs.has(uri.toString());
  }

  /** Sets the findings of a document that is not open (workspace lint). */
  publishClosed(uri: vscode.Uri, findings: readonly Finding[], diagnostics: readonly vscode.Diagnostic[]): void {
    this.collection.set(uri, [...diagnostics]);
    const result = { uri, version: -1, findings, diagnostics };
    this.results.set(uri.toString(), result);
    this.lintEmitter.fire(result);
  }

  /**
   * Turns on the meaning tier. The analyser answers from what it has read; when it reads more
   * (the model loads lazily, off this thread), `onDidRead` relints the open drafts.
   */
  useLanguage(language: SentenceAnalyser, onDidRead: vscode.Event<void>): vscode.Disposable {
    this.language = language;
    const sub = onDidRead(() => this.relintOpen());
    return new vscode.Disposable(() => {
      sub.dispose();
      if (this.language === language) this.language = undefined;
    });
  }

  /** Adds checks that run on every linted document (the coach uses this); relints open ones. */
  addAnalyzer(analyzer: Analyzer): vscode.Disposable {
    this.analyzers.push(analyzer);
    this.relintOpen();
    return new vscode.Disposable(() => {
      const i = this.analyzers.indexOf(analyzer);
      if (i >= 0) this.analyzers.splice(i, 1);
      this.relintOpen();
    });
  }

  pack(): Pack | undefined {
    return this.packs.current?.result.pack;
  }

  private consider(document: vscode.TextDocument, delay: () => number): void {
    if (this.shouldLint(document)) {
      this.schedule(document, delay());
    } else if (this.results.has(document.uri.toString()) && this.results.get(document.uri.toString())!.version !== -1) {
      this.clear(document.uri);
    }
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString();
    this.cancelTimer(document.uri);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.run(document);
      }, delay),
    );
  }

  private cancelTimer(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
  }

  private async run(document: vscode.TextDocument): Promise<LintResult | undefined> {
    const key = document.uri.toString();
    const version = document.version;
    const running = this.jobs.get(key);
    if (running && running.version === version && !running.cancelled) return running.done;
    if (running) running.cancelled = true;
    const job: Job = { version, cancelled: false, done: Promise.resolve(undefined) };
    (job as { done: Promise<LintResult | undefined> }).done = this.work(document, job);
    this.jobs.set(key, job);
    this.busyEmitter.fire(document.uri);
    try {
      return await job.done;
    } finally {
      if (this.jobs.get(key) === job) {
        this.jobs.delete(key);
        this.busyEmitter.fire(document.uri);
      }
    }
  }

  private async work(document: vscode.TextDocument, job: Job): Promise<LintResult | undefined> {
    await this.packs.get();
    const superseded = () => job.cancelled || document.isClosed || document.version !== job.version;
    if (superseded()) return undefined;
    const started = performance.now();
    const run = new LintRun(document.getText(), this.pack(), this.optionsFor(document.uri));
    this.reportRuleProblems(run.problems);
    let slices = 1;
    while (!run.step(SLICE_MS)) {
      slices++;
      // Give the extension host back between slices; stop if the text moved on.
      await yieldToHost();
      if (superseded()) return undefined;
    }
    if (superseded()) return undefined;
    const findings = run.findings;
    const diagnostics = findings.slice(0, MAX_DIAGNOSTICS).map((f) => toDiagnostic(document, f));
    this.collection.set(document.uri, diagnostics);
    const result: LintResult = { uri: document.uri, version: job.version, findings, diagnostics, slices };
    this.results.set(document.uri.toString(), result);
    const ms = performance.now() - started;
    if (ms > 50) this.log.info(`lint: ${vscode.workspace.asRelativePath(document.uri)} (${run.text.length} characters) in ${ms.toFixed(0)} ms, ${findings.length} findings`);
    this.lintEmitter.fire(result);
    return result;
  }

  private relintOpen(): void {
    for (const d of vscode.workspace.textDocuments) {
      const key = d.uri.toString();
      if (this.shouldLint(d)) this.schedule(d, 0);
      else if (this.results.has(key)) this.clear(d.uri);
    }
  }

  private clear(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cancelTimer(uri);
    const job = this.jobs.get(key);
    if (job) job.cancelled = true;
    this.collection.delete(uri);
    if (this.results.delete(key)) this.lintEmitter.fire({ uri, version: -1, findings: [], diagnostics: [] });
  }

  /**
   * A setting's phrase that does not compile: once, as a message. A pack's own bad pattern is the
   * loader's content problem, shown on the pattern's line with the pack's other problems.
   */
  private reportRuleProblems(problems: readonly RuleProblem[]): void {
    for (const p of problems) {
      if (p.ref) continue;
      this.warnOnce(`rule:${p.ruleId}:${p.pattern}:${p.message}`, `Interview Coach: ${p.setting ?? `rule "${p.ruleId}"`} is skipped: ${p.message}`);
    }
  }

  private warnOnce(key: string, message: string): void {
    if (this.reportedProblems.has(key)) return;
    this.reportedProblems.add(key);
    this.log.warn(message);
    void vscode.window.showWarningMessage(message, 'Open Settings').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'interviewCoach.lint');
    });
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const j of this.jobs.values()) j.cancelled = true;
    for (const d of this.disposables) d.dispose();
  }
}
