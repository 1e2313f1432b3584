import type { PrebuiltPack } from './prebuiltPack';

/**
 * The bundled pack as the build embeds it in `cli-engine.js` (scripts/lib/cli-build.mjs replaces
 * this module there). Elsewhere (tests, the bench's engine) there is none: packs load as usual.
 */
export function prebuiltPackData(): PrebuiltPack | undefined {
  return undefined;
}
