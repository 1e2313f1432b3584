import { readFileSync } from 'node:fs';
import { sha256 } from './sha256';

/**
 * A checksum of the running CLI bundle's content, so caches made by another build never match.
 * `bin.ts` checksums the bundle anyway (for V8's code cache) and hands it over; a run that did
 * not start there (tests, `node dist/cli-main.js`) hashes this bundle file once, here.
 */
let build: string | undefined;

export function setCliBuild(id: string | undefined): void {
  build = id;
}

export function cliBuild(): string {
  if (build === undefined) {
    try {
      build = sha256(readFileSync(__filename));
    } catch {
      build = 'unknown';
    }
  }
  return build;
}
