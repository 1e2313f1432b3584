import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadPack } from '../core/content/loader';
import type { ContentFile, LoadResult } from '../core/content/types';
import { PackDirError } from './io';
import { readText } from './readText';

export { PackDirError };

/** The bundled pack: `content/<pack>` beside `dist/cli.js` (or beside the sources when run from src). */
export function defaultPackDir(): string {
  const candidates = [join(__dirname, '..', 'content'), join(__dirname, '..', '..', 'content')];
  for (const contentDir of candidates) {
    if (!existsSync(contentDir)) continue;
    const packs = readdirSync(contentDir).filter((d) => statSync(join(contentDir, d)).isDirectory()).sort();
    if (packs.length > 0) return join(contentDir, packs[0]!);
  }
  throw new Error(`no bundled content pack found near ${__dirname}`);
}

/** Reads the markdown files of one pack folder (not recursive) and loads them. */
export function loadPackDir(dir: string): LoadResult {
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new PackDirError(`${dir}: not a folder (a content pack is a folder of markdown files with a pack.md)`);
  }
  const files: ContentFile[] = readdirSync(root)
    .filter((name) => name.toLowerCase().endsWith('.md'))
    .map((name) => {
      try {
        return { path: name, text: readText(join(root, name)).text };
      } catch (err) {
        // A file of the pack that cannot be read (no permission, a link to nothing): loading the
        // rest would lose its rules or sections without a word.
        throw new PackDirError(`cannot read ${join(dir, name)}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
    });
  return loadPack(root, files);
}

