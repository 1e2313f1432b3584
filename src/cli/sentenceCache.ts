import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { LANGUAGE_MODEL_VERSION, packAnalysis, unpackAnalysis, type LanguageModel, type PackedAnalysis, type SentenceAnalysis } from '../core/language';
import type { SentenceAnalyser, SentenceVerdict, VerdictStore } from '../core/lint';
import { cliBuild } from './cliBuild';
import { readCacheEntry, writeCacheEntry } from './cacheEntry';
import { cacheFolder } from './cacheFolder';
import { ModelThread } from './modelThread';
import { SHA256 } from './sha256';

/** Verdicts kept at most per file; past it, only the sentences of the latest run are kept. */
const MAX_VERDICTS = 4_000;
/** Verdict files per rule set, by a hash of the sentence: a short draft reads a few small ones. */
const VERDICT_SHARDS = 16;
/** Entries kept at most per shard; past it, only the sentences of the latest run are kept. */
const MAX_ENTRIES = 4_000;
/** Sentences read through the model's thread at most (see `lookup`). */
const THREAD_CALLS = 100;
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
  /** Analyses unpacked in this run: a sentence repeated across drafts is unpacked (and read) once. */
  private readonly unpacked = new Map<string, SentenceAnalysis>();
  private readonly dirty = new Set<number>();
  private model: LanguageModel | null | undefined;
  private thread: ModelThread | undefined;
  private threadCalls = 0;
  /** The model's version, part of every entry's key: a new model never reads an old model's analyses. */
  private readonly key: string;
  /** Where the shards live; undefined when there is no safe cache folder (then nothing is cached). */
  private readonly folder: string | undefined;
  /**
   * Each sentence's verdicts (the rule ids it is flagged for, and where), so an unchanged
   * sentence costs one lookup: no shard of analyses is read, no model loaded, nothing re-read.
   */
  readonly verdicts: CliVerdictStore | undefined;

  constructor(
    private readonly modelFile: string,
    useCache = !process.env['INTERVIEW_COACH_NO_CACHE'],
  ) {
    this.key = createHash('sha1').update(LANGUAGE_MODEL_VERSION).digest('hex').slice(0, 16);
    this.folder = useCache ? cacheFolder() : undefined;
    this.verdicts = this.folder ? new CliVerdictStore(this.folder, this.key) : undefined;
  }

  /** Whether analyses and verdicts are cached on disk. */
  get caching(): boolean {
    return this.folder !== undefined;
  }

  /** Whether the model was loaded in this run (for tests and the bench). */
  get loadedModel(): boolean {
    return !!this.model;
  }

  /**
   * Starts loading the model on a thread of its own (modelThread.ts), for a run that is about to
   * lint a draft: the load then overlaps the rest of the lint. Only with a second core to run it
   * on (with one it would only compete for it), and only when the model's file is there; the
   * thread is stopped unused when every sentence turns out to be cached.
   */
  prefetch(): void {
    if (this.model !== undefined || this.thread || availableParallelism() < 2 || !existsSync(this.modelFile)) return;
    try {
      this.thread = new ModelThread(this.modelFile, LANGUAGE_MODEL_VERSION);
    } catch {
      // No threads here: the model loads in this one when a sentence needs it.
    }
  }

  /**
   * The meaning tier's state, for caches of what it finds (`lintFindingsCache.ts`): the model's
   * version and whether its file is there (without it, only cached readings are found).
   */
  get state(): string {
    return `meaning ${this.key} ${existsSync(this.modelFile) ? 'model' : 'no model'}`;
  }

  /** Whether a sentence went unread although the model's file is there (it failed): this run's findings are incomplete. */
  get incomplete(): boolean {
    return this.failed;
  }

  private failed = false;

  analyse(sentence: string): SentenceAnalysis | undefined {
    const seen = this.unpacked.get(sentence);
    if (seen) return seen;
    let analysis: SentenceAnalysis | undefined;
    try {
      analysis = this.lookup(sentence);
    } catch (err) {
      // The model's thread stopped (it could not load the model): like a model that failed here.
      if (this.thread?.broken) this.failed = true;
      throw err;
    }
    if (analysis) this.unpacked.set(sentence, analysis);
    return analysis;
  }

  private lookup(sentence: string): SentenceAnalysis | undefined {
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
    let model = this.loadModel();
    if (model && model === this.thread && ++this.threadCalls > THREAD_CALLS) {
      // Many sentences to read (a long new file): each call to the thread waits for it to be
      // scheduled, so past a draft's worth the model loads here and the thread stops.
      this.thread.close();
      this.thread = undefined;
      this.model = undefined;
      model = this.loadModel();
      if (!model) return undefined;
    }
    if (!model) return undefined;
    const analysis = model.analyse(sentence);
    entries[sentence] = packAnalysis(analysis);
    this.used.add(sentence);
    this.dirty.add(shard);
    return analysis;
  }

  /**
   * Writes new analyses back, each shard as a checksummed cache entry written atomically (see
   * cacheEntry.ts); a failure only means analysing again next time.
   */
  save(): void {
    if (this.thread && this.model !== this.thread) this.thread.close();
    this.verdicts?.save();
    if (this.dirty.size === 0 || !this.folder) return;
    for (const shard of this.dirty) {
      let entries = this.shards.get(shard)!;
      if (Object.keys(entries).length > MAX_ENTRIES) entries = Object.fromEntries(Object.entries(entries).filter(([s]) => this.used.has(s)));
      writeCacheEntry(this.folder, this.shardName(shard), this.key, new TextEncoder().encode(JSON.stringify(entries)), SHA256);
    }
    this.dirty.clear();
  }

  private shardName(shard: number): string {
    return `sentences-${this.key}-${shard}.json`;
  }

  private load(shard: number): Record<string, PackedAnalysis> {
    let entries = this.shards.get(shard);
    if (entries) return entries;
    entries = Object.create(null) as Record<string, PackedAnalysis>;
    this.shards.set(shard, entries);
    if (!this.folder) return entries;
    // A shard that was edited, cut short or copied from elsewhere fails its checksum: a miss.
    const payload = readCacheEntry(this.folder, this.shardName(shard), this.key, SHA256);
    if (!payload) return entries;
    try {
      const parsed = JSON.parse(new TextDecoder().decode(payload)) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) Object.assign(entries, parsed);
    } catch {
      // Cannot happen for an entry that passed its checksum, short of a bug: start afresh.
    }
    return entries;
  }

  private loadModel(): LanguageModel | undefined {
    if (this.model === undefined) {
      this.model = null;
      try {
        if (this.thread) {
          this.model = this.thread;
        } else if (existsSync(this.modelFile)) {
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          const m = require(this.modelFile) as { createLanguageModel(): LanguageModel };
          this.model = m.createLanguageModel();
        }
      } catch {
        this.model = null;
        this.failed = true;
      }
    }
    return this.model ?? undefined;
  }
}

