import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createLanguageModel } from '../../../../src/core/language/winkModel';
import type { LanguageModel } from '../../../../src/core/language';

/**
 * dist/language-model.js is built with scripts/lib/language-model-build.mjs's faster loader of
 * wink-eng-lite-web-model (no deep copy, the lexemes in a Map, lists as joined strings); this
 * test's own bundle has the package's loader as published. Both must read every sentence alike.
 */
const MODEL = resolve('dist', 'language-model.js');
const CORE_MODEL = resolve('node_modules', 'wink-eng-lite-web-model', 'dist', 'languages', 'cur', 'models', 'eng-core-web-model.json');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const built = (): LanguageModel => (require(MODEL) as { createLanguageModel(): LanguageModel }).createLanguageModel();

/** Tuning sentences of the red-flag corpus (never the held-out part) and words that test the lexicon's edges. */
function sentences(): string[] {
  const out: string[] = [];
  for (const name of ['tune.jsonl', 'tune2.jsonl']) {
    for (const line of readFileSync(resolve('test', 'fixtures', 'corpus', 'red-flags', name), 'utf8').split('\n')) {
      if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
    }
  }
  out.push(
    'constructor __proto__ toString hasOwnProperty valueOf prototype',
    "I can't, won't and shouldn't; y'all'd've known it's the 90's.",
    'Email me at a.b@example.com or see https://example.com/x?y=1 #hashtag @mention :-) 🙂',
    'Zxqvbnm flibbertigibbet OOVWORD 12,345.67 3rd 10:30 1990s',
    'UPPERCASE Words, TitleCase Words and lowercase words\n\twith tabs and new lines.',
  );
  return out;
}

describe('language model build (fast wink model load)', () => {
  it('is built with the fast loader', () => {
    const script = readFileSync(MODEL, 'utf8');
    assert.ok(script.includes('new Proxy('), 'the lexeme index is a Map behind a Proxy');
    assert.ok(!/JSON\.parse\(JSON\.stringify\([\w$]*(originalModel|eng_core_web_model)/.test(script), 'no deep copy of the model');
  });

  it('reads every sentence as the package loader does', () => {
    const original = createLanguageModel();
    const fast = built();
    const all = sentences();
    assert.ok(all.length > 300, `${all.length} sentences`);
    for (const s of all) assert.deepEqual(fast.analyse(s), original.analyse(s), s);
  });

  it('knows every lexeme as the package loader does (lemma and part of speech of one in seven)', () => {
    const list = (JSON.parse(readFileSync(CORE_MODEL, 'utf8')) as { features: { lexeme: { list: string[] } } }).features.lexeme.list;
    const original = createLanguageModel();
    const fast = built();
    for (let i = 1; i < list.length; i += 7) {
      const word = list[i]!;
      if (!/\S/.test(word)) continue;
      assert.deepEqual(fast.analyse(word), original.analyse(word), JSON.stringify(word));
    }
  });

  it('gives each model its own tables: words one model learns do not leak into the next', () => {
    const first = built();
    const unknown = ['Blorptastic zingwhiff quorbled.', 'Snarfwidget plimbo.'];
    const before = unknown.map((s) => first.analyse(s));
    for (let i = 0; i < 200; i++) first.analyse(`Word${i}x glorbnax${i} frumple${i}.`);
    const second = built();
    assert.deepEqual(
      unknown.map((s) => second.analyse(s)),
      before,
    );
    const original = createLanguageModel();
    for (let i = 0; i < 20; i++) assert.deepEqual(second.analyse(`Word${i}x glorbnax${i} frumple${i}.`), original.analyse(`Word${i}x glorbnax${i} frumple${i}.`));
  });
});
