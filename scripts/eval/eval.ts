// `npm run eval`: precision and recall of the red-flag linter (both tiers) on the labelled corpus
// in test/fixtures/corpus/red-flags, per rule and overall, for each part present (tune, tune2, tune3, tune4, tune5,
// tune6, pairs, holdout, holdout2) and their drafts; false alarms per 50 clean sentences; every miss and false alarm
// listed. `pairs` (a tuning part, no drafts) holds red flags heard only across a sentence boundary.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackDir } from '../../src/cli/packDir';
import { createLanguageModel } from '../../src/core/language/winkModel';
import { parseJsonl, precision, recall, score, type Score } from './score';

const root = process.argv[2] ?? process.cwd();
const dir = join(root, 'test/fixtures/corpus/red-flags');
const pack = loadPackDir(join(root, 'content/netflix-ml-media-algorithms')).pack!;
const phraseOnly = process.argv.includes('--phrase-only');
// `--only tune,tune5-drafts,…`: score just the named parts; `--tuning`: every tuning part and its drafts. A tuning run
// never prints the held-out parts (holdout, holdout2).
// `--tables`: the tables alone, no list of misses and false alarms (to read held-out scores without reading their sentences).
const tablesOnly = process.argv.includes('--tables');
const TUNING = ['tune', 'tune2', 'tune3', 'tune4', 'tune5', 'tune6', 'pairs'];
const onlyAt = process.argv.indexOf('--only');
const only = process.argv.includes('--tuning')
  ? new Set(TUNING.flatMap((p) => [p, `${p}-drafts`]))
  : onlyAt >= 0 ? new Set((process.argv[onlyAt + 1] ?? '').split(',').filter(Boolean)) : undefined;
const t0 = performance.now();
const model = phraseOnly ? undefined : createLanguageModel();
const loadMs = performance.now() - t0;
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

// `--halves tune5,tune6` (or `pairs`): score those parts' odd-numbered ids (to tune on, misses listed) and even-numbered
// ids (tables only: a check, inside one tuning session, that a fix generalises to sentences not read).
const halvesAt = process.argv.indexOf('--halves');
const halved = new Set(halvesAt >= 0 ? (process.argv[halvesAt + 1] ?? '').split(',') : []);

function report(name: string, s: Score, tables = tablesOnly): void {
  console.log(`\n== ${name} ==`);
  console.log(`${'rule'.padEnd(30)} ${'P'.padStart(7)} ${'R'.padStart(7)}   tp  fp  fn`);
  for (const [rule, r] of [...s.perRule].sort()) {
    console.log(`${rule.padEnd(30)} ${pct(precision(r)).padStart(7)} ${pct(recall(r)).padStart(7)}  ${String(r.tp).padStart(3)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)}`);
  }
  const o = s.overall;
  console.log(`${'OVERALL'.padEnd(30)} ${pct(precision(o)).padStart(7)} ${pct(recall(o)).padStart(7)}  ${String(o.tp).padStart(3)} ${String(o.fp).padStart(3)} ${String(o.fn).padStart(3)}`);
  if (s.negatives > 0) console.log(`false alarms: ${s.falseAlarms} of ${s.negatives} clean = ${((50 * s.falseAlarms) / s.negatives).toFixed(2)} per 50`);
  if (tables) return;
  for (const m of s.misses) console.log(`  MISS  ${m.id} [${m.rule}] ${JSON.stringify(m.text)}`);
  for (const a of s.alarms) console.log(`  FALSE ${a.id} [${a.rule}] ${JSON.stringify(a.text)}`);
}

console.log(`meaning tier: ${phraseOnly ? 'off (--phrase-only)' : `on (model loaded in ${loadMs.toFixed(0)} ms)`}`);
for (const part of [...TUNING, 'holdout', 'holdout2']) {
  for (const suffix of ['', '-drafts']) {
    if (only && !only.has(`${part}${suffix}`)) continue;
    const file = join(dir, `${part}${suffix}.jsonl`);
    if (!existsSync(file)) {
      console.log(`\n${part}${suffix}: not present`);
      continue;
    }
    const entries = parseJsonl(readFileSync(file, 'utf8'), file);
    if (halved.has(part) && suffix === '') {
      const odd = (id: string): boolean => Number(/(\d+)$/.exec(id)?.[1] ?? 0) % 2 === 1;
      report(`${part} (odd ids: tuning half)`, score(entries.filter((e) => odd(e.id)), pack, model));
      report(`${part} (even ids: check half, tables only)`, score(entries.filter((e) => !odd(e.id)), pack, model), true);
    } else {
      report(`${part}${suffix}`, score(entries, pack, model));
    }
  }
}
