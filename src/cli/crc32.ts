import * as zlib from 'node:zlib';
import type { Checksum } from './cacheEntry';

/**
 * CRC-32 (zlib's, in C) for what runs on every start of the CLI: V8's code cache and the bundle
 * it is keyed by. Measured with callgrind on `--version`, SHA-256 through `crypto` cost about
 * 23 million instructions (loading the module most of it), CRC-32 about 6 million. It catches
 * every flipped byte run up to 32 bits and all but one in four billion other damage, which is
 * what a cache needs: it guards against damage, not against someone who can write the user's
 * own 0700 folder. Undefined on a Node without `zlib.crc32` (before 20.15): then no code cache.
 */
const crc = (zlib as { crc32?: (data: string | Uint8Array, value?: number) => number }).crc32;

export function crc32(...parts: (string | Uint8Array)[]): string | undefined {
  if (!crc) return undefined;
  let value = 0;
  for (const p of parts) value = crc('\0', crc(p, value));
  return (value >>> 0).toString(16).padStart(8, '0');
}

export const CRC32: Checksum | undefined = crc ? { name: 'crc32', of: (key, payload) => crc32(key, payload)! } : undefined;
