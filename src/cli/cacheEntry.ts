import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One checksummed file in the CLI's cache folder: a header line naming the checksum and giving
 * it (computed over the entry's key and its payload), then the payload. A file that was cut
 * short, had bytes flipped, was edited or was copied under another entry's name fails the check
 * and reads as a miss, so nothing a cache holds is used unless it is what this CLI wrote for
 * these inputs. Writes go to a temporary file of their own (0600) and are renamed into place.
 * The checksum is the caller's (SHA-256 for the pack caches, CRC-32 for V8's code cache, whose
 * start-up cost matters most): this file loads neither `crypto` nor `zlib`.
 */
export interface Checksum {
  /** A short name without spaces, stored in the header. */
  readonly name: string;
  /** Hex digest of the key and the payload. */
  of(key: string, payload: Uint8Array): string;
}

const MAGIC = 'interview-coach-cache 1';

function header(checksum: Checksum, key: string, payload: Uint8Array): string {
  return `${MAGIC} ${checksum.name} ${checksum.of(key, payload)}\n`;
}

/** The payload stored under `name` for `key`, or undefined when there is none or it fails the check. */
export function readCacheEntry(folder: string, name: string, key: string, checksum: Checksum): Buffer | undefined {
  let data: Buffer;
  try {
    data = readFileSync(join(folder, name));
  } catch {
    return undefined;
  }
  const end = data.indexOf(0x0a);
  if (end < 0 || end > 200) return undefined;
  const payload = data.subarray(end + 1);
  return data.toString('latin1', 0, end + 1) === header(checksum, key, payload) ? payload : undefined;
}

/** Stores `payload` under `name` for `key`; false when it could not (a read-only or full disk). */
export function writeCacheEntry(folder: string, name: string, key: string, payload: Uint8Array, checksum: Checksum): boolean {
  const file = join(folder, name);
  const tmp = `${file}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([Buffer.from(header(checksum, key, payload), 'latin1'), payload]), { mode: 0o600, flag: 'wx' });
    renameSync(tmp, file);
    return true;
  } catch {
    rmSync(tmp, { force: true });
    return false;
  }
}
