import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { BUNDLED_PACK_DIR } from '../helpers/packFiles';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint, type LintCommandOptions } from '../../../src/cli/commands/lint';
import { expandGlob, globToRegExp } from '../../../src/cli/commands/lintGlob';
import { UsageError } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';

const CREATIVE = 'I built it with the studio artists and creators.';
const FILLER = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

describe('cli: interview-coach lint', () => {
  let ws: string;
  let cache: string;
  const savedCache = process.env['XDG_CACHE_HOME'];

  /** The lint command alone (no coach analyzers), in `ws`. */
  function run(positionals: string[], options: LintCommandOptions = {}): Run {
    let out = '';
    let err = '';
    let code: number;
    try {
      code = lint(positionals, options, { cwd: ws, out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) }, () => []);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      code = 2;
      err += e.message;
    }
    return { code, out, err };
  }

  before(() => {
    ws = mkdtempSync(join(tmpdir(), 'ic-lint-'));
    cache = mkdtempSync(join(tmpdir(), 'ic-cache-'));
    process.env['XDG_CACHE_HOME'] = cache;
    mkdirSync(join(ws, 'answers', 'deep'), { recursive: true });
    mkdirSync(join(ws, 'notes'));
    mkdirSync(join(ws, '.vscode'));
    writeFileSync(join(ws, 'answers', 'clean.md'), `# Clean\n\n${CREATIVE}\n`);
    writeFileSync(join(ws, 'answers', 'flagged.md'), `# Why\n\n${CREATIVE}\nI want a good work-life balance and a 😀 stable role.\n`);
    writeFileSync(join(ws, 'answers', 'deep', 'hint.md'), `# Hint only\n\n${FILLER}\n`);
    writeFileSync(join(ws, 'notes', 'plain.md'), '# Notes\n\nWork-life balance, in a file that is no draft by default.\n');
    writeFileSync(join(ws, 'notes', 'declared.md'), `---\ninterview: true\n---\n\n${CREATIVE} Job security.\n`);
    writeFileSync(join(ws, 'notes', 'x.answer.md'), `${CREATIVE} More process.\n`);
    writeFileSync(
      join(ws, '.vscode', 'settings.json'),
      `{
        // as VS Code writes it
        "interviewCoach.lint.disabledRules": ["stability"],
        "interviewCoach.lint.severity": { "work-life-balance": "error" },
        "interviewCoach.lint.extraPhrases": [{ "phrase": "circle back", "message": "Say what you will do." }],
        "interviewCoach.drafts.include": ["notes/**/*.md"],
      }`,
    );
    writeFileSync(join(ws, 'notes', 'circle.md'), `${CREATIVE} Let us circle back.\n`);
    symlinkSync(join(ws, 'nowhere.md'), join(ws, 'answers', 'broken.md'));
  });
  after(() => {
    rmSync(ws, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    if (savedCache === undefined) delete process.env['XDG_CACHE_HOME'];
    else process.env['XDG_CACHE_HOME'] = savedCache;
  });

  it('prints file:line:col  severity  message  [rule] and exits 1 on a warning', () => {
    const r = run(['answers/flagged.md']);
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /^answers\/flagged\.md:4:8 {2}warning {2}“Work-life balance” is a red flag here: show resilience instead\. {2}\[work-life-balance\]$/);
    // Columns count UTF-16 units as VS Code does: 😀 is two.
    assert.match(lines[1]!, /^answers\/flagged\.md:4:42 {2}warning {2}.* {2}\[stability\]$/);
    assert.match(r.err, /2 findings \(2 warnings\) in 1 of 1 file\./);
  });

  it('exits 0 when clean, and when there are only hints', () => {
    assert.equal(run(['answers/clean.md']).code, 0);
    const hint = run(['answers/deep/hint.md']);
    assert.equal(hint.code, 0);
    assert.match(hint.out, /hint {2}This answer never mentions the creative\/studio side/);
    assert.equal(run(['answers/deep/hint.md'], { strict: true }).code, 1);
  });

  it('writes JSON: 1-based lines and columns, end exclusive, with the suggestions', () => {
    const r = run(['answers/flagged.md'], { format: 'json' });
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    assert.deepEqual(rows[0], {
      file: 'answers/flagged.md',
      line: 4,
      column: 8,
      endLine: 4,
      endColumn: 32,
      ruleId: 'work-life-balance',
      severity: 'warning',
      message: '“Work-life balance” is a red flag here: show resilience instead.',
      suggestions: ['uncomfortably exciting work', 'challenges to embrace', 'resilience'],
    });
    assert.deepEqual(Object.keys(rows[1]!), ['file', 'line', 'column', 'endLine', 'endColumn', 'ruleId', 'severity', 'message', 'suggestions']);
  });

  it('writes SARIF 2.1.0 with rules, regions and fixes', () => {
    const r = run(['answers/flagged.md', 'answers/broken.md'], { format: 'sarif' });
    const sarif = JSON.parse(r.out);
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.name, 'interview-coach');
    assert.equal(run0.columnKind, 'utf16CodeUnits');
    const ids = run0.tool.driver.rules.map((x: { id: string }) => x.id);
    assert.ok(ids.includes('work-life-balance') && ids.includes('ignore-creative-side'));
    const res = run0.results[0];
    assert.equal(res.ruleId, 'work-life-balance');
    assert.equal(ids[res.ruleIndex], 'work-life-balance');
    assert.equal(res.level, 'warning');
    assert.deepEqual(res.locations[0].physicalLocation.artifactLocation, { uri: 'answers/flagged.md', uriBaseId: 'SRCROOT' });
    assert.deepEqual(
      [res.locations[0].physicalLocation.region.startLine, res.locations[0].physicalLocation.region.startColumn, res.locations[0].physicalLocation.region.endColumn],
      [4, 8, 32],
    );
    assert.equal(res.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, 'uncomfortably exciting work');
    assert.equal(run0.invocations[0].executionSuccessful, false);
    assert.match(run0.invocations[0].toolExecutionNotifications[0].message.text, /broken\.md/);
    assert.equal(r.code, 2);
  });

  it('lints the other files and exits 2 when one cannot be read, naming it', () => {
    const r = run(['answers/broken.md', 'answers/flagged.md', 'missing.md']);
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot read answers\/broken\.md/);
    assert.match(r.err, /cannot read missing\.md: no such file or folder/);
    assert.match(r.out, /answers\/flagged\.md:4:8/);
  });

  it('exits 2 and names file and line when the pack has an error (a red-flags file that does not parse)', () => {
    const pack = join(ws, 'broken-pack');
    cpSync(BUNDLED_PACK_DIR, pack, { recursive: true });
    const flags = join(pack, '07-red-flags.md');
    writeFileSync(flags, readFileSync(flags, 'utf8').replace('    group: "From Culture Memo"', '    group: "From Culture Memo\n   broken: [unclosed'));
    try {
      const r = run(['answers/flagged.md'], { content: 'broken-pack' });
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, /broken-pack[\\/]07-red-flags\.md:\d+:\d+: error: invalid YAML frontmatter/);
    } finally {
      rmSync(pack, { recursive: true, force: true });
    }
  });

  it('says nothing like "no findings" when no file could be read at all', () => {
    const r = run(['missing.md']);
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot read missing\.md/);
    assert.doesNotMatch(r.err, /No findings/);
  });

  it('takes folders as their answer drafts, and globs as every file they match', () => {
    const folder = run(['.'], { format: 'json' });
    const files = [...new Set((JSON.parse(folder.out) as { file: string }[]).map((x) => x.file))].sort();
    // notes/plain.md is not a draft; notes/declared.md says `interview: true`; *.answer.md matches the default globs.
    assert.deepEqual(files, ['answers/deep/hint.md', 'answers/flagged.md', 'notes/declared.md', 'notes/x.answer.md']);
    const glob = run(['notes/*.md'], { format: 'json' });
    assert.deepEqual([...new Set((JSON.parse(glob.out) as { file: string }[]).map((x) => x.file))].sort(), ['notes/declared.md', 'notes/plain.md', 'notes/x.answer.md']);
    assert.equal(run(['nothing/**/*.md']).code, 2);
  });

  it('reads settings from --config (a .vscode/settings.json), paths from its workspace', () => {
    const r = run(['notes', 'answers/flagged.md'], { config: '.vscode/settings.json' });
    assert.match(r.out, /answers\/flagged\.md:4:8 {2}error {2}.*\[work-life-balance\]/);
    assert.doesNotMatch(r.out, /\[stability\]/);
    assert.match(r.out, /notes\/circle\.md:1:\d+ {2}warning {2}Say what you will do\. {2}\[user-phrase\]/);
    // drafts.include from the settings replaces the default: notes/plain.md is now a draft.
    assert.match(r.out, /notes\/plain\.md:3:1 {2}error/);
  });

  it('is a usage error (exit 2) to give no path, an unknown format or an unreadable config', () => {
    assert.equal(run([]).code, 2);
    assert.match(run(['answers/clean.md'], { format: 'xml' }).err, /unknown --format "xml"/);
    assert.match(run(['answers/clean.md'], { config: 'nope.json' }).err, /cannot read --config nope\.json/);
    writeFileSync(join(ws, 'bad.json'), '{ nope');
    assert.match(run(['answers/clean.md'], { config: 'bad.json' }).err, /not a settings JSON file/);
  });

  it('reports a setting it cannot use, lints anyway, and exits 2', () => {
    writeFileSync(join(ws, 'odd.json'), '{ "interviewCoach.lint.extraPhrases": [{ "phrase": "!!!" }] }');
    const r = run(['answers/flagged.md'], { config: 'odd.json' });
    assert.equal(r.code, 2);
    assert.match(r.err, /rule "user-phrase" skipped: .*the phrase has no words \(interviewCoach\.lint\.extraPhrases\[0\]\)/);
    assert.match(r.out, /work-life-balance/);
  });

  it('caches the pack and its rules, and gives the same answer from the cache', () => {
    const first = run(['answers/flagged.md'], { format: 'json' });
    assert.ok(readdirSync(join(cache, 'interview-coach')).some((n) => n.startsWith('rules-')));
    const second = run(['answers/flagged.md'], { format: 'json' });
    assert.equal(second.out, first.out);
  });

  it('is registered as `interview-coach lint` (with the coach\'s analyzers) and has help', async () => {
    let out = '';
    const code = await main(['lint', '--help'], { cwd: ws, out: (t) => (out += t), err: () => undefined });
    assert.equal(code, 0);
    assert.match(out, /interview-coach lint \[--format human\|json\|sarif\] \[--config FILE\] \[--content DIR\] \[--strict\] PATHS\.\.\./);
    let json = '';
    const lintCode = await main(['lint', '--format', 'json', 'answers/flagged.md'], { cwd: ws, out: (t) => (json += t), err: () => undefined });
    assert.equal(lintCode, 1);
    assert.ok((JSON.parse(json) as { ruleId: string }[]).some((f) => f.ruleId === 'work-life-balance'));
  });
});

