import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadPack } from '../../../src/core/content/loader';
import type { ContentFile, LoadResult, Pack } from '../../../src/core/content/types';

/** The repo root: mocha runs from it (npm scripts), so cwd is reliable. */
export const REPO = resolve('.');
export const BUNDLED_PACK_DIR = join(REPO, 'content', 'netflix-ml-media-algorithms');
export const FIXTURES = join(REPO, 'test', 'fixtures');

export function readPackFiles(dir: string): ContentFile[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .map((n) => ({ path: n, text: readFileSync(join(dir, n), 'utf8') }));
}

export function loadBundled(): LoadResult {
  return loadPack(BUNDLED_PACK_DIR, readPackFiles(BUNDLED_PACK_DIR));
}

let cached: Pack | undefined;
/** The bundled pack, loaded once per test process; fails loudly if it does not load cleanly. */
export function bundledPack(): Pack {
  if (!cached) {
    const result = loadBundled();
    if (!result.pack || result.problems.length > 0) {
      throw new Error(`bundled pack has problems: ${JSON.stringify(result.problems, null, 2)}`);
    }
    cached = result.pack;
  }
  return cached;
}
