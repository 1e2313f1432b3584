// Compares wink-nlp (+ wink-eng-lite-web-model) with compromise for the language layer: lemma and
// part-of-speech accuracy on words our meaning rules depend on (sentences from the tuning
// corpus), load time, parse time per 10 KB, browser bundle size and whether that bundle is free
// of Node built-ins (so it runs in a web worker). compromise is not a dependency; run it from a
// scratch folder that has both:
//   mkdir nlp-compare && cd nlp-compare && npm i compromise wink-nlp wink-eng-lite-web-model esbuild
//   node <repo>/scripts/eval/compare-nlp.mjs <repo>
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const repo = resolve(process.argv[2] ?? '.');
const here = process.cwd();
const require = createRequire(join(here, 'noop.js'));
const esbuild = require('esbuild');

// [sentence, word as written, expected lemma, expected coarse part of speech]
const GOLD = [
  ['We went home early.', 'went', 'go', 'VERB'],
  ['Evenings and weekends are sacred to me.', 'Evenings', 'evening', 'NOUN'],
  ["I've never needed a manager to break the work down.", 'needed', 'need', 'VERB'],
  ['I need predictable hours so I can pick up my kids.', 'kids', 'kid', 'NOUN'],
  ['I need predictable hours so I can pick up my kids.', 'hours', 'hour', 'NOUN'],
  ['We threw the model over the wall.', 'threw', 'throw', 'VERB'],
  ['I left a stable job at a bank.', 'left', 'leave', 'VERB'],
  ['I handed the pager to the next engineer.', 'handed', 'hand', 'VERB'],
  ['I hand my notebooks to the infra team and move on.', 'hand', 'hand', 'VERB'],
  ['I hand my notebooks to the infra team and move on.', 'notebooks', 'notebook', 'NOUN'],
  ['I need to be told exactly what to do.', 'told', 'tell', 'VERB'],
  ['My manager breaks the work into tickets.', 'breaks', 'break', 'VERB'],
  ['My manager breaks the work into tickets.', 'tickets', 'ticket', 'NOUN'],
  ['I wait until the requirements are final.', 'requirements', 'requirement', 'NOUN'],
  ['The team was like a family.', 'was', 'be', 'AUX'],
  ['My colleagues became my family.', 'became', 'become', 'VERB'],
  ['The whole group felt like a second family.', 'felt', 'feel', 'VERB'],
  ['We kept the schema stable.', 'kept', 'keep', 'VERB'],
  ['We kept the schema stable.', 'stable', 'stable', 'ADJ'],
  ['She gave me all the instructions.', 'gave', 'give', 'VERB'],
  ['I sent the weights to the platform team.', 'sent', 'send', 'VERB'],
  ['Engineering took it to production.', 'took', 'take', 'VERB'],
  ['We treated each other like family.', 'treated', 'treat', 'VERB'],
  ['My heart is in the proofs, not in shipping them.', 'proofs', 'proof', 'NOUN'],
  ['My heart is in the proofs, not in shipping them.', 'shipping', 'ship', 'VERB'],
  ['Every change should go through a review board.', 'review', 'review', 'NOUN'],
  ['We trained a family of diffusion models.', 'models', 'model', 'NOUN'],
  ['We trained a family of diffusion models.', 'trained', 'train', 'VERB'],
  ['I want my tasks spelled out for me.', 'spelled', 'spell', 'VERB'],
  ['My responsibilities stay exactly the same.', 'responsibilities', 'responsibility', 'NOUN'],
  ['I wrote the serving code for my own model.', 'wrote', 'write', 'VERB'],
  ['We cut the release review board.', 'cut', 'cut', 'VERB'],
  ['I loved that my team was a real family.', 'loved', 'love', 'VERB'],
  ['Researchers should research and engineers should deploy.', 'deploy', 'deploy', 'VERB'],
  ['Productionizing is for the engineers.', 'engineers', 'engineer', 'NOUN'],
  ['The studio folks can worry about the art.', 'worry', 'worry', 'VERB'],
  ['I thrive when things change quickly.', 'things', 'thing', 'NOUN'],
  ['I stopped asking for step-by-step plans.', 'stopped', 'stop', 'VERB'],
  ['The security review found two issues.', 'found', 'find', 'VERB'],
  ['The loss curve stayed stable after warm-up.', 'stayed', 'stay', 'VERB'],
];

