import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CliSentenceAnalyser } from '../../../src/cli/sentenceCache';
import { compileMeaningRules, lintText } from '../../../src/core/lint';
import { bundledPack } from '../helpers/packFiles';

/** The model bundle `npm run build` makes (the CLI loads it from beside itself). */
const MODEL = resolve('dist', 'language-model.js');

describe('CLI sentence analysis cache', () => {
  let cache: string;
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env['XDG_CACHE_HOME'];
    cache = mkdtempSync(join(tmpdir(), 'ic-sentences-'));
    process.env['XDG_CACHE_HOME'] = cache;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env['XDG_CACHE_HOME'];
    else process.env['XDG_CACHE_HOME'] = saved;
    rmSync(cache, { recursive: true, force: true });
  });

  it('answers an unchanged sentence from the cache without loading the model', () => {
    const first = new CliSentenceAnalyser(MODEL, true);
    const a = first.analyse('Evenings are sacred to me.');
    assert.ok(a && first.loadedModel);
    first.save();
    // No model file at all: only the cache can answer.
    const second = new CliSentenceAnalyser(join(cache, 'no-model.js'), true);
    assert.deepEqual(second.analyse('Evenings are sacred to me.'), a);
    assert.equal(second.loadedModel, false);
    assert.equal(second.analyse('A sentence never seen.'), undefined);
  });

  it('survives a corrupt cache file by analysing afresh', () => {
    const dir = join(cache, 'interview-coach');
    new CliSentenceAnalyser(MODEL, true).analyse('x');
    const probe = new CliSentenceAnalyser(MODEL, true);
    probe.analyse('Evenings are sacred to me.');
    probe.save();
    for (const file of readdirSync(dir).filter((n) => n.startsWith('sentences-'))) writeFileSync(join(dir, file), '{"Evenings are sacred to me.": [[0, 999, 1, 2]]');
    const again = new CliSentenceAnalyser(MODEL, true);
    assert.ok(again.analyse('Evenings are sacred to me.')!.tokens.length > 3);
  });

  it('keeps verdicts: a second run finds the same without reading analyses or loading the model', () => {
    // The last two have phrase findings inside: one kept, one dismissed by its reading (negated).
    const text = 'Evenings are sacred to me.\n\nWe shipped the model in March.\n\nI want a job I can keep until I retire.\n\nI want a stable job.\n\nI never wanted a stable job.';
    const first = new CliSentenceAnalyser(MODEL, true);
    const findings = lintText(text, bundledPack(), { language: first });
    assert.ok(findings.length >= 2 && first.loadedModel);
    first.save();
    let analysed = 0;
    const second = new CliSentenceAnalyser(join(cache, 'no-model.js'), true);
    const counting = Object.assign(Object.create(second) as CliSentenceAnalyser, { analyse: (s: string) => (analysed++, second.analyse(s)) });
    assert.deepEqual(lintText(text, bundledPack(), { language: counting }), findings);
    assert.equal(analysed, 0);
    assert.equal(second.loadedModel, false);
  });

  it('does not reuse a verdict made under other meaning forms', () => {
    const a = new CliSentenceAnalyser(MODEL, true);
    a.verdicts!.set('forms-a', 'Evenings are sacred to me.', { found: [['work-life-balance', 0, 8]] });
    a.save();
    const b = new CliSentenceAnalyser(MODEL, true);
    assert.deepEqual(b.verdicts!.get('forms-a', 'Evenings are sacred to me.'), { found: [['work-life-balance', 0, 8]] });
    assert.equal(b.verdicts!.get('forms-b', 'Evenings are sacred to me.'), undefined);
    assert.notEqual(compileMeaningRules(bundledPack()).formsKey, '');
  });

  it('reads a corrupt verdict file as all misses and gives the same findings', () => {
    const dir = join(cache, 'interview-coach');
    const text = 'Evenings are sacred to me.\n\nI want a job I can keep until I retire.';
    const first = new CliSentenceAnalyser(MODEL, true);
    const findings = lintText(text, bundledPack(), { language: first });
    first.save();
    const files = readdirSync(dir).filter((n) => n.startsWith('verdicts-'));
    assert.ok(files.length > 0);
    for (const file of files) writeFileSync(join(dir, file), '{"Evenings are sacred to me.": [["stability", 0, 3]]}');
    assert.deepEqual(lintText(text, bundledPack(), { language: new CliSentenceAnalyser(MODEL, true) }), findings);
  });

  it('reads the same through the model’s thread (prefetch) as in this thread', () => {
    const text = 'Evenings are sacred to me.\n\nI want a job I can keep until I retire.\n\nI never wanted a stable job.';
    const plain = new CliSentenceAnalyser(MODEL, false);
    const threaded = new CliSentenceAnalyser(MODEL, false);
    threaded.prefetch();
    assert.deepEqual(lintText(text, bundledPack(), { language: threaded }), lintText(text, bundledPack(), { language: plain }));
    assert.deepEqual(threaded.analyse('We shipped the model in March.'), plain.analyse('We shipped the model in March.'));
    assert.ok(threaded.loadedModel && !threaded.incomplete);
    threaded.save();
  });

  it('says its findings are incomplete when the model fails to load, on its thread or not', () => {
    const broken = join(cache, 'broken-model.js');
    writeFileSync(broken, 'throw new Error("no model here");\n');
    const text = 'I want a job I can keep until I retire.';
    const none = lintText(text, bundledPack());
    for (const prefetch of [false, true]) {
      const a = new CliSentenceAnalyser(broken, false);
      if (prefetch) a.prefetch();
      assert.deepEqual(lintText(text, bundledPack(), { language: a }), none);
      assert.equal(a.incomplete, true);
      a.save();
    }
    // No model file at all is no failure: only what is cached is found, every time alike.
    const missing = new CliSentenceAnalyser(join(cache, 'no-model.js'), false);
    missing.prefetch();
    lintText(text, bundledPack(), { language: missing });
    assert.equal(missing.incomplete, false);
    assert.notEqual(missing.state, new CliSentenceAnalyser(MODEL, false).state);
  });
});