/**
 * Verdicts on disk: checksummed cache entries (cacheEntry.ts), 16 per rule set by a hash of the
 * sentence, keyed by the
 * model's version, this CLI build (the reading code) and the rule set's hash of its meaning
 * forms, so a new model, a new CLI or an edited pack never reads an old verdict. The file is
 * read only when a sentence passes the prefilter.
 */
export class CliVerdictStore implements VerdictStore {
  private readonly files = new Map<string, { entries: Record<string, SentenceVerdict>; used: Set<string>; dirty: boolean }>();

  constructor(
    private readonly folder: string,
    private readonly modelKey: string,
  ) {}

  get(formsKey: string, sentence: string): SentenceVerdict | undefined {
    const file = this.load(formsKey, shardOf(sentence) % VERDICT_SHARDS);
    const v = file.entries[sentence];
    if (!v || typeof v !== 'object' || !Array.isArray(v.found)) return undefined;
    file.used.add(sentence);
    return v;
  }

  set(formsKey: string, sentence: string, verdict: SentenceVerdict): void {
    const file = this.load(formsKey, shardOf(sentence) % VERDICT_SHARDS);
    file.entries[sentence] = verdict;
    file.used.add(sentence);
    file.dirty = true;
  }

  save(): void {
    for (const [id, file] of this.files) {
      if (!file.dirty) continue;
      const [formsKey, shard] = id.split('#') as [string, string];
      let entries = file.entries;
      if (Object.keys(entries).length > MAX_VERDICTS) entries = Object.fromEntries(Object.entries(entries).filter(([s]) => file.used.has(s)));
      writeCacheEntry(this.folder, this.name(formsKey, Number(shard)), this.key(formsKey), new TextEncoder().encode(JSON.stringify(entries)), SHA256);
      file.dirty = false;
    }
  }

  private key(formsKey: string): string {
    return `${this.modelKey}-${cliBuild()}-${formsKey}`;
  }

  private name(formsKey: string, shard: number): string {
    return `verdicts-${createHash('sha1').update(this.key(formsKey)).digest('hex').slice(0, 16)}-${shard}.json`;
  }

  private load(formsKey: string, shard: number): { entries: Record<string, SentenceVerdict>; used: Set<string>; dirty: boolean } {
    const id = `${formsKey}#${shard}`;
    let file = this.files.get(id);
    if (file) return file;
    file = { entries: Object.create(null) as Record<string, SentenceVerdict>, used: new Set(), dirty: false };
    this.files.set(id, file);
    // A file that was edited, cut short or copied from elsewhere fails its checksum: all misses.
    const payload = readCacheEntry(this.folder, this.name(formsKey, shard), this.key(formsKey), SHA256);
    if (payload) {
      try {
        const parsed = JSON.parse(new TextDecoder().decode(payload)) as unknown;
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) Object.assign(file.entries, parsed);
      } catch {
        // Cannot happen for an entry that passed its checksum, short of a bug: start afresh.
      }
    }
    return file;
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
