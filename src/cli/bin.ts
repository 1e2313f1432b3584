/**
 * The `interview-coach` executable. It runs `cli-main.js` (the CLI itself) through V8's code
 * cache: the first run compiles the bundle and saves V8's compiled code next to the CLI's other
 * caches; later runs skip most of that compilation, which is the largest single cost of a short
 * run such as a pre-commit hook on one draft (see `npm run bench`). Node 22's
 * `module.enableCompileCache()` does the same; Node 20, which VS Code 1.100 ships with, has not.
 * V8 checks the cache against the source and rejects a stale one, so a rebuilt CLI simply
 * compiles again. Set INTERVIEW_COACH_NO_COMPILE_CACHE=1 to bypass it.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { cacheFolder } from './cacheFolder';

const file = join(__dirname, 'cli-main.js');
const source = readFileSync(file, 'utf8');
const useCache = process.env['INTERVIEW_COACH_NO_COMPILE_CACHE'] !== '1';
const stat = statSync(file);
const cacheFile = join(cacheFolder(), `v8-cli-${process.version}-${stat.size}-${Math.round(stat.mtimeMs)}.bin`);

let cachedData: Buffer | undefined;
if (useCache) {
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
}

const script = new Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
const exports: { runCli(): void } = {} as never;
const mod = { exports, filename: file, id: file, loaded: false } as unknown as NodeJS.Module;
const compiled = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: NodeJS.Module, f: string, d: string) => void;
compiled(mod.exports, Module.createRequire(file), mod, file, dirname(file));
(mod.exports as typeof exports).runCli();

if (useCache && (!cachedData || script.cachedDataRejected)) {
  // Saved after the run, so the functions it compiled lazily are in the cache too.
  process.once('exit', () => {
    try {
      mkdirSync(dirname(cacheFile), { recursive: true });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
      // Caches of earlier builds of the CLI will never match again.
      for (const name of readdirSync(dirname(cacheFile))) {
        if (name.startsWith('v8-cli-') && name !== basename(cacheFile)) rmSync(join(dirname(cacheFile), name), { force: true });
      }
    } catch {
      // A cache that cannot be written only means the next run compiles again.
    }
  });
}
