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
 * other caches. Set INTERVIEW_COACH_NO_COMPILE_CACHE=1 to bypass it.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { readCacheEntry, writeCacheEntry } from './cacheEntry';
import { cacheFolder } from './cacheFolder';
import { CRC32, crc32 } from './crc32';

const file = join(__dirname, 'cli-main.js');
const bytes = readFileSync(file);
const sum = crc32(bytes);
const build = sum === undefined ? undefined : `crc32-${sum}-${bytes.length}`;
const folder = build === undefined || !CRC32 || process.env['INTERVIEW_COACH_NO_COMPILE_CACHE'] === '1' ? undefined : cacheFolder();
const name = `v8-cli-${build}-${process.version}-${process.arch}.bin`;
const cachedData = folder ? readCacheEntry(folder, name, name, CRC32!) : undefined;

const script = new Script(Module.wrap(bytes.toString('utf8')), { filename: file, ...(cachedData ? { cachedData } : {}) });
const exports: { runCli(build?: string): void } = {} as never;
const mod = { exports, filename: file, id: file, loaded: false } as unknown as NodeJS.Module;
const compiled = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: NodeJS.Module, f: string, d: string) => void;
compiled(mod.exports, Module.createRequire(file), mod, file, dirname(file));
(mod.exports as typeof exports).runCli(build);

if (folder && (!cachedData || script.cachedDataRejected)) {
  // Saved after the run, so the functions it compiled lazily are in the cache too.
  process.once('exit', () => {
    if (!writeCacheEntry(folder, name, name, script.createCachedData(), CRC32!)) return;
    try {
      // Caches of earlier builds of the CLI (or other Node versions) will never match again.
      for (const n of readdirSync(folder)) if (n.startsWith('v8-cli-') && n !== name) rmSync(join(folder, n), { force: true });
    } catch {
      // A cache that cannot be tidied only costs disk space.
    }
  });
}
