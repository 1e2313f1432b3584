// `node scripts/bench/coach.mjs`: the coach alone (analyzeDraft), on the bench's 10 KB draft and on
// a 10 KB story told without labels (read sentence by sentence): median wall time warm, and CPU
// time per call (steadier than wall time on a busy machine). `npm run bench` prints the same
// analysis in its full run.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'out', 'bench');
mkdirSync(out, { recursive: true });
await esbuild.build({ entryPoints: [join(root, 'scripts/bench/engine.ts')], outfile: join(out, 'engine-coach.cjs'), bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'warning' });
const engine = createRequire(import.meta.url)(join(out, 'engine-coach.cjs'));
const pack = engine.loadPackDir(join(root, 'content', 'netflix-ml-media-algorithms')).pack;
const texts = { '10 KB draft': engine.draft(10 * 1024, { seed: 7 }), '10 KB unlabelled story': engine.narrativeStory(10 * 1024, { seed: 5 }) };
const runs = process.argv.includes('--quick') ? 100 : 400;
for (const [name, text] of Object.entries(texts)) {
  const fn = () => engine.analyzeDraft(text, pack);
  for (let i = 0; i < 50; i++) fn();
  const wall = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    wall.push(performance.now() - s);
  }
  const cpu = process.cpuUsage(cpu0);
  wall.sort((a, b) => a - b);
  const a = fn();
  console.log(`${name} (${text.length} chars, ${a.kind}${a.star ? `, STAR ${a.star.present.length}/4` : ''}): median ${wall[runs >> 1].toFixed(3)} ms wall, ${((cpu.user + cpu.system) / 1000 / runs).toFixed(3)} ms CPU per call`);
}