describe('cli: lint globs', () => {
  it('matches **, *, ?, classes and alternatives on / paths', () => {
    const m = (glob: string, path: string) => globToRegExp(glob).test(path);
    assert.ok(m('**/answers/**/*.md', 'answers/a.md'));
    assert.ok(m('**/answers/**/*.md', 'x/answers/y/z/a.md'));
    assert.ok(!m('**/answers/**/*.md', 'answers.md'));
    assert.ok(!m('**/answers/**/*.md', 'x/answersy/a.md'));
    assert.ok(m('**/*.answer.md', 'a/b/why.answer.md'));
    assert.ok(!m('*.md', 'a/b.md'));
    assert.ok(m('notes/?.md', 'notes/a.md'));
    assert.ok(m('notes/[ab].md', 'notes/b.md') && !m('notes/[!ab].md', 'notes/b.md'));
    assert.ok(m('{answers,notes}/*.md', 'notes/x.md'));
    assert.ok(m('a.b', 'a.b') && !m('a.b', 'axb'));
  });

  it('expands a glob from its fixed folder, skipping node_modules and hidden folders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ic-glob-'));
    try {
      for (const p of ['a/x.md', 'a/b/y.md', 'a/node_modules/z.md', 'a/.hidden/w.md', 'c.md']) {
        mkdirSync(join(dir, p, '..'), { recursive: true });
        writeFileSync(join(dir, p), '');
      }
      assert.deepEqual(expandGlob('a/**/*.md', dir), ['a/b/y.md', 'a/x.md']);
      assert.deepEqual(expandGlob('*.md', dir), ['c.md']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
