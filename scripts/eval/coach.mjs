// `node scripts/eval/coach.mjs`: how often the coach's reading of STAR stories agrees with the
// labelled corpora under test/fixtures/corpus/stories/: the tuning corpus (tune.jsonl, which the
// coach's unit tests hold to a floor) and the held-out one (holdout.jsonl, never tuned against;
// reported as "not present" when absent). Prints each judgement's agreement and every miss.
//
//   node scripts/eval/coach.mjs [--quiet] [--tune-only]
//   (--quiet: figures only, no list of misses; --tune-only: leave out the held-out corpus)
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'out', 'eval');
mkdirSync(out, { recursive: true });
await esbuild.build({
  entryPoints: { 'coach-eval': join(root, 'scripts/eval/coachEval.ts') },
  outdir: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  logLevel: 'warning',
});
const require = createRequire(import.meta.url);
const { run } = require(join(out, 'coach-eval.js'));

const quiet = process.argv.includes('--quiet');
const corpora = (process.argv.includes('--tune-only') ? ['tune'] : ['tune', 'holdout']).map((name) => {
  const file = join(root, 'test/fixtures/corpus/stories', `${name}.jsonl`);
  return { name: `${name}.jsonl`, text: existsSync(file) ? readFileSync(file, 'utf8') : undefined };
});
const { report, ok } = run(join(root, 'content', 'netflix-ml-media-algorithms'), corpora, { quiet });
process.stdout.write(`${report}\n`);
process.exitCode = ok ? 0 : 1;
