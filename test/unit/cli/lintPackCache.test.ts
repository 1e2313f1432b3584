import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../../../src/cli/commands/lint';
import { BUNDLED_PACK_DIR } from '../helpers/packFiles';

/** The compiled-rules cache must never change an answer: tampered, damaged or stale, it is not used. */
describe('cli: lint caches that cannot lie', () => {
  let dir: string;
  let cache: string;
  let pack: string;
  const savedCache = process.env['XDG_CACHE_HOME'];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ic-lintcache-'));
    cache = join(dir, 'cache');
    pack = join(dir, 'pack');
    process.env['XDG_CACHE_HOME'] = cache;
    cpSync(BUNDLED_PACK_DIR, pack, { recursive: true });
    writeFileSync(join(dir, 'draft.md'), '# Why\n\nI built it with the studio artists and creators. I want a good work-life balance.\n');
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (savedCache === undefined) delete process.env['XDG_CACHE_HOME'];
    else process.env['XDG_CACHE_HOME'] = savedCache;
  });

  const run = () => {
    let out = '';
    const code = lint(['draft.md'], { content: 'pack' }, { cwd: dir, out: (t) => (out += `${t}\n`), err: () => undefined }, () => []);
    return { code, out };
  };
  const entries = (prefix: string) => readdirSync(join(cache, 'interview-coach')).filter((n) => n.startsWith(prefix));

  it('does not use a tampered rules cache: no false clean, no crash', () => {
    const cold = run();
    assert.equal(cold.code, 1);
    assert.match(cold.out, /work-life-balance/);
    const [name] = entries('rules-');
    const file = join(cache, 'interview-coach', name!);
    const text = readFileSync(file, 'utf8');
    for (const tampered of [
      text.replace(/"verify":"(?:[^"\\]|\\.)*"/g, '"verify":"(?!)"'), // matches nothing: a false clean
      text.replace(/"verify":"(?:[^"\\]|\\.)*"/, '"verify":"("'), // not a regex: a crash
      text.slice(0, text.length / 2), // cut short
      '{"format":1}', // the wrong shape
    ]) {
      writeFileSync(file, tampered);
      assert.deepEqual(run(), cold);
    }
  });

  it('does not use a tampered or damaged pack cache', () => {
    const cold = run();
    const [name] = entries('pack-');
    const file = join(cache, 'interview-coach', name!);
    const text = readFileSync(file, 'utf8');
    for (const tampered of ['{}', text.slice(0, text.length / 2), text.replace(/"red-flags"/g, '"notes"')]) {
      writeFileSync(file, tampered);
      assert.deepEqual(run(), cold);
    }
  });

  it('sees a pack edit that keeps the file size and modification time', () => {
    const file = join(pack, '07-red-flags.md');
    const stamp = 1_700_000_000; // whole seconds, so the time is set back exactly
    utimesSync(file, stamp, stamp);
    assert.match(run().out, /show resilience instead/);
    const before = statSync(file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('show resilience instead', 'SHOW RESILIENCE INSTEAD'));
    utimesSync(file, stamp, stamp);
    assert.equal(statSync(file).size, before.size);
    assert.equal(statSync(file).mtimeMs, before.mtimeMs);
    assert.match(run().out, /SHOW RESILIENCE INSTEAD/);
  });
});

/**
 * A run whose drafts' findings are all cached reads the pack's summary (its errors, its rules'
 * problems) instead of the pack and its compiled rules; it must report exactly what a cold run does.
 */
describe('cli: lint pack summary for cached runs', () => {
  let dir: string;
  let cache: string;
  const savedCache = process.env['XDG_CACHE_HOME'];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ic-packsummary-'));
    cache = join(dir, 'cache');
    process.env['XDG_CACHE_HOME'] = cache;
    cpSync(BUNDLED_PACK_DIR, join(dir, 'pack'), { recursive: true });
    writeFileSync(join(dir, 'draft.md'), '# Why\n\nI built it with the studio artists and creators. I want a good work-life balance.\n');
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (savedCache === undefined) delete process.env['XDG_CACHE_HOME'];
    else process.env['XDG_CACHE_HOME'] = savedCache;
  });

  /** The CLI's lint with its own analyzers, so findings are cached. */
  const run = (format = 'human') => {
    let out = '';
    let err = '';
    const code = lint(['draft.md'], { content: 'pack', format }, { cwd: dir, out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
    return { code, out, err };
  };
  const entries = (prefix: string) => readdirSync(join(cache, 'interview-coach')).filter((n) => n.startsWith(prefix));
  const remove = (prefix: string) => entries(prefix).forEach((n) => rmSync(join(cache, 'interview-coach', n)));

  it('does not load the pack nor its rules when every finding is cached', () => {
    const cold = run();
    assert.equal(cold.code, 1);
    assert.equal(entries('summary-').length, 1);
    remove('pack-');
    remove('rules-');
    assert.deepEqual(run(), cold);
    assert.deepEqual([...entries('pack-'), ...entries('rules-')], [], 'neither the pack nor the rules were loaded');
    // An edited draft needs them: they load (and are cached) again.
    writeFileSync(join(dir, 'draft.md'), '# Why\n\nI want a good work-life balance and job security.\n');
    assert.match(run().out, /stability/);
    assert.equal(entries('pack-').length, 1);
  });

  it('reports the pack’s errors and the rules’ problems from the summary as a cold run does', () => {
    const questions = join(dir, 'pack', '10-questions-to-ask.md');
    writeFileSync(questions, readFileSync(questions, 'utf8').replace('order: 10', 'order: [10'));
    writeFileSync(join(dir, '.interview-coach.jsonc'), '{ "lint": { "extraPhrases": [{ "phrase": "!!!" }] } }\n');
    const cold = run();
    assert.equal(cold.code, 2);
    assert.match(cold.err, /10-questions-to-ask\.md:\d+:\d+: error: /);
    assert.match(cold.err, /the content pack has 1 error/);
    assert.match(cold.err, /rule "user-phrase" skipped/);
    assert.deepEqual(run(), cold);
    assert.deepEqual(entries('pack-').length + entries('rules-').length, 2);
    remove('pack-');
    remove('rules-');
    assert.deepEqual(run(), cold, 'from the summary alone');
    for (const format of ['json', 'sarif']) assert.deepEqual(run(format), (remove('findings-'), run(format)));
  });

  it('does not use a tampered or damaged summary', () => {
    const cold = run();
    const [name] = entries('summary-');
    const file = join(cache, 'interview-coach', name!);
    const text = readFileSync(file, 'utf8');
    for (const tampered of [text.replace('"loaded":true', '"loaded":false'), text.slice(0, text.length / 2), text.split('\n')[0] + '\n{"loaded":true}']) {
      writeFileSync(file, tampered);
      assert.deepEqual(run(), cold);
    }
  });
});