const coarse = (tag) => tag;
function winkTagger() {
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model, ['pos']);
  const its = nlp.its;
  return {
    parse: (text) => nlp.readDoc(text).tokens().out(its.value).length,
    word(sentence, word) {
      const doc = nlp.readDoc(sentence);
      const values = doc.tokens().out(its.value);
      const i = values.indexOf(word);
      return i < 0 ? undefined : { lemma: doc.tokens().out(its.lemma)[i].toLowerCase(), pos: coarse(doc.tokens().out(its.pos)[i]) };
    },
  };
}
function compromiseTagger() {
  const nlp = require('compromise');
  const POS = [['Auxiliary', 'AUX'], ['Copula', 'AUX'], ['Verb', 'VERB'], ['Adjective', 'ADJ'], ['Noun', 'NOUN'], ['Adverb', 'ADV']];
  return {
    parse: (text) => nlp(text).terms().length,
    word(sentence, word) {
      const doc = nlp(sentence);
      doc.compute('root');
      const term = doc.json({ terms: { root: true, normal: true } }).flatMap((s) => s.terms).find((t) => t.text === word);
      if (!term) return undefined;
      const tag = POS.find(([t]) => term.tags.includes(t))?.[1] ?? 'X';
      return { lemma: (term.root ?? term.normal ?? word).toLowerCase(), pos: tag };
    },
  };
}

const draft = readFileSync(join(repo, 'test/fixtures/corpus/red-flags/tune.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l).text)
  .join(' ')
  .slice(0, 10 * 1024);

const out = join(here, 'compare-out');
mkdirSync(out, { recursive: true });
const rows = [];
for (const [name, make, entry] of [
  ['wink-nlp 2.4 + wink-eng-lite-web-model 1.8', winkTagger, "import w from 'wink-nlp'; import m from 'wink-eng-lite-web-model'; const n = w(m, ['pos']); self.onmessage = (e) => self.postMessage(n.readDoc(e.data).tokens().out().length);"],
  ['compromise 14', compromiseTagger, "import nlp from 'compromise'; self.onmessage = (e) => self.postMessage(nlp(e.data).terms().length);"],
]) {
  // Load time in a fresh process.
  const loadScript = name.startsWith('wink') ? "const w=require('wink-nlp'),m=require('wink-eng-lite-web-model');w(m,['pos'])" : "require('compromise')('warm up')";
  const loads = Array.from({ length: 5 }, () => Number(spawnSync(process.execPath, ['-e', `const s=performance.now();${loadScript};process.stdout.write(String(performance.now()-s))`], { cwd: here, encoding: 'utf8' }).stdout));
  const tagger = make();
  let lemmaOk = 0;
  let posOk = 0;
  const wrong = [];
  for (const [s, w, lemma, pos] of GOLD) {
    const got = tagger.word(s, w);
    if (got?.lemma === lemma) lemmaOk++;
    else wrong.push(`${w}→${got?.lemma}`);
    if (got?.pos === pos) posOk++;
    else wrong.push(`${w}/${got?.pos}`);
  }
  for (let i = 0; i < 3; i++) tagger.parse(draft);
  const t = [];
  for (let i = 0; i < 15; i++) {
    const s = performance.now();
    tagger.parse(draft);
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  // A web-worker bundle for the browser: it must build with platform 'browser' and no Node built-ins.
  writeFileSync(join(out, 'entry.js'), entry);
  let size = '—';
  let worker = 'yes';
  try {
    const file = join(out, `${name.split(' ')[0]}.js`);
    const r = await esbuild.build({ entryPoints: [join(out, 'entry.js')], bundle: true, minify: true, platform: 'browser', format: 'iife', outfile: file, logLevel: 'silent', metafile: true, absWorkingDir: here });
    size = `${(statSync(file).size / 1024 / 1024).toFixed(2)} MB`;
    const nodeBuiltins = Object.values(r.metafile.inputs).flatMap((i) => i.imports.filter((x) => x.path.startsWith('node:') || x.external));
    if (nodeBuiltins.length > 0) worker = `no (${nodeBuiltins.map((x) => x.path).join(', ')})`;
  } catch (err) {
    worker = `no (${err.message.split('\n')[0]})`;
  }
  loads.sort((a, b) => a - b);
  rows.push(`| ${name} | ${lemmaOk}/${GOLD.length} | ${posOk}/${GOLD.length} | ${loads[2].toFixed(0)} ms | ${t[7].toFixed(1)} ms | ${size} | ${worker} |`);
  console.error(`${name} wrong: ${wrong.join(', ')}`);
}
console.log('| library | lemmas right | parts of speech right | load (fresh process, median of 5) | parse 10 KB (median of 15) | browser bundle (minified) | web worker (browser bundle, no Node built-ins) |');
console.log('|---|---:|---:|---:|---:|---:|---|');
for (const r of rows) console.log(r);
