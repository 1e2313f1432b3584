import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../../../src/cli/commands/lint';
import { decodeFindings, encodeFindings } from '../../../src/cli/commands/lintFindingsCache';
import type { Finding } from '../../../src/core/lint/finding';
import { BUNDLED_PACK_DIR, REPO } from '../helpers/packFiles';

const DRAFT =
  '---\ninterview: true\nquestion: "Tell me about a time you failed"\n---\n\n# Tell me about a time you failed\n\n## Situation\n\n' +
  'I built it with the studio artists and creators. I want a good work-life balance and job security.\n\n## Result\n\nIt went well, I think.\n';

/** Each draft's findings are cached; a cached answer must be the answer the engine gives, whatever changed. */
describe('cli: lint findings cache', () => {
  let dir: string;
  let cache: string;
  const savedCache = process.env['XDG_CACHE_HOME'];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ic-findings-'));
    cache = join(dir, 'cache');
    process.env['XDG_CACHE_HOME'] = cache;
    cpSync(BUNDLED_PACK_DIR, join(dir, 'pack'), { recursive: true });
    writeFileSync(join(dir, 'draft.md'), DRAFT);
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (savedCache === undefined) delete process.env['XDG_CACHE_HOME'];
    else process.env['XDG_CACHE_HOME'] = savedCache;
  });

  /** The CLI's lint command with its own analyzers (the coach), as the executable runs it. */
  const run = (format = 'json', files = ['draft.md']) => {
    let out = '';
    let err = '';
    const code = lint(files, { content: 'pack', format }, { cwd: dir, out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
    return { code, out, err };
  };
  const entries = () => readdirSync(join(cache, 'interview-coach')).filter((n) => n.startsWith('findings-'));

  it('gives the same output from the cache, in every format', () => {
    for (const format of ['json', 'human', 'sarif']) {
      const cold = run(format);
      assert.equal(cold.code, 1);
      assert.equal(entries().length, 1);
      assert.deepEqual(run(format), cold);
    }
    assert.match(run().out, /work-life-balance/);
    assert.match(run().out, /"ruleId": "hedging"/, 'the coach’s findings are cached with the red flags');
  });

  it('does not use a damaged or tampered entry: no false clean, no crash', () => {
    const cold = run();
    const file = join(cache, 'interview-coach', entries()[0]!);
    const text = readFileSync(file, 'utf8');
    for (const tampered of [
      text.replace(/"severity": ?"warning"/g, '"severity":"hint"'), // edited: fails its checksum
      text.slice(0, text.length / 2), // cut short
      '[]', // no header: a clean result
    ]) {
      writeFileSync(file, tampered);
      assert.deepEqual(run(), cold);
    }
  });

  it('lints again when the draft, the settings or the pack change', () => {
    const cold = run();
    writeFileSync(join(dir, 'draft.md'), DRAFT.replace('job security', 'growth'));
    const edited = run();
    assert.notDeepEqual(edited.out, cold.out);
    assert.doesNotMatch(edited.out, /"ruleId": "stability"/);
    assert.equal(entries().length, 2);

    writeFileSync(join(dir, '.interview-coach.jsonc'), '{ "lint": { "disabledRules": ["work-life-balance"] } }\n');
    assert.doesNotMatch(run().out, /work-life-balance/);
    rmSync(join(dir, '.interview-coach.jsonc'));
    assert.deepEqual(run(), edited);

    const flags = join(dir, 'pack', '07-red-flags.md');
    writeFileSync(flags, readFileSync(flags, 'utf8').replace('show resilience instead', 'SHOW RESILIENCE INSTEAD'));
    writeFileSync(join(dir, 'draft.md'), DRAFT);
    assert.match(run().out, /SHOW RESILIENCE INSTEAD/);
  });

  it('keeps a renamed draft’s findings and reports it under its new name', () => {
    const cold = run();
    writeFileSync(join(dir, 'renamed.md'), DRAFT);
    const renamed = run('json', ['renamed.md']);
    assert.equal(entries().length, 1);
    assert.deepEqual(JSON.parse(renamed.out), (JSON.parse(cold.out) as { file: string }[]).map((f) => ({ ...f, file: 'renamed.md' })));
  });

  it('is bypassed with INTERVIEW_COACH_NO_CACHE', () => {
    process.env['INTERVIEW_COACH_NO_CACHE'] = '1';
    try {
      run();
      assert.equal(existsSync(cache), false);
    } finally {
      delete process.env['INTERVIEW_COACH_NO_CACHE'];
    }
  });
});

