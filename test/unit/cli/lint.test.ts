import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as nodeFs from 'node:fs';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { lint, type LintCommandOptions } from '../../../src/cli/commands/lint';
import { collectFiles } from '../../../src/cli/commands/draftFiles';
import { expandGlob, type WalkFs } from '../../../src/cli/commands/lintGlob';
import { UsageError } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';
import { BUNDLED_PACK_DIR, REPO } from '../helpers/packFiles';

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

describe('cli: lint globs, folders, links and what cannot be read', () => {
  let dir: string;
  let cache: string;
  const savedCache = process.env['XDG_CACHE_HOME'];
  const DRAFT = `${CREATIVE} I want work-life balance.\n`;

  function put(path: string, text = DRAFT): void {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }

  async function run(...argv: string[]): Promise<Run> {
    let out = '';
    let err = '';
    const code = await main(argv, { cwd: dir, out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
    return { code, out, err };
  }

  const files = (r: Run) => [...new Set(r.out.trim().split('\n').filter(Boolean).map((l) => l.split(':')[0]!))].sort();

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ic-glob-'));
    cache = mkdtempSync(join(tmpdir(), 'ic-cache-'));
    process.env['XDG_CACHE_HOME'] = cache;
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    if (savedCache === undefined) delete process.env['XDG_CACHE_HOME'];
    else process.env['XDG_CACHE_HOME'] = savedCache;
  });

  it('expands a glob from its fixed folder, skipping node_modules and hidden folders', () => {
    for (const p of ['a/x.md', 'a/b/y.md', 'a/node_modules/z.md', 'a/.hidden/w.md', 'c.md']) put(p, '');
    assert.deepEqual(expandGlob('a/**/*.md', dir).files.map((f) => relative(dir, f)), ['a/b/y.md', 'a/x.md']);
    assert.deepEqual(expandGlob('*.md', dir).files.map((f) => relative(dir, f)), ['c.md']);
    // An absolute glob is taken from its own root, not from the working folder.
    assert.deepEqual(expandGlob(`${dir}/a/*.md`, tmpdir()).files.map((f) => relative(dir, f)), ['a/x.md']);
  });

  it('a bad glob argument is a clear error naming it: exit 2, no stack trace', async () => {
    put('answers/a.md');
    for (const bad of ['{a,b.md', '[z-a].md', '!answers/[x.md']) {
      const r = await run('lint', bad, 'answers/a.md');
      assert.equal(r.code, 2, bad);
      assert.match(r.err, new RegExp(`bad glob .*${bad.replace(/^!/, '').replace(/[[\]{}.*]/g, '\\$&')}`), bad);
      assert.doesNotMatch(r.err, /\n\s+at /);
      assert.match(r.out, /answers\/a\.md:1:\d+/, 'the other paths are still linted');
    }
  });

  it('a bad glob in drafts.include is named by its setting: exit 2, the other globs still used', async () => {
    put('answers/a.md');
    put('notes/b.md');
    writeFileSync(join(dir, 'settings.json'), '{ "interviewCoach.drafts.include": ["notes/**/*.md", "[z-a].md"] }');
    const r = await run('lint', '--config', 'settings.json', '.');
    assert.equal(r.code, 2);
    assert.match(r.err, /interviewCoach\.drafts\.include\[1\]: bad glob "\[z-a\]\.md"/);
    assert.deepEqual(files(r), ['notes/b.md']);
    const report = await run('report', '--config', 'settings.json', '--content', BUNDLED_PACK_DIR, '--format', 'json', '.');
    assert.equal(report.code, 2);
    assert.match(report.err, /interviewCoach\.drafts\.include\[1\]: bad glob "\[z-a\]\.md"/);
  });

  it('a drafts.include of many **/ segments over a deep tree does not hang', async () => {
    const deep = Array.from({ length: 60 }, () => 'a').join('/');
    put(`${deep}/why.md`);
    put(`${deep}/notes.txt`, 'x');
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ 'interviewCoach.drafts.include': [`${'**/a/'.repeat(12)}*.md`, `${'**/'.repeat(40)}*.answer.md`] }));
    const r = await run('lint', '--config', 'settings.json', '.');
    assert.equal(r.code, 1, r.err);
    assert.deepEqual(files(r), [`${deep}/why.md`]);
  });

  it('!glob leaves out what folders and globs found', async () => {
    put('answers/a.md');
    put('answers/archive/old.md');
    put('answers/b.answer.md');
    assert.deepEqual(files(await run('lint', 'answers/**/*.md', '!answers/archive/**')), ['answers/a.md', 'answers/b.answer.md']);
    assert.deepEqual(files(await run('lint', 'answers', '!**/*.answer.md')), ['answers/a.md', 'answers/archive/old.md']);
  });

  it('respects .gitignore files (nested, with ! re-includes) in folders and globs, not for named files', async () => {
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.gitignore'), 'build/\n*.tmp.md\n');
    put('answers/a.md');
    put('answers/x.tmp.md');
    put('answers/build/gen.md');
    put('answers/private/secret.md');
    put('answers/private/shared.md');
    writeFileSync(join(dir, 'answers', '.gitignore'), 'private/*\n!private/shared.md\n');
    const expected = ['answers/a.md', 'answers/private/shared.md'];
    assert.deepEqual(files(await run('lint', 'answers')), expected);
    assert.deepEqual(files(await run('lint', '**/*.md')), expected);
    // Inside the ignored folder, from a folder that is itself in the repository.
    assert.deepEqual(files(await run('lint', 'answers/x.tmp.md')), ['answers/x.tmp.md']);
  });

  it('follows symbolic links to drafts and folders, each file once, and ends on a link loop', async () => {
    put('shared/story.md');
    mkdirSync(join(dir, 'answers'));
    symlinkSync(join(dir, 'shared', 'story.md'), join(dir, 'answers', 'story.md'));
    symlinkSync(join(dir, 'shared'), join(dir, 'answers', 'more'));
    symlinkSync(join(dir, 'answers'), join(dir, 'answers', 'loop'));
    symlinkSync('..', join(dir, 'shared', 'up'));
    const r = await run('lint', 'answers');
    assert.equal(r.code, 1, r.err);
    assert.deepEqual(files(r), ['answers/story.md']);
    assert.equal(r.out.trim().split('\n').length, 1, 'linted once though reachable three ways');
  });

  it('reports a link to nothing found in a folder (exit 2), naming it, and lints the rest', async () => {
    put('answers/a.md');
    symlinkSync(join(dir, 'gone.md'), join(dir, 'answers', 'b.md'));
    const r = await run('lint', 'answers');
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot read answers\/b\.md: ENOENT/);
    assert.match(r.out, /answers\/a\.md:1:/);
  });

  it('reports folders and files it cannot read (exit 2), naming each, and lints the rest', () => {
    put('answers/a.md');
    put('answers/locked/b.md');
    put('answers/c.md', '---\ninterview: true\n---\nWork-life balance.\n');
    const denied = (path: unknown) => {
      const p = String(path);
      if (p.includes('locked') || p.endsWith('c.md')) throw Object.assign(new Error(`EACCES: ${p}`), { code: 'EACCES' });
    };
    const fs: WalkFs = {
      ...nodeFs,
      readdirSync: ((path: nodeFs.PathLike, options: unknown) => {
        denied(path);
        return (nodeFs.readdirSync as (p: unknown, o: unknown) => unknown)(path, options);
      }) as typeof nodeFs.readdirSync,
      readFileSync: ((path: nodeFs.PathOrFileDescriptor, options: unknown) => {
        denied(path);
        return (nodeFs.readFileSync as (p: unknown, o: unknown) => unknown)(path, options);
      }) as typeof nodeFs.readFileSync,
    };
    const problems: string[] = [];
    const found = collectFiles(['answers'], dir, dir, ['answers/a.md'], (m) => problems.push(m), fs);
    assert.deepEqual(found.map((f) => f.shown), ['answers/a.md']);
    assert.deepEqual(problems.sort(), ['cannot read answers/c.md: EACCES', 'cannot read answers/locked: EACCES']);
  });

  it('reports a draft, a .gitignore, an .interview-coach.jsonc or a pack file that is a named pipe or device instead of waiting on it (exit 2)', function () {
    // A cloned repository can link `notes.md` to a named pipe (the open waits for a writer for
    // ever) or to /dev/zero (read until memory runs out). The built CLI runs in a child process,
    // so the old behaviour ends at the time limit instead of blocking this test run.
    this.timeout(30_000);
    put('answers/a.md');
    const made = spawnSync('mkfifo', [join(dir, 'fifo')]);
    assert.equal(made.status, 0, `mkfifo: ${made.stderr}`);
    symlinkSync(join(dir, 'fifo'), join(dir, 'answers', 'pipe.md'));
    symlinkSync(join(dir, 'fifo'), join(dir, 'answers', '.gitignore'));
    symlinkSync('/dev/zero', join(dir, 'answers', 'zero.md'));
    symlinkSync(join(dir, 'fifo'), join(dir, 'answers', '.interview-coach.jsonc'));
    cpSync(BUNDLED_PACK_DIR, join(dir, 'pack'), { recursive: true });
    symlinkSync(join(dir, 'fifo'), join(dir, 'pack', '11-pipe.md'));
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 10_000, env: { ...process.env, INTERVIEW_COACH_NO_CACHE: '1', INTERVIEW_COACH_NO_MEANING: '1' } });
    const linted = cli('lint', 'answers');
    assert.equal(linted.signal, null, 'lint ended by itself');
    assert.equal(linted.status, 2, linted.stderr);
    assert.match(linted.stdout, /answers\/a\.md:1:\d+ +warning/);
    assert.match(linted.stderr, /cannot read answers\/pipe\.md: not a regular file/);
    assert.match(linted.stderr, /cannot read answers\/zero\.md: not a regular file/);
    const checked = cli('check-content', 'pack');
    assert.equal(checked.signal, null, 'check-content ended by itself');
    assert.equal(checked.status, 2, checked.stderr);
    assert.match(checked.stderr, /cannot read pack\/11-pipe\.md: not a regular file/);
  });

  it('reports a folder without read permission (exit 2), really denied by the file system', async function () {
    put('answers/a.md');
    put('answers/locked/b.md');
    chmodSync(join(dir, 'answers', 'locked'), 0);
    try {
      let r: Run;
      if (process.getuid?.() === 0) {
        // Root reads anything: run the built CLI without the two capabilities that let it
        // (util-linux's setpriv drops them from the bounding set), so the kernel itself refuses.
        this.timeout(20_000);
        const child = spawnSync('setpriv', ['--bounding-set', '-dac_override,-dac_read_search', process.execPath, join(REPO, 'dist', 'cli.js'), 'lint', 'answers'], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, INTERVIEW_COACH_NO_CACHE: '1' },
        });
        assert.equal(child.error, undefined, `setpriv: ${child.error?.message}`);
        r = { code: child.status ?? -1, out: child.stdout, err: child.stderr };
      } else {
        r = await run('lint', 'answers');
      }
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, /cannot read answers\/locked: EACCES/);
    } finally {
      chmodSync(join(dir, 'answers', 'locked'), 0o755);
    }
  });
});
