import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CliSentenceAnalyser } from '../../../src/cli/sentenceCache';

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
});