/** The entries' payload: what findings share is stored once; decoding gives the same findings back, or nothing. */
describe('cli: lint findings cache payload', () => {
  const place = (start: number, line: number) => ({ start, end: start + 5, line, column: 3, endLine: line, endColumn: 8 });
  const flag = (start: number, line: number): Finding => ({
    ruleId: 'work-life-balance',
    severity: 'warning',
    message: 'A red flag.',
    ...place(start, line),
    suggestions: ['Resilience', 'Challenges'],
    reason: 'The guide says so.',
    cite: { sectionId: 'red-flags', itemId: 'work-life-balance', anchor: 'Memo' },
    advice: "Don't say it",
  });
  const findings: Finding[] = [
    flag(10, 2),
    { ruleId: 'hedging', severity: 'hint', message: 'Hedge.', ...place(40, 3), suggestions: [] },
    flag(90, 7),
    { ruleId: 'star-missing-result', severity: 'info', message: 'No result.', ...place(0, 1), suggestions: [], ideas: ['Say what changed'] },
    { ...flag(120, 9), suggestions: ['Resilience'] },
  ];

  it('gives the findings back equal, in order and with the same keys in the same order', () => {
    const encoded = encodeFindings(findings);
    assert.equal(encoded.shared.length, 4, 'the two findings of one rule and phrase share one part');
    const decoded = decodeFindings(JSON.parse(JSON.stringify(encoded)));
    assert.deepEqual(decoded, findings);
    assert.equal(JSON.stringify(decoded), JSON.stringify(findings));
    assert.deepEqual(decodeFindings(JSON.parse(JSON.stringify(encodeFindings([])))), []);
  });

  it('is much smaller than the findings’ JSON for a draft of many findings of few rules', () => {
    const many = Array.from({ length: 500 }, (_, i) => flag(i * 100, i + 1));
    assert.ok(JSON.stringify(encodeFindings(many)).length * 5 < JSON.stringify(many).length);
    assert.deepEqual(decodeFindings(JSON.parse(JSON.stringify(encodeFindings(many)))), many);
  });

  it('rejects a payload that is not what it makes', () => {
    const good = JSON.parse(JSON.stringify(encodeFindings(findings))) as { shared: Record<string, unknown>[]; places: unknown[] };
    const variants: unknown[] = [
      null,
      [],
      findings, // the old format: a plain list
      { shared: good.shared },
      { shared: good.shared, places: good.places.slice(1) }, // not whole findings
      { shared: good.shared, places: [99, ...good.places.slice(1)] }, // no such part
      { shared: good.shared, places: [-1, ...good.places.slice(1)] },
      { shared: good.shared, places: [0.5, ...good.places.slice(1)] },
      { shared: good.shared, places: [0, '10', ...good.places.slice(2)] }, // a place that is not a number
      { shared: [{ ...good.shared[0], severity: 'fatal' }, ...good.shared.slice(1)], places: good.places },
      { shared: [{ ...good.shared[0], suggestions: [1] }, ...good.shared.slice(1)], places: good.places },
    ];
    for (const v of variants) assert.equal(decodeFindings(v), undefined, JSON.stringify(v)?.slice(0, 80));
  });
});

/** The built executable: an unchanged draft's findings come from the cache without the engine's bundle. */
describe('cli executable: lint of a cached draft loads only cli-main.js', () => {
  const BIN = join(REPO, 'dist', 'cli.js');
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ic-bundles-'));
    writeFileSync(join(dir, 'draft.md'), DRAFT);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = () => {
    try {
      return execFileSync(process.execPath, [BIN, 'lint', '--format', 'json', 'draft.md'], { cwd: dir, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: join(dir, 'cache') } });
    } catch (err) {
      return (err as { stdout: string }).stdout;
    }
  };
  const engineCache = () => readdirSync(join(dir, 'cache', 'interview-coach')).filter((n) => n.startsWith('v8-engine-'));

  it('compiles the engine only when a draft is linted', () => {
    const first = run();
    assert.match(first, /work-life-balance/);
    const [name] = engineCache();
    assert.ok(name, 'the first run loaded the engine (and saved its code cache)');
    rmSync(join(dir, 'cache', 'interview-coach', name));
    assert.equal(run(), first);
    assert.deepEqual(engineCache(), [], 'the cached run did not load the engine');
    writeFileSync(join(dir, 'draft.md'), DRAFT.replace('job security', 'a stable job'));
    assert.match(run(), /stability/);
    assert.equal(engineCache().length, 1, 'an edited draft is linted by the engine');
  });
});
