import { createHash } from 'node:crypto';
import { cacheFolder } from '../cacheFolder';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LoadResult } from '../../core/content/types';
import { compileRuleSources, primeRules, type RuleSet, type RuleSetOptions, type RuleSources } from '../../core/lint';

/**
 * The pack loader (YAML parsing and all) is required only on a cache miss: loading those modules
 * costs a warm run about as much as the lint itself.
 */
function loadPackDir(dir: string): LoadResult {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../packDir') as typeof import('../packDir')).loadPackDir(dir);
}

/**
 * The loaded pack and its compiled lint rules, cached as JSON between runs of the CLI. Parsing
 * the pack's YAML and compiling its phrase patterns cost several times Node's own start-up, which
 * a pre-commit hook would pay on every commit. The key covers the pack folder, each markdown
 * file's name, size and modification time, and this CLI build (so an edit or an upgrade reloads);
 * the rules' key adds the settings that change them. Set INTERVIEW_COACH_NO_CACHE=1 to bypass it.
 * Writes are atomic; any cache failure just means loading afresh.
 */
export interface CachedPack {
  readonly result: LoadResult;
  /** Undefined when caching is off or failed. */
  readonly key?: string;
}

const FORMAT = 2;

export function loadPackCached(dir: string): CachedPack {
  if (process.env['INTERVIEW_COACH_NO_CACHE']) return { result: loadPackDir(dir) };
  const root = resolve(dir);
  let key: string;
  try {
    const files = readdirSync(root)
      .filter((n) => n.toLowerCase().endsWith('.md'))
      .sort()
      .map((n) => {
        const s = statSync(join(root, n));
        return [n, s.size, s.mtimeMs];
      });
    key = hash({ format: FORMAT, root, files, build: buildStamp() });
  } catch {
    return { result: loadPackDir(dir) };
  }
  const cached = readCache<LoadResult>(`pack-${key}.json`);
  if (cached) return { result: cached, key };
  const result = loadPackDir(dir);
  writeCache(`pack-${key}.json`, result);
  return { result, key };
}

/** The pack's rules compiled with `options`, from the cache when the same pack and options ran before. */
export function rulesCached(pack: CachedPack, options: RuleSetOptions): RuleSet {
  const p = pack.result.pack;
  if (pack.key) {
    const name = `rules-${hash({ pack: pack.key, disabled: [...(options.disabledRules ?? [])].sort(), extra: options.extraPhrases ?? [] })}.json`;
    const cached = readCache<RuleSources>(name);
    if (cached && cached.format === 2) return primeRules(p, options, cached);
    const sources = compileRuleSources(p, options);
    writeCache(name, sources);
    return primeRules(p, options, sources);
  }
  return primeRules(p, options, compileRuleSources(p, options));
}

function hash(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('hex').slice(0, 20);
}

function readCache<T>(name: string): T | undefined {
  try {
    return JSON.parse(readFileSync(join(cacheFolder(), name), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

function writeCache(name: string, value: unknown): void {
  try {
    const folder = cacheFolder();
    mkdirSync(folder, { recursive: true });
    const file = join(folder, name);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, file);
    prune(folder);
  } catch {
    // A read-only home or a full disk: the next run loads again.
  }
}

/** Keeps the newest few entries: every rebuild or pack edit makes new keys. */
function prune(folder: string, keep = 24): void {
  const entries = readdirSync(folder)
    .filter((n) => /^(pack|rules)-[0-9a-f]+\.json$/.test(n))
    .map((n) => ({ n, t: statSync(join(folder, n)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const e of entries.slice(keep)) rmSync(join(folder, e.n), { force: true });
}


/** Changes whenever this CLI is rebuilt (its own file's size and time). */
function buildStamp(): string {
  try {
    const s = statSync(__filename);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'unknown';
  }
}
