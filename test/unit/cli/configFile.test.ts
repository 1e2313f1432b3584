import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { BUNDLED_PACK_DIR } from '../helpers/packFiles';

const CREATIVE = 'I built it with the studio artists and creators.';

async function cli(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { cwd, out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

describe('cli: .interview-coach.jsonc, found without a flag', () => {
  let root: string;
  let repo: string;
  const savedCache = process.env['XDG_CACHE_HOME'];

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'ic-config-'));
    process.env['XDG_CACHE_HOME'] = join(root, 'cache');
    repo = join(root, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'prep', 'answers'), { recursive: true });
    mkdirSync(join(repo, 'other'), { recursive: true });
    // Above the repository: never read.
    writeFileSync(join(root, '.interview-coach.jsonc'), '{ "lint": { "enabled": "not read" } }');
    writeFileSync(
      join(repo, '.interview-coach.jsonc'),
      `// the repository's settings
      {
        "lint": { "disabledRules": ["stability"], "severity": { "work-life-balance": "error" } },
        "lint.extraPhrases": [{ "phrase": "circle back", "message": "Say what you will do." }],
        "drafts.include": ["notes/**/*.md"],
      }`,
    );
    // A nearer file wins for the key it sets (and only that one).
    writeFileSync(join(repo, 'prep', '.interview-coach.jsonc'), '\ufeff{ "lint.severity": { "work-life-balance": "info" } }');
    mkdirSync(join(repo, 'notes'));
    writeFileSync(join(repo, 'notes', 'plain.md'), `# Why\n\n${CREATIVE} Job security and a work-life balance. Let us circle back.\n`);
    writeFileSync(join(repo, 'prep', 'answers', 'why.md'), `# Why\n\n${CREATIVE} Job security and a work-life balance.\n`);
  });

  after(() => {
    if (savedCache === undefined) delete process.env['XDG_CACHE_HOME'];
    else process.env['XDG_CACHE_HOME'] = savedCache;
    rmSync(root, { recursive: true, force: true });
  });

  it('lint: each file gets the config files from its folder up to the repository root', async () => {
    const r = await cli(repo, 'lint', '--format', 'json', 'notes/plain.md', 'prep/answers/why.md');
    assert.equal(r.err.includes('not read'), false, r.err);
    const findings = JSON.parse(r.out) as { file: string; ruleId: string; severity: string }[];
    const of = (file: string) => findings.filter((f) => f.file === file && !f.ruleId.startsWith('star-') && f.ruleId !== 'hedging').map((f) => `${f.ruleId}:${f.severity}`).sort();
    assert.deepEqual(of('notes/plain.md'), ['user-phrase:warning', 'work-life-balance:error']);
    assert.deepEqual(of('prep/answers/why.md'), ['work-life-balance:info']);
    assert.equal(r.code, 1);
  });

  it('lint: a folder contributes the drafts its config names, relative to that config', async () => {
    const r = await cli(repo, 'lint', '--format', 'json', '.');
    const files = [...new Set((JSON.parse(r.out) as { file: string }[]).map((f) => f.file))].sort();
    assert.deepEqual(files, ['notes/plain.md']);
    // Run from a subfolder, the same file gets the same settings.
    const sub = await cli(join(repo, 'notes'), 'lint', '--format', 'json', 'plain.md');
    assert.ok((JSON.parse(sub.out) as { ruleId: string; severity: string }[]).some((f) => f.ruleId === 'work-life-balance' && f.severity === 'error'));
  });

  it('reports a broken config file with its file and line, and exits 2', async () => {
    const dir = join(repo, 'broken');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '.interview-coach.jsonc'), '{\n  "lint.enabled": false\n  "oops": 1\n}');
    writeFileSync(join(dir, 'a.md'), `${CREATIVE}\n`);
    const r = await cli(repo, 'lint', 'broken/a.md');
    assert.equal(r.code, 2);
    assert.match(r.err, /broken\/\.interview-coach\.jsonc:3:3: not valid JSONC/);
  });

  it('--config takes a settings.json that starts with a byte order mark (issue 12), instead of the config files', async () => {
    writeFileSync(join(root, 'bom-settings.json'), '\ufeff{ "interviewCoach.lint.severity": { "work-life-balance": "hint" } }');
    const r = await cli(repo, 'lint', '--format', 'json', '--config', join(root, 'bom-settings.json'), 'notes/plain.md');
    assert.equal(r.err.includes('not a settings JSON file'), false, r.err);
    const ids = (JSON.parse(r.out) as { ruleId: string; severity: string }[]).map((f) => `${f.ruleId}:${f.severity}`);
    assert.ok(ids.includes('work-life-balance:hint'));
    // Only that file: the repository's disabledRules do not apply.
    assert.ok(ids.includes('stability:warning'));
  });

  it('report: reads the config from the working folder up', async () => {
    const r = await cli(repo, 'report', '--content', BUNDLED_PACK_DIR, '--format', 'json', 'notes/plain.md');
    assert.equal(r.code, 0, r.err);
    const entries = (JSON.parse(r.out) as { drafts: { file: string; findings: { ruleId: string; severity: string }[] }[] }).drafts;
    assert.ok(entries[0]!.findings.some((f) => f.ruleId === 'work-life-balance' && f.severity === 'error'), r.out);
    assert.ok(!entries[0]!.findings.some((f) => f.ruleId === 'stability'));
  });
});
