import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LoadResult } from '../../core/content/types';
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

export function loadPackCached(dir: string): CachedPack {
  const parse = (): LoadResult => loadPackDir(dir);
  if (process.env['INTERVIEW_COACH_NO_CACHE']) return { result: parse() };
  const folder = cacheFolder();
  if (!folder) return { result: parse() };
  const root = resolve(dir);
  let key: string;
  try {
    const parts: (string | Buffer)[] = [`pack ${FORMAT}`, root, cliBuild()];
    for (const n of readdirSync(root)
      .filter((n) => n.toLowerCase().endsWith('.md'))
      .sort()) {
      parts.push(n, readFileSync(join(root, n)));
    }
    key = sha256(...parts);
  } catch {
    return { result: parse() };
  }
  const name = `pack-${key.slice(0, 32)}.json`;
  const cached = parseEntry(readCacheEntry(folder, name, key, SHA256), isLoadResult);
  if (cached) return { result: cached, key };
  const result = parse();
  store(folder, name, key, result);
  return { result, key };
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
  const key = sha256(`rules ${FORMAT}`, pack.key, JSON.stringify({ disabled: [...(options.disabledRules ?? [])].sort(), extra: options.extraPhrases ?? [] }));
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
      .filter((n) => /^(pack|rules)-[0-9a-f]+\.json$/.test(n))
      .map((n) => ({ n, t: statSync(join(folder, n)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const e of entries.slice(keep)) rmSync(join(folder, e.n), { force: true });
  } catch {
    // Another run pruned at the same time: fine.
  }
}
