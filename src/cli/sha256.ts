import { createHash } from 'node:crypto';
import type { Checksum } from './cacheEntry';

/** SHA-256 of the parts (each followed by a NUL, so ["ab", "c"] and ["a", "bc"] differ), in hex. */
export function sha256(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}

export const SHA256: Checksum = { name: 'sha256', of: (key, payload) => sha256(key, payload) };
