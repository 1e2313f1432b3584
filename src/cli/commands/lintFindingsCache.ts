import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../core/lint/finding';
import type { DecodedText } from '../../core/text/decodeText';
import { readCacheEntry, writeCacheEntry } from '../cacheEntry';
import { cacheFolder } from '../cacheFolder';
import { SHA256, sha256 } from '../sha256';

/**
 * Each draft's findings, cached between runs of the CLI, so a pre-commit hook on unchanged
 * drafts neither masks, lints nor coaches them again (nor loads the engine's code for it). An
 * entry's key is a SHA-256 of everything the findings are made from: the draft's bytes, the
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

  /**
   * The key of one draft's findings under a `context` (see `findingsContext`): of the draft's
   * bytes as read, not its decoded text, so a cached run does not decode the file at all (the
   * text is a function of the bytes and of this CLI build, which the context holds).
   */
  static key(context: string, bytes: Uint8Array): string {
    return sha256(`findings ${FORMAT}`, context, bytes);
  }

  get(key: string): CachedFindings | undefined {
    const payload = readCacheEntry(this.folder, nameOf(key), key, SHA256);
    if (!payload) return undefined;
    try {
      const value = JSON.parse(payload.toString('utf8')) as { read?: unknown };
      const read = value?.read as Partial<CachedFindings['read']> | undefined;
      if (typeof read !== 'object' || read === null || !ENCODINGS.has(read.encoding as string) || typeof read.invalid !== 'boolean') return undefined;
      const findings = decodeFindings(value);
      return findings ? { findings, read: { encoding: read.encoding!, invalid: read.invalid } } : undefined;
    } catch {
      return undefined;
    }
  }

  set(key: string, findings: readonly Finding[], read: CachedFindings['read']): void {
    const payload = { read: { encoding: read.encoding, invalid: read.invalid }, ...encodeFindings(findings) };
    // A read-only home or a full disk: the next run lints again.
    if (writeCacheEntry(this.folder, nameOf(key), key, Buffer.from(JSON.stringify(payload), 'utf8'), SHA256)) this.written = true;
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

const FORMAT = 3;
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

/** A draft's cached findings, and how its bytes decoded (for the warning about invalid bytes). */
export interface CachedFindings {
  readonly findings: Finding[];
  readonly read: Pick<DecodedText, 'encoding' | 'invalid'>;
}

const ENCODINGS = new Set<string>(['utf-8', 'utf-16le', 'utf-16be']);

/** Where a finding is: the fields that differ between findings of one rule, in this order. */
const PLACE = ['start', 'end', 'line', 'column', 'endLine', 'endColumn'] as const;

/**
 * An entry's payload: each distinct finding without its place (rule, message, reason,
 * suggestions…: what a rule's findings share) once in `shared`, then per finding the index of its
 * shared part and its six place numbers in `places`. A big draft's hundreds of findings of a few
 * rules are then a tenth of their JSON, which a cached run reads, checks and parses.
 */
interface EncodedFindings {
  readonly shared: Record<string, unknown>[];
  readonly places: number[];
}

/** The payload of `findings` (see EncodedFindings); `decodeFindings` gives them back equal, key order and all. */
export function encodeFindings(findings: readonly Finding[]): EncodedFindings {
  const shared: Record<string, unknown>[] = [];
  const index = new Map<string, number>();
  const places: number[] = [];
  for (const f of findings) {
    // The place fields stay in the shared part (as 0) so that a decoded finding keeps the key order.
    const part: Record<string, unknown> = { ...f };
    for (const k of PLACE) part[k] = 0;
    const id = JSON.stringify(part);
    let i = index.get(id);
    if (i === undefined) {
      i = shared.push(part) - 1;
      index.set(id, i);
    }
    places.push(i, ...PLACE.map((k) => f[k]));
  }
  return { shared, places };
}

/** The findings of a payload, or undefined when it is not what `encodeFindings` makes (checked, not trusted). */
export function decodeFindings(value: unknown): Finding[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { shared, places } = value as Partial<EncodedFindings>;
  if (!Array.isArray(shared) || !Array.isArray(places) || places.length % (PLACE.length + 1) !== 0 || !shared.every(isFinding)) return undefined;
  const out: Finding[] = [];
  for (let at = 0; at < places.length; at += PLACE.length + 1) {
    const part = shared[places[at]!];
    if (!part || !isInt(places[at])) return undefined;
    const f: Record<string, unknown> = { ...part };
    for (let k = 0; k < PLACE.length; k++) {
      const n = places[at + 1 + k];
      if (!isInt(n)) return undefined;
      f[PLACE[k]!] = n;
    }
    out.push(f as unknown as Finding);
  }
  return out;
}
