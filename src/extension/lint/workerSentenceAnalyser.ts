import * as vscode from 'vscode';
import { unpackAnalysis, type PackedAnalysis, type SentenceAnalysis } from '../../core/language';
import type { SentenceAnalyser } from '../../core/lint';
import { startLanguageWorker, type LanguageWorker } from '../platform/host';

/** Analyses kept at most (oldest dropped first). */
const MAX_ENTRIES = 20_000;

/**
 * The editor's sentence analyser. The model never loads on the extension host's thread: the
 * first sentence that needs reading starts a worker (a Node worker thread on the desktop, a Web
 * Worker on the web: see ../platform/host.ts) that loads it; until its analyses
 * come back, `analyse` answers `undefined` (the lint shows phrase findings meanwhile) and
 * `onDidRead` then asks for a relint. Analyses are kept by sentence text, so typing elsewhere
 * in a draft reads only the sentences that changed.
 */
export class WorkerSentenceAnalyser implements SentenceAnalyser, vscode.Disposable {
  private readonly known = new Map<string, SentenceAnalysis>();
  private readonly pending = new Set<string>();
  private readonly inFlight = new Set<string>();
  private worker: LanguageWorker | undefined;
  private failed = false;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private nextId = 1;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** New sentences were read: lint again to see their meaning findings. */
  readonly onDidRead = this.emitter.event;

  constructor(
    /** The extension's `dist` folder, which holds the language model and its workers. */
    private readonly dist: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  analyse(sentence: string): SentenceAnalysis | undefined {
    const known = this.known.get(sentence);
    if (known) return known;
    if (this.failed) return undefined;
    if (!this.inFlight.has(sentence)) this.pending.add(sentence);
    this.flushTimer ??= setTimeout(() => this.flush(), 0);
    return undefined;
  }

  private flush(): void {
    this.flushTimer = undefined;
    if (this.pending.size === 0 || this.failed) return;
    const sentences = [...this.pending];
    this.pending.clear();
    for (const s of sentences) this.inFlight.add(s);
    const worker = this.start();
    worker?.post({ id: this.nextId++, sentences });
  }

  private start(): LanguageWorker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      const started = performance.now();
      const worker = startLanguageWorker(this.dist);
      if (!worker) {
        this.fail('this extension host cannot start a worker for it');
        return undefined;
      }
      let first = true;
      worker.onMessage((message) => {
        const m = message as { error?: string; analyses?: PackedAnalysis[]; id?: number };
        if (m.error) return this.fail(m.error);
        if (first) {
          first = false;
          this.log.info(`language model ready in ${Math.round(performance.now() - started)} ms (${worker.kind})`);
        }
        this.receive(m.analyses ?? []);
      });
      worker.onError((err) => this.fail(err.message));
      this.worker = worker;
    } catch (err) {
      this.fail((err as Error).message);
    }
    return this.worker;
  }

  private readonly order: string[] = [];
  private receive(analyses: PackedAnalysis[]): void {
    // Answers come in the order the batches were sent.
    const batch = [...this.inFlight].slice(0, analyses.length);
    batch.forEach((sentence, i) => {
      this.inFlight.delete(sentence);
      const analysis = unpackAnalysis(sentence, analyses[i]);
      if (!analysis) return;
      this.known.set(sentence, analysis);
      this.order.push(sentence);
    });
    while (this.order.length > MAX_ENTRIES) this.known.delete(this.order.shift()!);
    this.emitter.fire();
  }

  private fail(message: string): void {
    if (this.failed) return;
    this.failed = true;
    this.log.warn(`the language model could not start, so red flags are matched by phrase only: ${message}`);
    this.pending.clear();
    this.inFlight.clear();
    this.worker?.terminate();
    this.worker = undefined;
  }

  dispose(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.worker?.terminate();
    this.emitter.dispose();
  }
}
