import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGE_MODEL_VERSION, packAnalysis, unpackAnalysis, type LanguageModel, type PackedAnalysis, type SentenceAnalysis } from '../core/language';
import type { SentenceAnalyser } from '../core/lint';
import { cacheFolder } from './cacheFolder';

/** Entries kept at most; past it, only the sentences of the latest run are kept. */
const MAX_ENTRIES = 50_000;

/**
 * The CLI's sentence analyser: a per-sentence analysis cache on disk (keyed by the sentence's
 * text and the model's version) in front of the model, which is loaded only on a miss. So a
 * pre-commit hook on unchanged drafts never loads the model; the cache file is read only when
 * a sentence passes the meaning tier's prefilter. Set INTERVIEW_COACH_NO_CACHE=1 to bypass the
 * cache, INTERVIEW_COACH_NO_MEANING=1 to turn the meaning tier off.
 */
export class CliSentenceAnalyser implements SentenceAnalyser {
  private entries: Record<string, PackedAnalysis> | undefined;
  private readonly used = new Set<string>();
  private dirty = false;
  private model: LanguageModel | null | undefined;
  private readonly file: string;

  constructor(
    private readonly modelFile: string,
    private readonly useCache = !process.env['INTERVIEW_COACH_NO_CACHE'],
  ) {
    const key = createHash('sha1').update(LANGUAGE_MODEL_VERSION).digest('hex').slice(0, 16);
    this.file = join(cacheFolder(), `sentences-${key}.json`);
  }

  /** Whether the model was loaded in this run (for tests and the bench). */
  get loadedModel(): boolean {
    return !!this.model;
  }

  analyse(sentence: string): SentenceAnalysis | undefined {
    const entries = this.load();
    const packed = entries[sentence];
    if (packed) {
      const analysis = unpackAnalysis(sentence, packed);
      if (analysis) {
        this.used.add(sentence);
        return analysis;
      }
    }
    const model = this.loadModel();
    if (!model) return undefined;
    const analysis = model.analyse(sentence);
    entries[sentence] = packAnalysis(analysis);
    this.used.add(sentence);
    this.dirty = true;
    return analysis;
  }

  /** Writes new analyses back (atomically); a failure only means analysing again next time. */
  save(): void {
    if (!this.dirty || !this.useCache || !this.entries) return;
    try {
      let entries = this.entries;
      if (Object.keys(entries).length > MAX_ENTRIES) entries = Object.fromEntries([...this.used].map((s) => [s, entries[s]!]));
      mkdirSync(cacheFolder(), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(entries));
      renameSync(tmp, this.file);
      this.dirty = false;
    } catch {
      // A read-only home or a full disk.
    }
  }

  private load(): Record<string, PackedAnalysis> {
    if (this.entries) return this.entries;
    this.entries = Object.create(null) as Record<string, PackedAnalysis>;
    if (!this.useCache) return this.entries;
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) Object.assign(this.entries, parsed);
    } catch {
      // No cache yet, or a corrupt one: start afresh.
    }
    return this.entries;
  }

  private loadModel(): LanguageModel | undefined {
    if (this.model === undefined) {
      this.model = null;
      try {
        if (existsSync(this.modelFile)) {
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          const m = require(this.modelFile) as { createLanguageModel(): LanguageModel };
          this.model = m.createLanguageModel();
        }
      } catch {
        this.model = null;
      }
    }
    return this.model ?? undefined;
  }
}

/** The CLI's analyser, or none when the meaning tier is turned off. `dir` holds the CLI bundle. */
export function cliSentenceAnalyser(dir: string): CliSentenceAnalyser | undefined {
  if (process.env['INTERVIEW_COACH_NO_MEANING']) return undefined;
  return new CliSentenceAnalyser(join(dir, 'language-model.js'));
}
