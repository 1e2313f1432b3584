import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ContentProblem, LoadResult, Pack } from '../../core/content/types';
import type { RuleProblem, RuleSet, RuleSetOptions, RuleSources } from '../../core/lint';
import { readCacheEntry, writeCacheEntry } from '../cacheEntry';
import { cacheFolder } from '../cacheFolder';
import { cliBuild } from '../cliBuild';
import { engine } from '../bundles';
import { SHA256, sha256 } from '../sha256';

/**
 * The pack loader (YAML parsing and all) is required only on a cache miss: loading those modules
 * costs a warm run about as much as the lint itself.
 */
function loadPackDir(dir: string): LoadResult {
  return engine().loadPackDir(dir);
}

/** The rule compiler (and the engine's matchers), required only when rules are compiled or primed. */
function rulesModule(): Pick<typeof import('../../core/lint/rules'), 'compileRuleSources' | 'primeRules'> {
  return engine();
}

/**
 * The loaded pack and its compiled lint rules, cached between runs of the CLI. Parsing the
 * pack's YAML and compiling its phrase patterns cost several times Node's own start-up, which a
 * pre-commit hook would pay on every commit. The key is a SHA-256 of what they are made from:
 * the pack folder, each markdown file's name and content (not its size and time, which an edit
 * can keep), and this CLI build's content checksum; the rules' key adds the settings that change them.
 * Each entry is checksummed (`cacheEntry.ts`) and checked for its shape before use, so a
 * damaged or tampered entry is a cold run, never a false clean, a crash or a hang. Set
 * INTERVIEW_COACH_NO_CACHE=1 to bypass it.
 */
export interface CachedPack {
  readonly result: LoadResult;
  /** Undefined when caching is off or failed. */
  readonly key?: string;
}

const FORMAT = 2;

export function loadPackCached(dir: string, keyed: PackKey | undefined = packKey(dir)): CachedPack {
  const parse = (): LoadResult => loadPackDir(dir);
  if (!keyed) return { result: parse() };
  const { folder, key } = keyed;
  const name = `pack-${key.slice(0, 32)}.json`;
  const cached = parseEntry(readCacheEntry(folder, name, key, SHA256), isLoadResult);
  if (cached) return { result: cached, key };
  const result = parse();
  store(folder, name, key, result);
  return { result, key };
}

/** A pack's cache key and the cache folder; undefined when caching is off or the pack cannot be read. */
export interface PackKey {
  readonly folder: string;
  readonly key: string;
}

/**
 * The key of a pack folder's caches: a SHA-256 of the folder, each markdown file's name and
 * content, and this CLI build.
 */
export function packKey(dir: string): PackKey | undefined {
  if (process.env['INTERVIEW_COACH_NO_CACHE']) return undefined;
  const folder = cacheFolder();
  if (!folder) return undefined;
  const root = resolve(dir);
  try {
    const parts: (string | Buffer)[] = [`pack ${FORMAT}`, root, cliBuild()];
    for (const n of readdirSync(root)
      .filter((n) => n.toLowerCase().endsWith('.md'))
      .sort()) {
      parts.push(n, readFileSync(join(root, n)));
    }
    return { folder, key: sha256(...parts) };
  } catch {
    return undefined;
  }
}

/**
 * What `lint` reports about a pack and its rules before it lints anything: whether the pack
 * loaded, its errors and the rules' problems (a bad pattern…). A run whose drafts' findings are
 * all cached needs nothing else of the pack.
 */
export interface PackSummary {
  /** Whether the pack loaded (else `lint` stops with a usage error). */
  readonly loaded: boolean;
  /** The pack's folder, as the loader gives it (problems' files are relative to it). */
  readonly root: string;
  /** The pack's problems of severity error. */
  readonly errors: readonly ContentProblem[];
  /** Problems compiling its rules with the run's settings. */
  readonly ruleProblems: readonly RuleProblem[];
}

/** A pack folder prepared for `lint`: its summary at once; the pack and its rules when a draft is linted. */
export interface PreparedPack {
  /** The pack's cache key (what cached findings depend on); undefined when caching is off. */
  readonly key: string | undefined;
  readonly summary: PackSummary;
  /** The loaded pack; only when `summary.loaded`. */
  pack(): Pack;
  /** Its rules compiled with the options, primed (so the engine does not compile them again). */
  rules(): RuleSet;
}

/**
 * A pack folder and its rules with `options`, for `lint`. The summary is cached on its own (a
 * few hundred bytes, under the rules' key): a run whose findings are all cached reads it instead
 * of the pack and the compiled rules (a quarter of a MB of JSON to check and parse), which load
 * only when a draft is linted. Same key, same safety as the pack's and the rules' own entries.
 */
export function preparePack(dir: string, options: RuleSetOptions): PreparedPack {
  const keyed = packKey(dir);
  const summaryKey = keyed ? rulesKeyOf(keyed.key, options) : undefined;
  const name = summaryKey ? `summary-${summaryKey.slice(0, 32)}.json` : undefined;
  const cachedSummary = keyed && name && summaryKey ? parseEntry(readCacheEntry(keyed.folder, name, summaryKey, SHA256), isPackSummary) : undefined;
  let loaded: { pack: CachedPack; sources: CachedRuleSources | undefined } | undefined;
  const load = () => {
    if (!loaded) {
      const pack = loadPackCached(dir, keyed);
      loaded = { pack, sources: pack.result.pack ? ruleSourcesCached(pack, options) : undefined };
    }
    return loaded;
  };
  const prepared = (summary: PackSummary): PreparedPack => ({
    key: keyed?.key,
    summary,
    pack: () => {
      const p = load().pack.result.pack;
      if (!p) throw new Error(`the content pack in ${dir} did not load`);
      return p;
    },
    rules: () => {
      const sources = load().sources;
      if (!sources) throw new Error(`the content pack in ${dir} did not load`);
      return sources.rules();
    },
  });
  if (cachedSummary) return prepared(cachedSummary);
  const { pack, sources } = load();
  const p = pack.result.pack;
  const summary: PackSummary = {
    loaded: p !== undefined,
    root: p?.root ?? resolve(dir),
    errors: pack.result.problems.filter((x) => x.severity === 'error'),
    ruleProblems: sources?.problems ?? [],
  };
  // Only with the pack's own entry under the same key (so a summary never outlives what it sums up).
  if (keyed && name && summaryKey && pack.key === keyed.key && p) store(keyed.folder, name, summaryKey, summary);
  return prepared(summary);
}

