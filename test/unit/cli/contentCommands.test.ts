import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { BUNDLED_PACK_DIR, FIXTURES, REPO } from '../helpers/packFiles';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { cwd: REPO, out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

describe('cli: check-content and content', () => {
  let broken: string;
  before(() => {
    broken = mkdtempSync(join(tmpdir(), 'ic-pack-'));
    cpSync(BUNDLED_PACK_DIR, broken, { recursive: true });
    cpSync(join(FIXTURES, 'broken-files', 'wrong-type.md'), join(broken, 'wrong-type.md'));
  });
  after(() => rmSync(broken, { recursive: true, force: true }));

  it('check-content on the bundled pack: exit 0, no problem lines', async () => {
    const r = await run('check-content', BUNDLED_PACK_DIR);
    assert.equal(r.code, 0);
    assert.equal(r.out, '');
    assert.match(r.err, /10 sections loaded, 0 errors, 0 warnings/);
  });

  it('check-content on a broken pack: file:line:col lines and exit 1', async () => {
    const r = await run('check-content', broken);
    assert.equal(r.code, 1);
    assert.match(r.out, /wrong-type\.md:5:8: error: order: expected a whole number from 0 up, got the string "twenty"\n$/);
  });

  it('check-content fails (exit 1) on a lint pattern that does not compile, naming its file and its own line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ic-pack-'));
    try {
      cpSync(BUNDLED_PACK_DIR, dir, { recursive: true });
      const flags = join(dir, '07-red-flags.md');
      const text = readFileSync(flags, 'utf8');
      const at = text.indexOf('      phrases:\n        - ');
      assert.ok(at > 0);
      const item = at + '      phrases:\n        - '.length;
      writeFileSync(flags, `${text.slice(0, item)}"(unclosed group"\n        - ${text.slice(item)}`);
      const r = await run('check-content', dir);
      assert.equal(r.code, 1, r.out + r.err);
      const phraseLine = text.slice(0, item).split('\n').length;
      assert.deepEqual(r.out.split('\n').filter((l) => l.includes('unclosed')).map((l) => l.replace(/^.*07-red-flags\.md:/, '')), [
        `${phraseLine}:11: error: flags[0].lint.phrases[0]: pattern "(unclosed group": unclosed "(" (at character 1)`,
      ]);
      assert.match(r.err, /1 error/);
      // lint with that pack: the same error, once, at the same line; the flag's other phrases still flag.
      const draft = join(dir, 'draft.md');
      writeFileSync(draft, 'I want a good work life balance.\n');
      const l = await run('lint', '--content', dir, draft);
      assert.deepEqual(l.err.split('\n').filter((x) => x.includes('unclosed')).map((x) => x.replace(/^.*07-red-flags\.md:/, '')), [`${phraseLine}:11: error: flags[0].lint.phrases[0]: pattern "(unclosed group": unclosed "(" (at character 1)`], l.err);
      assert.match(l.out, /work-life-balance/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('check-content on a pack file whose frontmatter is JavaScript: the built CLI refuses it and runs none of it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ic-pack-'));
    try {
      cpSync(BUNDLED_PACK_DIR, dir, { recursive: true });
      const marker = join(dir, 'ran');
      // gray-matter's default engine would eval this (it once did, in the CLI).
      writeFileSync(join(dir, '11-list.md'), `---js\n{ id: (require("fs").writeFileSync(${JSON.stringify(marker)}, "x"), "list"), kind: "checklist", title: "L", order: 11, items: ["a"] }\n---\n`);
      const r = spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'check-content', dir], { encoding: 'utf8' });
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /11-list\.md:1:4: error: .*frontmatter in "js" is not read: write it in YAML/);
      assert.equal(existsSync(marker), false, 'the pack file ran');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('check-content on a missing folder: usage-level error, exit 2', async () => {
    const r = await run('check-content', join(broken, 'nope'));
    assert.equal(r.code, 2);
    assert.match(r.err, /not a folder/);
  });

  it('a pack file that cannot be read is a usage-level error naming it (exit 2), not a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ic-pack-'));
    try {
      cpSync(BUNDLED_PACK_DIR, dir, { recursive: true });
      symlinkSync(join(dir, 'gone.md'), join(dir, '11-extra.md'));
      for (const command of ['check-content', 'content', 'quiz']) {
        const r = await run(command, ...(command === 'quiz' ? ['--list'] : []), dir);
        assert.equal(r.code, 2, command);
        assert.match(r.err, /cannot read .*11-extra\.md: ENOENT/, command);
      }
      const lint = await run('lint', '--content', dir, join(FIXTURES, 'drafts', 'stability.md'));
      assert.equal(lint.code, 2);
      assert.match(lint.err, /cannot read .*11-extra\.md: ENOENT/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('content --format json prints the parsed pack', async () => {
    const r = await run('content', '--format', 'json', BUNDLED_PACK_DIR);
    assert.equal(r.code, 0);
    const parsed = JSON.parse(r.out) as { pack: { sections: { kind: string }[] }; problems: unknown[] };
    assert.equal(parsed.pack.sections.length, 10);
    assert.deepEqual(parsed.problems, []);
  });

  it('bad arguments: usage and exit 2', async () => {
    assert.equal((await run('content', '--format', 'xml')).code, 2);
    assert.equal((await run('check-content', '--bogus')).code, 2);
    assert.equal((await run('no-such-command')).code, 2);
    assert.equal((await run()).code, 2);
    const r = await run('--help');
    assert.equal(r.code, 0);
    assert.match(r.out, /check-content/);
  });
});
