#!/usr/bin/env node
// Encodes a PNG as lossless WebP with Debian's `cwebp` (package `webp`), and checks the result
// pixel for pixel by decoding it again (`dwebp`). The walkthrough's screenshots go into the .vsix,
// which has a size budget: as lossless WebP they take about 40 % of their size as PNG.
//   node scripts/lib/webp.mjs IN.png OUT.webp
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decode } from './png.mjs';

function run(tool, args) {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.error?.code === 'ENOENT') throw new Error(`${tool} is missing: install Debian's webp package (apt-get install webp)`);
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')}: ${r.stderr.trim()}`);
}

/** The lossless WebP of an 8-bit RGB(A) PNG, with the very same pixels. */
export function pngToWebp(png) {
  const image = decode(png);
  if (!image) throw new Error('pngToWebp: only 8-bit RGB(A), non-interlaced PNGs');
  const dir = mkdtempSync(join(tmpdir(), 'ic-webp-'));
  try {
    writeFileSync(join(dir, 'in.png'), png);
    // -exact keeps the colour of transparent pixels too; -z 9 is the smallest lossless output.
    run('cwebp', ['-quiet', '-lossless', '-exact', '-z', '9', '-metadata', 'none', join(dir, 'in.png'), '-o', join(dir, 'out.webp')]);
    run('dwebp', ['-quiet', join(dir, 'out.webp'), '-pam', '-o', join(dir, 'back.pam')]);
    const pam = readFileSync(join(dir, 'back.pam'));
    const headerEnd = pam.indexOf('ENDHDR\n') + 'ENDHDR\n'.length;
    const header = pam.subarray(0, headerEnd).toString('latin1');
    const [width, height, depth] = ['WIDTH', 'HEIGHT', 'DEPTH'].map((k) => Number(new RegExp(`${k} (\\d+)`).exec(header)?.[1]));
    if (width !== image.width || height !== image.height || depth !== 4) throw new Error(`pngToWebp: decoded ${width}x${height}x${depth}, expected ${image.width}x${image.height}x4`);
    const rgba = pam.subarray(headerEnd);
    for (let p = 0; p < width * height; p++) {
      for (let c = 0; c < 4; c++) {
        const expected = c < image.bpp ? image.pixels[p * image.bpp + c] : 255;
        if (rgba[p * 4 + c] !== expected) throw new Error(`pngToWebp: pixel ${p % width},${Math.floor(p / width)} differs after the round trip`);
      }
    }
    return readFileSync(join(dir, 'out.webp'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [input, output] = process.argv.slice(2);
  const png = readFileSync(input);
  const webp = pngToWebp(png);
  writeFileSync(output, webp);
  console.log(`[webp] ${input} (${png.length} bytes) → ${output} (${webp.length} bytes), same pixels`);
}
