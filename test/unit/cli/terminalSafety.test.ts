import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { BUNDLED_PACK_DIR } from '../helpers/packFiles';

/** Erase the line, then ask the terminal to put text on the clipboard (OSC 52), then a C1 CSI. */
const ATTACK = '\\u001b[2K\\u001b]52;c;ZWNobyBwd25lZA==\\u0007\\u009b31m';
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('cli: terminal safety of human output', () => {
  let dir: string;
  let pack: string;
  let cache: string;
  const savedCache = process.env['XDG_CACHE_HOME'];

  async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await main(argv, { cwd: dir, out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
    return { code, out, err };
  }

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ic-term-'));
    cache = mkdtempSync(join(tmpdir(), 'ic-cache-'));
    process.env['XDG_CACHE_HOME'] = cache;
    pack = join(dir, 'pack');
    mkdirSync(pack);
    cpSync(BUNDLED_PACK_DIR, pack, { recursive: true });
    // Pack text with control sequences: a rule message, a question prompt, a value name, and a field of the wrong type.
    const flags = join(pack, '07-red-flags.md');
    writeFileSync(flags, readFileSync(flags, 'utf8').replace('message: "“Work-life balance” is a red flag here', `message: "${ATTACK}“Work-life balance” is a red flag here`));
    const culture = join(pack, '02-culture.md');
    writeFileSync(culture, readFileSync(culture, 'utf8').replace(/name: "?Resilience"?/, `name: "Resilience${ATTACK}"`));
    writeFileSync(join(pack, '99-bad.md'), `---\nid: bad\nkind: checklist\ntitle: "Bad${ATTACK}"\norder: "x${ATTACK}"\nitems: []\n---\n`);
    writeFileSync(join(dir, 'why.md'), 'I built it with the studio artists and creators; I want work-life balance and resilience.\n');
    writeFileSync(join(dir, 'a\nb\u001b[2K.md'), 'I built it with the studio artists and creators; I want work-life balance.\n');
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    if (savedCache === undefined) delete process.env['XDG_CACHE_HOME'];
    else process.env['XDG_CACHE_HOME'] = savedCache;
  });

  it('lint: pack text with control sequences is shown escaped, never raw', async () => {
    const r = await run('lint', '--content', pack, 'why.md');
    assert.match(r.out, /why\.md:1:\d+ {2}warning {2}\\u001b\[2K\\u001b\]52;c;ZWNobyBwd25lZA==\\u0007\\u009b31m“Work-life balance”/);
    assert.doesNotMatch(r.out + r.err, RAW);
  });

  it('lint: a line break in a file name does not split the finding line; JSON keeps the real name', async () => {
    const r = await run('lint', '--content', pack, 'a\nb\u001b[2K.md');
    const lines = r.out.trim().split('\n');
    assert.equal(lines.length, 1, r.out);
    assert.match(lines[0]!, /^a\\nb\\u001b\[2K\.md:1:\d+ {2}warning/);
    assert.doesNotMatch(r.out + r.err, RAW);
    const json = await run('lint', '--content', pack, '--format', 'json', 'a\nb\u001b[2K.md');
    assert.equal((JSON.parse(json.out) as { file: string }[])[0]!.file, 'a\nb\u001b[2K.md');
  });

  it('report: file names and pack text escaped', async () => {
    const r = await run('report', '--content', pack, 'why.md', 'a\nb\u001b[2K.md');
    assert.match(r.out, /^a\\nb\\u001b\[2K\.md$/m);
    assert.doesNotMatch(r.out + r.err, RAW);
  });

  it('check-content and quiz --list: problems and questions escaped', async () => {
    const check = await run('check-content', pack);
    assert.equal(check.code, 1);
    assert.match(check.out, /99-bad\.md:5:\d+: error: .*\\u001b\]52/);
    assert.doesNotMatch(check.out + check.err, RAW);
    const quiz = await run('quiz', '--list', pack);
    assert.match(quiz.out, /Resilience\\u001b\[2K/);
    assert.doesNotMatch(quiz.out + quiz.err, RAW);
  });

  it('content (JSON): C1 controls escaped too, and the JSON still reads back to the same text', async () => {
    const r = await run('content', '--format', 'json', pack);
    assert.doesNotMatch(r.out, RAW);
    const parsed = JSON.parse(r.out) as { pack: { sections: { id: string; values?: { name: string }[] }[] } };
    const culture = parsed.pack.sections.find((s) => s.id === 'culture')!;
    assert.ok(culture.values!.some((v) => v.name === 'Resilience\u001b[2K\u001b]52;c;ZWNobyBwd25lZA==\u0007\u009b31m'));
  });
});
