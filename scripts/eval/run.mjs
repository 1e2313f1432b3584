// Bundles scripts/eval/eval.ts (esbuild, as the tests are) and runs it. Flags pass through.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'out', 'eval');
mkdirSync(out, { recursive: true });
const options = { bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'warning' };
await esbuild.build({ ...options, entryPoints: [join(root, 'scripts/eval/eval.ts')], outfile: join(out, 'eval.cjs') });
// `node out/eval/explain.cjs "a sentence"`: how the language layer reads it (for rule authors).
await esbuild.build({ ...options, entryPoints: [join(root, 'scripts/eval/explain.ts')], outfile: join(out, 'explain.cjs') });
const r = spawnSync(process.execPath, [join(out, 'eval.cjs'), root, ...process.argv.slice(2)], { stdio: 'inherit' });
// Then the coach's reading of STAR stories on test/fixtures/corpus/stories (scripts/eval/coach.mjs);
// a tuning run (`--only …`, `--tuning`) scores only the stories' tuning corpus, so it never prints the holdout.
console.log('\n== coach: STAR stories ==');
const coachArgs = [
  ...process.argv.slice(2).filter((a) => a === '--quiet'),
  ...(process.argv.includes('--tables') ? ['--quiet'] : []),
  ...(process.argv.includes('--only') || process.argv.includes('--tuning') ? ['--tune-only'] : []),
];
const coach = spawnSync(process.execPath, [join(root, 'scripts/eval/coach.mjs'), ...coachArgs], { stdio: 'inherit' });
process.exit((r.status ?? 1) || (coach.status ?? 1));
