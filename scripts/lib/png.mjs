#!/usr/bin/env node
// Re-encodes a PNG losslessly, smaller: the same pixels, the rows filtered the way that compresses
// best for the whole image, deflated at zlib's highest level. Chromium (Playwright's screenshots)
// writes PNGs for speed; on our screenshots this takes 7–10% off, which counts in the .vsix (the
// walkthrough's images are a third of it). The result is decoded again and compared with the input
// pixel for pixel before it is used.
//   node scripts/lib/png.mjs FILE.png...   rewrites each file in place when that makes it smaller
// 8-bit RGB and RGBA, non-interlaced (what a browser's screenshot is); any other PNG is left as it is.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The chunks of a PNG, in order. */
function chunks(png) {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  const out = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    out.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The predictor of a PNG filter type for a byte, from its left (a), upper (b) and upper-left (c) neighbours. */
function predict(type, a, b, c) {
  if (type === 1) return a;
  if (type === 2) return b;
  if (type === 3) return (a + b) >> 1;
  if (type === 4) {
    const p = a + b - c;
    const pa = Math.abs(p - a);
    const pb = Math.abs(p - b);
    const pc = Math.abs(p - c);
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
  }
  return 0;
}

/** Width, height, bytes per pixel and the unfiltered pixel rows of an 8-bit RGB(A) PNG; undefined for any other. */
export function decode(png) {
  const all = chunks(png);
  const ihdr = all.find((c) => c.type === 'IHDR')?.data;
  if (!ihdr) throw new Error('PNG without IHDR');
  const [width, height, depth, colour, interlace] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9], ihdr[12]];
  if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0) return undefined;
  const bpp = colour === 6 ? 4 : 3;
  const stride = width * bpp;
  const filtered = inflateSync(Buffer.concat(all.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const type = filtered[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? pixels[y * stride + x - bpp] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? pixels[(y - 1) * stride + x - bpp] : 0;
      pixels[y * stride + x] = (filtered[y * (stride + 1) + 1 + x] + predict(type, a, b, c)) & 255;
    }
  }
  return { all, width, height, bpp, stride, pixels };
}

/** The image's rows, each filtered with `type`, ready to deflate. */
function filterRows({ height, bpp, stride, pixels }, type) {
  const out = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    out[y * (stride + 1)] = type;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? pixels[y * stride + x - bpp] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? pixels[(y - 1) * stride + x - bpp] : 0;
      out[y * (stride + 1) + 1 + x] = (pixels[y * stride + x] - predict(type, a, b, c)) & 255;
    }
  }
  return out;
}

/** `png` re-encoded with the same pixels and every other chunk as it was, or `png` itself when that is no smaller. */
export function recompressPng(png) {
  const image = decode(png);
  if (!image) return png;
  let best;
  for (const type of [0, 1, 2, 3, 4]) {
    const data = deflateSync(filterRows(image, type), { level: 9, memLevel: 9 });
    if (!best || data.length < best.length) best = data;
  }
  const out = [SIGNATURE];
  let wrote = false;
  for (const c of image.all) {
    if (c.type !== 'IDAT') out.push(chunk(c.type, c.data));
    else if (!wrote) {
      out.push(chunk('IDAT', best));
      wrote = true;
    }
  }
  const smaller = Buffer.concat(out);
  if (smaller.length >= png.length) return png;
  if (!decode(smaller).pixels.equals(image.pixels)) throw new Error('recompressPng: the re-encoded image differs from the input');
  return smaller;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const file of process.argv.slice(2)) {
    const before = readFileSync(file);
    const after = recompressPng(before);
    if (after !== before) writeFileSync(file, after);
    console.log(`[png] ${file}: ${before.length} → ${after.length} bytes`);
  }
}
