/**
 * The `interview-coach` executable. It runs `cli-main.js` (the CLI itself) through V8's code
 * cache: the first run compiles the bundle and saves V8's compiled code next to the CLI's other
 * caches; later runs skip most of that compilation, which is the largest single cost of a short
 * run such as a pre-commit hook on one draft (see `npm run bench`). Node 22's
 * `module.enableCompileCache()` does the same; Node 20, which VS Code 1.100 ships with, has not.
 *
 * V8 trusts its cache: it checks little more than the source's length, and bytes flipped inside
 * the cache kill the process with a fatal error. So the cache is keyed by a checksum of the
 * bundle's content, its length and the Node version, and stored as a checksummed entry
 * (`cacheEntry.ts`, CRC-32 as `crc32.ts` explains) that is verified before V8 sees it; any
 * mismatch is a cold run that writes a fresh cache. The same content checksum keys the CLI's
 * other caches (with that of `cli-engine.js`, see cliBuild.ts). Set INTERVIEW_COACH_NO_COMPILE_CACHE=1
 * to bypass it.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { readCacheEntry, writeCacheEntry } from './cacheEntry';
import { cacheFolder } from './cacheFolder';
import { CRC32, crc32 } from './crc32';

/**
 * Runs one of the CLI's bundles through V8's code cache (see above) and returns its exports.
 * `cli-main.js` is the CLI; it requires `./cli-engine.js` (the lint engine, the coach and the
 * pack loader: only when a draft's findings are not cached) and `./cli-commands.js` (every other
 * command) through the `require` it is given here, so those get a code cache of their own.
 * `tag` names the bundle's cache files.
 */
function run(base: string, tag: string): { exports: unknown; id: string | undefined } {
  const file = join(__dirname, base);
  const bytes = readFileSync(file);
  const sum = crc32(bytes);
  const id = sum === undefined ? undefined : `crc32-${sum}-${bytes.length}`;
  const folder = id === undefined || !CRC32 || process.env['INTERVIEW_COACH_NO_COMPILE_CACHE'] === '1' ? undefined : (folderOnce ??= [cacheFolder()])[0];
  const name = `v8-${tag}-${id}-${process.version}-${process.arch}.bin`;
  const cachedData = folder ? readCacheEntry(folder, name, name, CRC32!) : undefined;

  const script = new Script(Module.wrap(bytes.toString('utf8')), { filename: file, ...(cachedData ? { cachedData } : {}) });
  const mod = { exports: {}, filename: file, id: file, loaded: false } as unknown as NodeJS.Module;
  const compiled = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: NodeJS.Module, f: string, d: string) => void;
  const plain = Module.createRequire(file);
  const bundles = new Map<string, unknown>();
  const sibling = (id: string): unknown => {
    const known = SIBLINGS[id];
    if (!known) return plain(id);
    if (!bundles.has(id)) bundles.set(id, run(known.base, known.tag).exports);
    return bundles.get(id);
  };
  compiled(mod.exports, Object.assign(sibling, plain) as NodeJS.Require, mod, file, dirname(file));
  const result = { exports: mod.exports, id };
  if (tag === 'cli') (mod.exports as { runCli(build?: string): void }).runCli(id);

  if (folder && (!cachedData || script.cachedDataRejected)) {
    // Saved after the run, so the functions it compiled lazily are in the cache too.
    process.once('exit', () => {
      if (!writeCacheEntry(folder, name, name, script.createCachedData(), CRC32!)) return;
      try {
        // Caches of earlier builds of the bundle (or other Node versions) will never match again.
        for (const n of readdirSync(folder)) if (n.startsWith(`v8-${tag}-`) && n !== name) rmSync(join(folder, n), { force: true });
      } catch {
        // A cache that cannot be tidied only costs disk space.
      }
    });
  }
  return result;
}

let folderOnce: [string | undefined] | undefined;

/** The bundles `cli-main.js` may require, with the tags of their cache files. */
const SIBLINGS: Record<string, { base: string; tag: string }> = {
  './cli-engine.js': { base: 'cli-engine.js', tag: 'engine' },
  './cli-commands.js': { base: 'cli-commands.js', tag: 'commands' },
};

run('cli-main.js', 'cli');
