// `npm run bench`: the red-flag engine against the tools a user would pick instead, on the same
// deterministic corpus, in one run, printing one table. Peers (textlint + textlint-rule-prh,
// alex, write-good) are devDependencies used only here. Numbers are medians; machines differ, so
// compare rows of one run rather than runs of different days.
//
//   node scripts/bench/run.mjs [--quick]     (--quick: fewer repetitions, for a smoke test)
//   node scripts/bench/run.mjs --pathological-only   (only the pathological inputs' table)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { languageModelOptions } from '../lib/language-model-build.mjs';
import { cliEntryPoints, cliSiblings, prebuiltPack } from '../lib/cli-build.mjs';
import { median, timeAsync, timeSync } from './timing.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const quick = process.argv.includes('--quick');
const require = createRequire(import.meta.url);
const out = join(root, 'out', 'bench');
mkdirSync(out, { recursive: true });
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const log = (s) => process.stderr.write(`${s}\n`);

// ---- build: the engine entry, and the CLI exactly as `npm run package` builds it -------------
log('building the engine and a production CLI bundle…');
// jsonc-parser's UMD `main` cannot be bundled (its require()s are dynamic): use its ES build, as esbuild.mjs does.
const node = { bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'warning', alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' } };
const shipped = { ...node, minify: true, legalComments: 'none', define: { __VERSION__: JSON.stringify(pkg.version) } };
await esbuild.build({ ...node, entryPoints: [join(root, 'scripts/bench/engine.ts')], outfile: join(out, 'engine.cjs') });
// The shipped layout: `cli.js` (the executable, through V8's code cache) runs `cli-main.js`, which
// requires `cli-engine.js` and `cli-commands.js` when a run needs them.
await esbuild.build({ ...shipped, entryPoints: { cli: join(root, 'src/cli/bin.ts') }, banner: { js: '#!/usr/bin/env node' }, outdir: out });
await esbuild.build({ ...shipped, entryPoints: Object.fromEntries(Object.entries(cliEntryPoints).map(([k, v]) => [k, join(root, v)])), plugins: [cliSiblings, await prebuiltPack(root)], outdir: out });
await esbuild.build({ ...shipped, entryPoints: [join(root, 'scripts/bench/lint-only-cli.ts')], outfile: join(out, 'lint-only-cli.js') });
// The language model beside the CLI, as dist/ has it (the CLI loads it on a sentence-cache miss).
await esbuild.build({ ...shipped, ...languageModelOptions, entryPoints: { 'language-model': join(root, 'src/core/language/winkModel.ts') }, outdir: out });
const engine = require(join(out, 'engine.cjs'));

// ---- corpus -----------------------------------------------------------------------------------
const KB = 1024;
const MB = 1024 * 1024;
const tmp = mkdtempSync(join(tmpdir(), 'interview-coach-bench-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const texts = { '10KB': engine.draft(10 * KB, { seed: 7 }), '1MB': engine.corpus(MB, { seed: 11 }), '10MB': engine.corpus(10 * MB, { seed: 13 }) };
const files = {};
for (const [name, text] of Object.entries(texts)) {
  files[name] = join(tmp, `draft-${name}.md`);
  writeFileSync(files[name], text);
}
const bytes = (name) => Buffer.byteLength(texts[name]);
log(`corpus: 10 KB draft ${texts['10KB'].length} chars, 1 MB ${texts['1MB'].length}, 10 MB ${texts['10MB'].length}`);

const pack = engine.loadPackDir(join(root, 'content', 'netflix-ml-media-algorithms')).pack;
const sources = engine.compileRuleSources(pack);
const phraseRules = sources.rules.filter((r) => r.scope === 'phrase');
const { benchMeaning } = await import('./meaning.mjs');
if (process.argv.includes('--meaning-only')) {
  console.log(await benchMeaning({ engine, pack, texts, files, out, tmp, R: (n) => (quick ? Math.max(1, Math.ceil(n / 4)) : n), log }));
  process.exit(0);
}

// ---- timing helpers ---------------------------------------------------------------------------
const mbps = (name, ms) => bytes(name) / MB / (ms / 1000);
const R = (n) => (quick ? Math.max(1, Math.ceil(n / 4)) : n);
if (process.argv.includes('--pathological-only')) {
  const patho = pathological();
  printPathological(patho);
  process.exit(0);
}

const rows = new Map();
// The table's order.
for (const name of [
  'interview-coach lint (this engine)',
  '  first run, nothing cached yet',
  '  the same CLI printing its version (its start-up alone)',
  '  the lint command alone (no other commands, no coach)',
  '  the red-flag engine alone (no coach analyzers)',
  '  of which: markdown masking pass alone',
  'markdown-it tokenizer alone (md.parse, no linting)',
  'textlint + textlint-rule-prh (same phrases)',
  'write-good (plain text)',
  'alex (markdown)',
  'floor: node -e 0',
  'floor: one combined regex over the raw text',
  'floor: simple regex masking, then that regex',
  'naive: every full phrase in one regex, raw text',
])
  rows.set(name, {});
const row = (name) => {
  if (!rows.has(name)) rows.set(name, {});
  return rows.get(name);
};

// ---- our engine -------------------------------------------------------------------------------
log('our engine…');
const ours = row('interview-coach lint (this engine)');
ours.latency = timeSync(() => engine.lintText(texts['10KB'], pack), R(400), 50);
ours.mb1 = mbps('1MB', timeSync(() => engine.lintText(texts['1MB'], pack), R(15)));
ours.mb10 = mbps('10MB', timeSync(() => engine.lintText(texts['10MB'], pack), R(5), 1));
const findings10k = engine.lintText(texts['10KB'], pack).length;
const findings1m = engine.lintText(texts['1MB'], pack).length;

// The masking pass alone, and markdown-it's tokenizer alone, on the same text.
const maskRow = row('  of which: markdown masking pass alone');

maskRow.latency = timeSync(() => engine.maskMarkdown(texts['10KB']), R(400), 50);
maskRow.mb1 = mbps('1MB', timeSync(() => engine.maskMarkdown(texts['1MB']), R(15)));
maskRow.mb10 = mbps('10MB', timeSync(() => engine.maskMarkdown(texts['10MB']), R(5), 1));

log('markdown-it…');
const MarkdownIt = require('markdown-it');
const md = new MarkdownIt();
const mdRow = row('markdown-it tokenizer alone (md.parse, no linting)');
mdRow.latency = timeSync(() => md.parse(texts['10KB'], {}), R(100), 10);
mdRow.mb1 = mbps('1MB', timeSync(() => md.parse(texts['1MB'], {}), R(5), 1));
mdRow.mb10 = mbps('10MB', timeSync(() => md.parse(texts['10MB'], {}), R(2), 1));

// ---- the coach ----------------------------------------------------------------------------------
// One draft's coach analysis (STAR by labels or narrative, measures, voice, hedges, values), as the
// editor runs it on each change; target < 2 ms warm for 10 KB.
log('coach…');
const story10k = engine.narrativeStory(10 * KB, { seed: 5 });
const coach = {
  draft: timeSync(() => engine.analyzeDraft(texts['10KB'], pack), R(200), 30),
  story: timeSync(() => engine.analyzeDraft(story10k, pack), R(200), 30),
};
const storyParts = engine.analyzeDraft(story10k, pack).star?.present.length ?? 0;

// ---- floors -----------------------------------------------------------------------------------
log('floors…');
const anchorWords = [...new Set(phraseRules.flatMap((r) => r.phrases.flatMap((p) => p.anchors)))];
const bareSource = `\\b(?:${anchorWords.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})\\b`;
const scan = (text) => {
  const re = new RegExp(bareSource, 'gi');
  let n = 0;
  while (re.exec(text)) n++;
  return n;
};
const bare = row('floor: one combined regex over the raw text');
bare.latency = timeSync(() => scan(texts['10KB']), R(400), 50);
bare.mb1 = mbps('1MB', timeSync(() => scan(texts['1MB']), R(15)));
bare.mb10 = mbps('10MB', timeSync(() => scan(texts['10MB']), R(5), 1));
const masked = row('floor: simple regex masking, then that regex');
masked.latency = timeSync(() => scan(engine.simpleMask(texts['10KB'])), R(400), 50);
masked.mb1 = mbps('1MB', timeSync(() => scan(engine.simpleMask(texts['1MB'])), R(15)));
masked.mb10 = mbps('10MB', timeSync(() => scan(engine.simpleMask(texts['10MB'])), R(5), 1));
// What matching full phrases in one regex would cost (why the engine searches anchors first).
const phraseRegexes = engine.phraseRegexes(pack);
const fullSource = `\\b(?:${phraseRegexes.map((r) => r.sources.join('|')).join('|')})`;
const naive = row('naive: every full phrase in one regex, raw text');
naive.latency = timeSync(() => {
  const re = new RegExp(fullSource, 'gi');
  while (re.exec(texts['10KB']));
}, R(50), 5);
naive.mb1 = mbps('1MB', timeSync(() => {
  const re = new RegExp(fullSource, 'gi');
  while (re.exec(texts['1MB']));
}, R(3), 1));

// ---- peers ------------------------------------------------------------------------------------
log('textlint + textlint-rule-prh…');
const prhDir = join(tmp, 'textlint');
mkdirSync(prhDir);
// The same phrase list: each rule's phrases, as prh regex patterns, the preferred suggestion as expected.
const yamlString = (s) => JSON.stringify(s);
const prhYaml = [
  'version: 1',
  'rules:',
  ...phraseRegexes.map((r) => `  - expected: ${yamlString(r.expected)}\n    patterns:\n      - ${yamlString(`/\\b(?:${r.sources.join('|')})/i`)}`),
].join('\n');
writeFileSync(join(prhDir, 'prh.yml'), `${prhYaml}\n`);
writeFileSync(join(prhDir, '.textlintrc.json'), JSON.stringify({ rules: { prh: { rulePaths: ['./prh.yml'] } } }));
const textlint = require('textlint');
const descriptor = await textlint.loadTextlintrc({ configFilePath: join(prhDir, '.textlintrc.json'), node_modulesDir: join(root, 'node_modules') });
const linter = textlint.createLinter({ descriptor, cwd: prhDir });
const tl = row('textlint + textlint-rule-prh (same phrases)');
tl.latency = await timeAsync(() => linter.lintText(texts['10KB'], join(prhDir, 'draft.md')), R(20), 3);
tl.mb1 = mbps('1MB', await timeAsync(() => linter.lintText(texts['1MB'], join(prhDir, 'draft.md')), R(2), 0));
const textlintFindings10k = (await linter.lintText(texts['10KB'], join(prhDir, 'draft.md'))).messages.length;

log('alex…');
const alex = await import(pathToFileURL(require.resolve('alex')).href);
const alexRow = row('alex (markdown)');
alexRow.latency = await timeAsync(() => alex.markdown(texts['10KB']), R(10), 2);
alexRow.mb1 = mbps('1MB', await timeAsync(() => alex.markdown(texts['1MB']), 1, 0));

log('write-good…');
const writeGood = require('write-good');
const wg = row('write-good (plain text)');
wg.latency = timeSync(() => writeGood(texts['10KB']), R(50), 5);
wg.mb1 = mbps('1MB', timeSync(() => writeGood(texts['1MB']), R(3), 1));

// ---- whole CLI processes on the 10 KB draft ---------------------------------------------------
log('CLI processes…');
const cli = join(out, 'cli.js');
const env = { ...process.env, XDG_CACHE_HOME: join(tmp, 'cache') };
const commands = [
  ['floor: node -e 0', ['-e', '0'], 'node'],
  ['interview-coach lint (this engine)', [cli, 'lint', files['10KB']], 'ours'],
  ['  first run, nothing cached yet', [cli, 'lint', files['10KB']], 'cold'],
  ['  the same CLI printing its version (its start-up alone)', [cli, '--version'], 'version'],
  ['  the lint command alone (no other commands, no coach)', [join(out, 'lint-only-cli.js'), files['10KB']], 'lint-only'],
  ['textlint + textlint-rule-prh (same phrases)', [join(root, 'node_modules/textlint/bin/textlint.js'), '--config', join(prhDir, '.textlintrc.json'), files['10KB']], 'textlint'],
  ['alex (markdown)', [join(root, 'node_modules/alex/cli.js'), files['10KB']], 'alex'],
  ['write-good (plain text)', [join(root, 'node_modules/write-good/bin/write-good.js'), files['10KB']], 'write-good'],
];
spawnSync(process.execPath, [cli, 'lint', files['10KB']], { env, stdio: 'ignore' }); // fill the cache
const cliTimes = commands.map(() => []);
for (let i = 0; i < R(15); i++) {
  // Interleaved, so a noisy neighbour slows every tool alike.
  commands.forEach(([, args, kind], k) => {
    const e = kind === 'cold' ? { ...env, INTERVIEW_COACH_NO_CACHE: '1' } : env;
    const s = performance.now();
    spawnSync(process.execPath, args, { env: e, stdio: 'ignore' });
    cliTimes[k].push(performance.now() - s);
  });
}
commands.forEach(([name], k) => {
  row(name).cli = median(cliTimes[k]);
});

// ---- peak memory on the 10 MB file ------------------------------------------------------------
log('memory on the 10 MB file…');
const rssFile = join(tmp, 'rss.txt');
const peak = (args) => {
  writeFileSync(rssFile, '');
  spawnSync(process.execPath, ['-r', join(root, 'scripts/bench/maxrss.cjs'), ...args], { env: { ...env, BENCH_RSS_FILE: rssFile }, stdio: 'ignore' });
  return Number(readFileSync(rssFile, 'utf8').trim()) * 1024;
};
const peaks = (args, n = R(3)) => median(Array.from({ length: n }, () => peak(args)));
const baseline = peaks(['-e', '0']);
const size10 = bytes('10MB');
row('interview-coach lint (this engine)').memory = peaks([cli, 'lint', files['10MB']]) - baseline;
row('  the red-flag engine alone (no coach analyzers)').memory = peaks([join(root, 'scripts/bench/engine-alone.cjs'), join(out, 'engine.cjs'), files['10MB']]) - baseline;
row('floor: simple regex masking, then that regex').memory = peaks([join(root, 'scripts/bench/floor-mask-scan.cjs'), files['10MB'], bareSource]) - baseline;
row('floor: node -e 0').memory = 0;
row('  the lint command alone (no other commands, no coach)').memory = peaks([join(out, 'lint-only-cli.js'), files['10MB']]) - baseline;

// ---- the editor's view of a 10 MB draft: linting in slices ------------------------------------
const run = new engine.LintRun(texts['10MB'], pack);
let slices = 0;
let longest = 0;
const started = performance.now();
for (;;) {
  const s = performance.now();
  const done = run.step(8);
  longest = Math.max(longest, performance.now() - s);
  slices++;
  if (done) break;
}
const sliceTotal = performance.now() - started;

// ---- pathological inputs: each once quadratic or worse; seconds per 10 MB (measured at 128 KB to 1 MB, linear) ----
// Medians of 5 to 9 runs: the lint cases now take tens of milliseconds, and 3 runs on a busy machine were noise.
const patho = pathological();
function pathological() {
  log('pathological inputs…');
  const per10 = (chars, ms) => (ms / 1000) * ((10 * MB) / chars);
  const patho = [];
  const text = 'b '.repeat(MB / 16); // 128 KB: the adversarial packs are slow per byte, and the cost is linear
  for (const groups of [27, 48]) {
    const adv = engine.adversarialPack(groups);
    patho.push([`adversarial pack: ${groups} groups (b|b b) + ambiguous except, on "b b b …"`, per10(text.length, timeSync(() => engine.lintText(text, adv), R(9), 2))]);
  }
  const stars = `${'* '.repeat(100_000)}x\n`;
  patho.push(['"* " × 100,000 then a word (nested list markers), lint', per10(stars.length, timeSync(() => engine.lintText(stars, pack), R(9), 2))]);
  const line = 'I value stability. '.repeat(Math.round(MB / 19));
  patho.push(['one 1 MB line with a finding every 19 characters, lint', per10(line.length, timeSync(() => engine.lintText(line, pack), R(5), 1))]);
  const fm = engine.hugeFrontmatter(MB);
  const fmChars = fm.reduce((n, f) => n + f.text.length, 0);
  patho.push(['1 MB frontmatter of 40,000 items, pack load (YAML parse included)', per10(fmChars, timeSync(() => engine.loadPack('big', fm), R(3), 1))]);
  const flags = engine.hugeFlagsFrontmatter(MB);
  const flagsChars = flags.reduce((n, f) => n + f.text.length, 0);
  const flagCount = engine.loadPack('flags', flags).pack?.sections[0]?.flags.length ?? 0;
  patho.push([`1 MB frontmatter of ${flagCount.toLocaleString('en')} red flags, each with its line, pack load`, per10(flagsChars, timeSync(() => engine.loadPack('flags', flags), R(3), 1))]);
  return patho;
}
function printPathological(patho) {
  console.log('| pathological input | seconds per 10 MB |');
  console.log('|---|---:|');
  for (const [name, seconds] of patho) console.log(`| ${name} | ${seconds.toFixed(2)} |`);
  const slowest = Math.max(...patho.map(([, seconds]) => seconds));
  console.log(`Target: slowest pathological input under 3 s per 10 MB: ${slowest.toFixed(1)} s ${slowest < 3 ? 'met' : 'MISSED'}.`);
}

// ---- the table --------------------------------------------------------------------------------
const f = (n, digits = 1) => (n === undefined ? '—' : n >= 100 ? n.toFixed(0) : n.toFixed(digits));
const ms = (n) => (n === undefined ? '—' : n < 1 ? `${n.toFixed(3)} ms` : `${f(n)} ms`);
const mem = (n) => (n === undefined ? '—' : `${(n / MB).toFixed(0)} MB (${(n / size10).toFixed(1)}×)`);
const lines = [
  `| tool | 10 KB draft, median warm | MB/s at 1 MB | MB/s at 10 MB | CLI process on 10 KB | peak memory over bare Node, 10 MB file |`,
  `|---|---:|---:|---:|---:|---:|`,
];
for (const [name, r] of rows) if (Object.keys(r).length > 0) lines.push(`| ${name.trim().startsWith('of which') || name.startsWith('  ') ? `↳ ${name.trim()}` : name} | ${ms(r.latency)} | ${f(r.mb1)} | ${f(r.mb10)} | ${ms(r.cli)} | ${mem(r.memory)} |`);
const nodeStart = row('floor: node -e 0').cli;
const tlRatio = ours.mb1 / tl.mb1;
console.log(lines.join('\n'));
console.log('');
console.log(await benchMeaning({ engine, pack, texts, files, out, tmp, R, log }));
console.log('');
console.log(`Corpus: deterministic drafts (scripts/bench/corpus.ts); ${findings10k} findings in the 10 KB draft (textlint+prh: ${textlintFindings10k}), ${findings1m} in 1 MB. Node ${process.version}, ${process.platform}/${process.arch}.`);
console.log(
  `Coach analysis (analyzeDraft), median warm: the 10 KB draft ${coach.draft.toFixed(3)} ms; a 10 KB story told without labels ` +
    `(${storyParts}/4 parts read sentence by sentence) ${coach.story.toFixed(3)} ms. Target < 2 ms: ${Math.max(coach.draft, coach.story) < 2 ? 'met' : 'MISSED'}.`,
);
console.log('');
printPathological(patho);
console.log(`Editor view of the 10 MB file: ${slices} slices of at most 8 ms planned, longest ${longest.toFixed(1)} ms, ${(sliceTotal / 1000).toFixed(2)} s in all.`);
console.log(
  `CLI rows run the shipped CLI (production bundle), which also runs the coach's analyzers on each draft; ` +
    `the engine rows are the red-flag engine called in-process.\n` +
    `Targets: 10 KB < 0.5 ms: ${ours.latency.toFixed(3)} ms ${ours.latency < 0.5 ? 'met' : 'MISSED'}; ≥ 50 MB/s at 1 MB: ${ours.mb1.toFixed(0)} ${ours.mb1 >= 50 ? 'met' : 'MISSED'} (${tlRatio.toFixed(0)}× textlint+prh, ${tlRatio >= 100 ? 'met' : 'MISSED'} ≥ 100×); ` +
    `CLI ≤ 1.3× node: ${(ours.cli / nodeStart).toFixed(2)}× ${ours.cli / nodeStart <= 1.3 ? 'met' : 'MISSED'} (lint command alone ${(row('  the lint command alone (no other commands, no coach)').cli / nodeStart).toFixed(2)}×); ` +
    `memory < 10× file: CLI ${(ours.memory / size10).toFixed(1)}× ${ours.memory / size10 < 10 ? 'met' : 'MISSED'}, lint command alone ${(row('  the lint command alone (no other commands, no coach)').memory / size10).toFixed(1)}×, engine alone ${(row('  the red-flag engine alone (no coach analyzers)').memory / size10).toFixed(1)}× ${row('  the red-flag engine alone (no coach analyzers)').memory / size10 < 10 ? 'met' : 'MISSED'}.`,
);

// Practice rounds and the readiness dashboard: the host's part of opening it (scripts/bench/readiness.mjs).
console.log('');
spawnSync(process.execPath, [join(root, 'scripts/bench/readiness.mjs'), ...(quick ? ['--quick'] : [])], { stdio: 'inherit' });
