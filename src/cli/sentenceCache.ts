import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGE_MODEL_VERSION, packAnalysis, unpackAnalysis, type LanguageModel, type PackedAnalysis, type SentenceAnalysis } from '../core/language';
import type { SentenceAnalyser } from '../core/lint';
import { cacheFolder } from './cacheFolder';

/** Entries kept at most per shard; past it, only the sentences of the latest run are kept. */
const MAX_ENTRIES = 4_000;
/** The cache is split in this many files by a hash of the sentence, so a short draft reads a few small ones. */
const SHARDS = 64;

/**
 * The CLI's sentence analyser: a per-sentence analysis cache on disk (keyed by the sentence's
 * text and the model's version) in front of the model, which is loaded only on a miss. So a
 * pre-commit hook on unchanged drafts never loads the model; the cache file is read only when
 * a sentence passes the meaning tier's prefilter. Set INTERVIEW_COACH_NO_CACHE=1 to bypass the
 * cache, INTERVIEW_COACH_NO_MEANING=1 to turn the meaning tier off.
 */
export class CliSentenceAnalyser implements SentenceAnalyser {
  private readonly shards = new Map<number, Record<string, PackedAnalysis>>();
  private readonly used = new Set<string>();
  private readonly dirty = new Set<number>();
  private model: LanguageModel | null | undefined;
  private readonly prefix: string;

  constructor(
    private readonly modelFile: string,
    private readonly useCache = !process.env['INTERVIEW_COACH_NO_CACHE'],
  ) {
    const key = createHash('sha1').update(LANGUAGE_MODEL_VERSION).digest('hex').slice(0, 16);
    this.prefix = join(cacheFolder(), `sentences-${key}-`);
  }

  /** Whether the model was loaded in this run (for tests and the bench). */
  get loadedModel(): boolean {
    return !!this.model;
  }

  analyse(sentence: string): SentenceAnalysis | undefined {
    const shard = shardOf(sentence);
    const entries = this.load(shard);
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
    this.dirty.add(shard);
    return analysis;
  }

  /** Writes new analyses back (atomically); a failure only means analysing again next time. */
  save(): void {
    if (this.dirty.size === 0 || !this.useCache) return;
    try {
      mkdirSync(cacheFolder(), { recursive: true });
      for (const shard of this.dirty) {
        let entries = this.shards.get(shard)!;
        if (Object.keys(entries).length > MAX_ENTRIES) entries = Object.fromEntries(Object.entries(entries).filter(([s]) => this.used.has(s)));
        const file = `${this.prefix}${shard}.json`;
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify(entries));
        renameSync(tmp, file);
      }
      this.dirty.clear();
    } catch {
      // A read-only home or a full disk.
    }
  }

  private load(shard: number): Record<string, PackedAnalysis> {
    let entries = this.shards.get(shard);
    if (entries) return entries;
    entries = Object.create(null) as Record<string, PackedAnalysis>;
    this.shards.set(shard, entries);
    if (!this.useCache) return entries;
    try {
      const parsed = JSON.parse(readFileSync(`${this.prefix}${shard}.json`, 'utf8')) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) Object.assign(entries, parsed);
    } catch {
      // No cache yet, or a corrupt one: start afresh.
    }
    return entries;
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

/** A cheap, stable hash of a sentence (FNV-1a) to pick its shard. */
function shardOf(sentence: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < sentence.length; i++) {
    h ^= sentence.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % SHARDS;
}

/** The CLI's analyser, or none when the meaning tier is turned off. `dir` holds the CLI bundle. */
export function cliSentenceAnalyser(dir: string): CliSentenceAnalyser | undefined {
  if (process.env['INTERVIEW_COACH_NO_MEANING']) return undefined;
  return new CliSentenceAnalyser(join(dir, 'language-model.js'));
}
