// The host's side of opening the readiness dashboard on the bundled pack with 200 recorded rounds
// and the example drafts: reading the rounds file, analysing and linting the drafts (the editor
// keeps those analyses; the cold figure is the worst case), and adding up the figures. Also one
// practice round's scoring. Medians; the webview's own part is measured in test/e2e/practice.e2e.mjs.
//
//   node scripts/bench/readiness.mjs [--quick]
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { timeSync } from './timing.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const quick = process.argv.includes('--quick');
const out = join(root, 'out', 'bench');
mkdirSync(out, { recursive: true });
await esbuild.build({ bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'warning', entryPoints: [join(root, 'scripts/bench/readiness.ts')], outfile: join(out, 'readiness.cjs') });
const p = createRequire(import.meta.url)(join(out, 'readiness.cjs'));

const pack = p.loadPackDir(join(root, 'content', 'netflix-ml-media-algorithms')).pack;
const bank = p.buildBank(pack);
const prompts = p.practicePrompts(pack);
const now = new Date(2026, 2, 2, 9, 0, 0);
const scheduler = new p.Scheduler(() => now, () => p.parseInterviewDate('2026-03-12'));

// 200 rounds over a month, a card per prompt, as the rounds file stores them.
const rounds = {};
const cards = {};
for (let i = 0; i < 200; i++) {
  const prompt = prompts[i % prompts.length];
  const at = now.getTime() - 30 * 86_400_000 + i * 3 * 3_600_000;
  rounds[`r${i}`] = { id: `r${i}`, promptId: prompt.id, question: prompt.question, startedAt: new Date(at - 180_000).toISOString(), finishedAt: new Date(at).toISOString(), score: 40 + ((i * 7) % 60), grade: 3, targetSeconds: prompt.targetSeconds, spokenSeconds: 100, redFlags: 0, draft: 'answers/x.md' };
}
let card;
for (const prompt of prompts) cards[prompt.id] = card = scheduler.review(card, 3);
const fileText = JSON.stringify({ schema: 'interview-coach/practice-rounds', version: 1, packs: { [pack.manifest.id]: { rounds, cards } } }, null, 1);

const answers = join(root, 'examples', 'answers');
const drafts = readdirSync(answers).filter((n) => n.endsWith('.md')).map((n) => ({ path: `answers/${n}`, text: readFileSync(join(answers, n), 'utf8') }));

const time = (fn, runs = quick ? 5 : 40) => timeSync(fn, runs, 3);

const analysed = () => drafts.map((d) => ({ ...d, analysis: p.analyzeDraft(d.text, pack), redFlags: p.lintText(d.text, pack).filter((f) => !p.isCoachRule(f.ruleId) && f.severity !== 'hint') }));
const kept = analysed();
const figures = (ds) => {
  const doc = p.parseRoundsDocument(fileText).doc.packs[pack.manifest.id];
  return p.readiness({ pack, bank, quizCards: {}, prompts, rounds: Object.values(doc.rounds), roundCards: doc.cards, drafts: ds, scheduler });
};
const warm = time(() => figures(kept));
const cold = time(() => figures(analysed()));
const json = time(() => JSON.stringify(figures(kept)));
const size = JSON.stringify(figures(kept)).length;
// The first view as the host writes it into the page (charts and tables as escaped HTML).
const page = () => p.readinessView(figures(kept), 'figures').map(p.toHtml).join('');
const written = time(page);
const pageSize = page().length;

const risk = prompts.find((x) => x.kind === 'story') ?? prompts[0];
const answer = p.practiceDraft(pack, risk, now).text.replace(/\n# [^\n]*\n[\s\S]*$/, '\n# Risk\n\n## Situation\nOn-call reports were noisy.\n\n## Task\nI had to fix them.\n\n## Action\nI rewrote the pipeline myself and used judgment.\n\n## Result\nReports went down by 50%.\n');
const scoring = time(() => p.scoreRound(answer, pack, risk));

const ms = (n) => `${n.toFixed(2)} ms`;
console.log('| readiness, bundled pack, 200 rounds, 4 example drafts | median |');
console.log('|---|---:|');
console.log(`| figures, drafts already analysed (the editor's case) | ${ms(warm)} |`);
console.log(`| figures, drafts analysed and linted first (cold) | ${ms(cold)} |`);
console.log(`| figures + JSON for a live update (${(size / 1024).toFixed(1)} KB) | ${ms(json)} |`);
console.log(`| figures + the first view written as HTML (${(pageSize / 1024).toFixed(1)} KB) | ${ms(written)} |`);
console.log(`| scoring one practice round (lint + coach + weights) | ${ms(scoring)} |`);
console.log(`\nTarget: the host's part of opening the dashboard well under 300 ms: ${cold < 300 ? 'met' : 'MISSED'} (cold ${ms(cold)}). Node ${process.version}.`);
