import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { crc32 } from './crc32';
import { sha256 } from './sha256';

/**
 * A checksum of the running CLI's code, so caches made by another build never match: of this
 * bundle and, in the CLI's layout (see bundles.ts), of `cli-engine.js` beside it, whose code
 * (the pack loader, the rules compiler, the engine, the coach) makes what the caches hold.
 * `bin.ts` checksums `cli-main.js` anyway (for V8's code cache) and hands it over; a run that did
 * not start there (tests, `node dist/cli-main.js`) hashes this bundle file once, here.
 */
let build: string | undefined;
let full: string | undefined;

export function setCliBuild(id: string | undefined): void {
  build = id;
  full = undefined;
}

export function cliBuild(): string {
  if (full === undefined) {
    if (build === undefined) {
      try {
        build = sha256(readFileSync(__filename));
      } catch {
        build = 'unknown';
      }
    }
    full = `${build}${engineBuild()}`;
  }
  return full;
}

function engineBuild(): string {
  if (basename(__filename) !== 'cli-main.js') return '';
  try {
    const bytes = readFileSync(join(__dirname, 'cli-engine.js'));
    return ` engine ${crc32(bytes) ?? sha256(bytes)}-${bytes.length}`;
  } catch {
    return ' engine unknown';
  }
}
