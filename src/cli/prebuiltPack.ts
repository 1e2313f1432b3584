import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { LoadResult } from '../core/content/types';
import { compileRuleSources, type RuleSetOptions, type RuleSources } from '../core/lint/rules';
import { sha256 } from './sha256';

/**
 * The bundled pack, loaded and its rules compiled when the CLI is built (scripts/lib/cli-build.mjs),
 * so a first run (no cache yet, or INTERVIEW_COACH_NO_CACHE) does not parse its YAML nor compile
 * its phrase patterns: both cost more than Node's own start-up. It is used for a pack folder only
 * when the folder's name and every markdown file's name and content are those it was built from
 * (`packContentKey`); anything else, or other rule settings, is loaded and compiled as usual.
 */
export interface PrebuiltPack {
  readonly key: string;
  /** The loaded pack, its root left empty (it is the folder it is found in). */
  readonly result: LoadResult;
  /** The rules compiled without settings (no disabled rules, no extra phrases). */
  readonly sources: RuleSources;
}

/** A SHA-256 of what a pack is loaded from: the folder's name, each markdown file's name and bytes. */
export function packContentKey(dir: string): string | undefined {
  try {
    const root = resolve(dir);
    const parts: (string | Buffer)[] = ['pack content 1', basename(root)];
    for (const n of readdirSync(root)
      .filter((n) => n.toLowerCase().endsWith('.md'))
      .sort()) {
      parts.push(n, readFileSync(`${root}/${n}`));
    }
    return sha256(...parts);
  } catch {
    return undefined;
  }
}

/** What the build embeds (run at build time, on the bundled pack's folder). */
export function prebuildPack(dir: string, load: (dir: string) => LoadResult): PrebuiltPack {
  const result = load(dir);
  if (!result.pack) throw new Error(`the bundled pack in ${dir} does not load`);
  const key = packContentKey(dir);
  if (!key) throw new Error(`cannot read the bundled pack in ${dir}`);
  return { key, result: { ...result, pack: { ...result.pack, root: '' } }, sources: compileRuleSources(result.pack, {}) };
}

const prebuiltPacks = new WeakSet<object>();

/** The embedded pack as loaded from `dir`, when `dir` holds exactly what it was built from. */
export function prebuiltPackFor(dir: string, prebuilt: PrebuiltPack | undefined): LoadResult | undefined {
  if (!prebuilt || packContentKey(dir) !== prebuilt.key || !prebuilt.result.pack) return undefined;
  const pack = { ...prebuilt.result.pack, root: resolve(dir) };
  prebuiltPacks.add(pack);
  return { ...prebuilt.result, pack };
}

/** The embedded rules, for a pack `prebuiltPackFor` gave and no rule settings. */
export function prebuiltRulesFor(pack: LoadResult['pack'], options: RuleSetOptions, prebuilt: PrebuiltPack | undefined): RuleSources | undefined {
  const plain = (options.disabledRules ?? []).length === 0 && (options.extraPhrases ?? []).length === 0;
  return prebuilt && pack && plain && prebuiltPacks.has(pack) ? prebuilt.sources : undefined;
}
