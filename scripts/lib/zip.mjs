// The entries of a zip file (a .vsix), read from its central directory: name, sizes as stored and
// as unpacked, and the unpacked bytes on demand. Stored and deflated entries only (what vsce
// writes); no zip64, no encryption: anything else throws.
import { inflateRawSync } from 'node:zlib';

/**
 * @param {Buffer} zip
 * @returns {{ name: string, compressedSize: number, size: number, data: () => Buffer }[]}
 */
export function zipEntries(zip) {
  // The end of central directory record: 22 bytes plus a comment of up to 64 KB, at the end.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`zip: bad central directory entry at ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (compressedSize === 0xffffffff || local === 0xffffffff) throw new Error(`zip: ${name} needs zip64`);
    if (method !== 0 && method !== 8) throw new Error(`zip: ${name} uses compression method ${method}`);
    const data = () => {
      if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`zip: bad local header for ${name}`);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const stored = zip.subarray(start, start + compressedSize);
      return method === 0 ? Buffer.from(stored) : inflateRawSync(stored);
    };
    entries.push({ name, compressedSize, size, data });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
