import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One checksummed file in the CLI's cache folder: a header line with the SHA-256 of the entry's
 * key and its payload, then the payload. A file that was cut short, had bytes flipped, was
 * edited by hand or copied under another entry's name fails the check and reads as a miss, so
 * nothing a cache holds is ever used unless it is exactly what this CLI wrote for these inputs.
 * Writes go to a temporary file of their own (0600) and are renamed into place.
 */
const MAGIC = 'interview-coach-cache 1 ';
const HEADER_BYTES = MAGIC.length + 64 + 1;

function digest(key: string, payload: Uint8Array): string {
  return createHash('sha256').update(key).update('\0').update(payload).digest('hex');
}

/** The payload stored under `name` for `key`, or undefined when there is none or it fails the check. */
export function readCacheEntry(folder: string, name: string, key: string): Buffer | undefined {
  let data: Buffer;
  try {
    data = readFileSync(join(folder, name));
  } catch {
    return undefined;
  }
  if (data.length < HEADER_BYTES || data.toString('latin1', 0, MAGIC.length) !== MAGIC || data[HEADER_BYTES - 1] !== 0x0a) return undefined;
  const payload = data.subarray(HEADER_BYTES);
  return data.toString('latin1', MAGIC.length, HEADER_BYTES - 1) === digest(key, payload) ? payload : undefined;
}

/** Stores `payload` under `name` for `key`; false when it could not (a read-only or full disk). */
export function writeCacheEntry(folder: string, name: string, key: string, payload: Uint8Array): boolean {
  const file = join(folder, name);
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${MAGIC}${digest(key, payload)}\n`, 'latin1'), payload]), { mode: 0o600, flag: 'wx' });
    renameSync(tmp, file);
    return true;
  } catch {
    rmSync(tmp, { force: true });
    return false;
  }
}

export function sha256(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}
