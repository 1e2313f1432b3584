import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../core/lint/finding';
import { readCacheEntry, writeCacheEntry } from '../cacheEntry';
import { cacheFolder } from '../cacheFolder';
import { SHA256, sha256 } from '../sha256';

/**
 * Each draft's findings, cached between runs of the CLI, so a pre-commit hook on unchanged
 * drafts neither masks, lints nor coaches them again (nor loads the engine's code for it). An
 * entry's key is a SHA-256 of everything the findings are made from: the draft's text, the
 * pack's cache key (its folder, every file's content and this CLI build's content checksum, see
 * `lintPackCache.ts`), the lint settings that change findings, and the meaning tier's state (off,
 * or the model's version and whether its file is there). Not the draft's path: a renamed draft
 * keeps its findings. Entries are checksummed (`cacheEntry.ts`) and checked for their shape
 * before use, so a damaged or tampered entry is a miss, never a false clean. Set
 * INTERVIEW_COACH_NO_CACHE=1 to bypass it.
 */
export class FindingsCache {
  private written = false;

  private constructor(private readonly folder: string) {}

  /** The cache, or undefined when caching is off or there is no safe folder. */
  static open(): FindingsCache | undefined {
    if (process.env['INTERVIEW_COACH_NO_CACHE']) return undefined;
    const folder = cacheFolder();
    return folder ? new FindingsCache(folder) : undefined;
  }

  /** The key of one draft's findings under a `context` (see `findingsContext`). */
  static key(context: string, text: string): string {
    return sha256(`findings ${FORMAT}`, context, text);
  }

  get(key: string): Finding[] | undefined {
    const payload = readCacheEntry(this.folder, nameOf(key), key, SHA256);
    if (!payload) return undefined;
    try {
      const value: unknown = JSON.parse(payload.toString('utf8'));
      return Array.isArray(value) && value.every(isFinding) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  set(key: string, findings: readonly Finding[]): void {
    // A read-only home or a full disk: the next run lints again.
    if (writeCacheEntry(this.folder, nameOf(key), key, Buffer.from(JSON.stringify(findings), 'utf8'), SHA256)) this.written = true;
  }

  /** After a run that wrote entries: keeps the newest `keep` (every edit of a draft makes a new one). */
  prune(keep = KEEP): void {
    if (!this.written) return;
    try {
      const entries = readdirSync(this.folder)
        .filter((n) => /^findings-[0-9a-f]+\.json$/.test(n))
        .map((n) => ({ n, t: statSync(join(this.folder, n)).mtimeMs }));
      if (entries.length <= keep) return;
      entries.sort((a, b) => b.t - a.t);
      for (const e of entries.slice(keep)) rmSync(join(this.folder, e.n), { force: true });
    } catch {
      // Another run pruned at the same time: fine.
    }
  }
}

const FORMAT = 1;
/** Entries kept: a few hundred drafts' worth, each a few KB. */
const KEEP = 512;

/** What, besides its text, a draft's findings depend on; undefined when the pack is not cached (then neither are findings). */
export function findingsContext(packKey: string | undefined, settings: unknown, meaning: string): string | undefined {
  return packKey === undefined ? undefined : `${packKey}\n${JSON.stringify(settings)}\n${meaning}`;
}

function nameOf(key: string): string {
  return `findings-${key.slice(0, 32)}.json`;
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint']);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

function isFinding(v: unknown): v is Finding {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const f = v as Record<string, unknown>;
  return (
    typeof f['ruleId'] === 'string' &&
    typeof f['message'] === 'string' &&
    SEVERITIES.has(f['severity'] as string) &&
    [f['start'], f['end'], f['line'], f['column'], f['endLine'], f['endColumn']].every(isInt) &&
    Array.isArray(f['suggestions']) &&
    (f['suggestions'] as unknown[]).every((s) => typeof s === 'string')
  );
}