function rulesKeyOf(packKey: string, options: RuleSetOptions): string {
  return sha256(`rules ${FORMAT}`, packKey, JSON.stringify({ disabled: [...(options.disabledRules ?? [])].sort(), extra: options.extraPhrases ?? [] }));
}

/** The pack's rules compiled with `options`, from the cache when the same pack and options ran before. */
export function rulesCached(pack: CachedPack, options: RuleSetOptions): RuleSet {
  return ruleSourcesCached(pack, options).rules();
}

/** The pack's compiled rules as data (their problems to report), and the rules themselves made on first use. */
export interface CachedRuleSources {
  readonly problems: readonly RuleProblem[];
  /** The rules primed for the pack and `options` (so the engine does not compile them again). */
  rules(): RuleSet;
}

/**
 * Like `rulesCached`, but turning the sources into matchers waits until a draft is linted: a run
 * whose findings are all cached (`lintFindingsCache.ts`) only reports the rules' problems.
 */
export function ruleSourcesCached(pack: CachedPack, options: RuleSetOptions): CachedRuleSources {
  const p = pack.result.pack;
  const folder = pack.key ? cacheFolder() : undefined;
  if (!pack.key || !folder) return primed(p, options, rulesModule().compileRuleSources(p, options));
  const key = rulesKeyOf(pack.key, options);
  const name = `rules-${key.slice(0, 32)}.json`;
  const cached = parseEntry(readCacheEntry(folder, name, key, SHA256), isRuleSources);
  if (cached) {
    let set: RuleSet | undefined;
    const prime = (): RuleSet => {
      try {
        return rulesModule().primeRules(p, options, cached);
      } catch {
        // Checked and still unusable (only a hand-made entry with a valid checksum gets here): compile.
        return compileAndStore(folder, name, key, p, options).rules();
      }
    };
    return { problems: cached.problems, rules: () => (set ??= prime()) };
  }
  return compileAndStore(folder, name, key, p, options);
}

function compileAndStore(folder: string, name: string, key: string, p: LoadResult['pack'], options: RuleSetOptions): CachedRuleSources {
  const sources = rulesModule().compileRuleSources(p, options);
  store(folder, name, key, sources);
  return primed(p, options, sources);
}

function primed(p: LoadResult['pack'], options: RuleSetOptions, sources: RuleSources): CachedRuleSources {
  let set: RuleSet | undefined;
  return { problems: sources.problems, rules: () => (set ??= rulesModule().primeRules(p, options, sources)) };
}

function parseEntry<T>(payload: Buffer | undefined, valid: (v: unknown) => v is T): T | undefined {
  if (!payload) return undefined;
  try {
    const value: unknown = JSON.parse(payload.toString('utf8'));
    return valid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isLoadResult(v: unknown): v is LoadResult {
  return isObj(v) && Array.isArray(v['problems']) && (v['pack'] === undefined || isObj(v['pack']));
}

function isPackSummary(v: unknown): v is PackSummary {
  return isObj(v) && typeof v['loaded'] === 'boolean' && typeof v['root'] === 'string' && Array.isArray(v['errors']) && v['errors'].every(isProblem) && Array.isArray(v['ruleProblems']) && v['ruleProblems'].every(isRuleProblem);
}

function isProblem(v: unknown): v is ContentProblem {
  return isObj(v) && typeof v['file'] === 'string' && typeof v['message'] === 'string' && Number.isInteger(v['line']) && Number.isInteger(v['column']) && v['severity'] === 'error';
}

function isRuleProblem(v: unknown): v is RuleProblem {
  return isObj(v) && typeof v['ruleId'] === 'string' && typeof v['pattern'] === 'string' && typeof v['message'] === 'string';
}

function isRuleSources(v: unknown): v is RuleSources {
  return isObj(v) && v['format'] === 2 && Array.isArray(v['rules']) && Array.isArray(v['problems']) && Array.isArray(v['vocabulary']) && Array.isArray(v['bigrams']);
}

function store(folder: string, name: string, key: string, value: unknown): void {
  // A read-only home or a full disk: the next run loads again.
  if (writeCacheEntry(folder, name, key, Buffer.from(JSON.stringify(value), 'utf8'), SHA256)) prune(folder);
}

/** Keeps the newest few entries: every rebuild or pack edit makes new keys. */
function prune(folder: string, keep = 24): void {
  try {
    const entries = readdirSync(folder)
      .filter((n) => /^(pack|rules|summary)-[0-9a-f]+\.json$/.test(n))
      .map((n) => ({ n, t: statSync(join(folder, n)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const e of entries.slice(keep)) rmSync(join(folder, e.n), { force: true });
  } catch {
    // Another run pruned at the same time: fine.
  }
}
