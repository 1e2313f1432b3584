import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { BUNDLED_PACK_DIR } from '../helpers/packFiles';

const DRAFT = [
  '---',
  'interview: true',
  '---',
  '',
  'I built it with the studio artists and creators; I want work-life balance.',
  '',
  '```',
  'work-life balance in code is not prose',
  '```',
  '',
  'A stable role matters to me.',
  '',
].join('\n');

function utf16(text: string, bigEndian: boolean): Buffer {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return bigEndian ? le.swap16() : le;
}

interface Row {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
}

describe('cli: encodings and line endings, decoded once at the edge', () => {
  let ws: string;
  let cache: string;
  const savedCache = process.env['XDG_CACHE_HOME'];

  async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await main(argv, { cwd: ws, out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
    return { code, out, err };
  }

  /** Findings of one file as `rule@line:col-line:col`, from the JSON format. */
  async function lintRows(file: string): Promise<string[]> {
    const r = await run('lint', '--format', 'json', file);
    assert.notEqual(r.code, 2, r.err);
    return (JSON.parse(r.out) as Row[]).map((f) => `${f.ruleId}@${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);
  }

  before(() => {
    ws = mkdtempSync(join(tmpdir(), 'ic-enc-'));
    cache = mkdtempSync(join(tmpdir(), 'ic-cache-'));
    process.env['XDG_CACHE_HOME'] = cache;
    writeFileSync(join(ws, 'lf.md'), DRAFT);
    writeFileSync(join(ws, 'crlf.md'), DRAFT.replace(/\n/g, '\r\n'));
    writeFileSync(join(ws, 'cr.md'), DRAFT.replace(/\n/g, '\r'));
    // Every kind of line ending in one file, as a copy-paste between tools leaves it.
    const lines = DRAFT.split('\n');
    // (A lone CR before an empty line would read as CRLF: there the line gets LF.)
    const eol = (i: number) => (i === lines.length - 1 ? '' : (['\n', '\r\n', '\r'] as const)[i % 3] === '\r' && lines[i + 1] === '' ? '\n' : ['\n', '\r\n', '\r'][i % 3]);
    const mixed = lines.map((l, i) => l + eol(i)).join('');
    assert.ok(/\r[^\n]/.test(mixed) && mixed.includes('\r\n') && /[^\r]\n/.test(mixed));
    writeFileSync(join(ws, 'mixed.md'), mixed);
    writeFileSync(join(ws, 'utf16le.md'), utf16(DRAFT, false));
    writeFileSync(join(ws, 'utf16be.md'), utf16(DRAFT, true));
    writeFileSync(join(ws, 'bom.md'), `\ufeff${DRAFT}`);
    writeFileSync(join(ws, 'bom-line1.md'), '\ufeffwork-life balance, with the studio artists and creators.\n');
    writeFileSync(join(ws, 'latin1.md'), Buffer.from('I built it with the studio artists and creators, caf\xe9 and work-life balance.\n', 'latin1'));
  });
  after(() => {
    rmSync(ws, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    if (savedCache === undefined) delete process.env['XDG_CACHE_HOME'];
    else process.env['XDG_CACHE_HOME'] = savedCache;
  });

  it('lints UTF-16LE and UTF-16BE drafts (with BOM) exactly as their UTF-8 twin', async () => {
    const expected = await lintRows('lf.md');
    assert.deepEqual(expected, ['work-life-balance@5:57-5:74', 'stability@11:1-11:14']);
    assert.deepEqual(await lintRows('utf16le.md'), expected);
    assert.deepEqual(await lintRows('utf16be.md'), expected);
  });

  it('does not count a UTF-8 BOM as a column of line 1', async () => {
    assert.deepEqual(await lintRows('bom.md'), await lintRows('lf.md'));
    assert.deepEqual(await lintRows('bom-line1.md'), ['work-life-balance@1:1-1:18']);
  });

  it('breaks lines at a lone CR: same lines and columns, frontmatter and code not linted', async () => {
    assert.deepEqual(await lintRows('cr.md'), await lintRows('lf.md'));
  });

  it('gives CRLF and mixed line endings the same findings at the same lines and columns', async () => {
    const expected = await lintRows('lf.md');
    assert.deepEqual(await lintRows('crlf.md'), expected);
    assert.deepEqual(await lintRows('mixed.md'), expected);
  });

  it('reads a draft that is not valid UTF-8 without failing, and says so', async () => {
    const r = await run('lint', 'latin1.md');
    assert.equal(r.code, 1);
    assert.match(r.out, /^latin1\.md:1:59 {2}warning .*\[work-life-balance\]$/m);
    assert.match(r.err, /latin1\.md: not valid UTF-8/);
  });

  it('says a draft is not valid UTF-8 again when its findings come from the cache', async () => {
    const cold = await run('lint', 'latin1.md');
    const entries = () => readdirSync(join(cache, 'interview-coach')).filter((n) => n.startsWith('findings-')).sort();
    const before = entries();
    const warm = await run('lint', 'latin1.md');
    assert.deepEqual(entries(), before, 'answered from the cache');
    assert.deepEqual(warm, cold);
    assert.match(warm.err, /latin1\.md: not valid UTF-8/);
    // Same text, other bytes (UTF-16 with a BOM): an entry of its own, the same findings.
    assert.deepEqual(await lintRows('utf16le.md'), await lintRows('lf.md'));
    assert.deepEqual(await lintRows('utf16le.md'), await lintRows('lf.md'));
  });

  it('report reads UTF-16 and CR-only drafts as their UTF-8 twin', async () => {
    const draft = async (file: string) => {
      const r = await run('report', '--format', 'json', '--content', BUNDLED_PACK_DIR, file);
      const { file: _shown, ...rest } = (JSON.parse(r.out) as { drafts: { file: string; redFlags: number }[] }).drafts[0]!;
      return rest;
    };
    const expected = await draft('lf.md');
    assert.equal(expected.redFlags, 2);
    assert.deepEqual(await draft('utf16be.md'), expected);
    assert.deepEqual(await draft('cr.md'), expected);
  });
});

describe('cli: pack files with CRLF, CR or UTF-16', () => {
  let crlf: string;
  before(() => {
    crlf = mkdtempSync(join(tmpdir(), 'ic-crlf-pack-'));
    mkdirSync(crlf, { recursive: true });
    cpSync(BUNDLED_PACK_DIR, crlf, { recursive: true });
    const names = readdirSync(crlf).filter((n) => n.endsWith('.md'));
    names.forEach((n, i) => {
      const text = readFileSync(join(crlf, n), 'utf8');
      // Git on Windows writes CRLF; one file as UTF-16 and one with lone CRs for good measure.
      if (i === 0) writeFileSync(join(crlf, n), utf16(text, false));
      else if (i === 1) writeFileSync(join(crlf, n), text.replace(/\n/g, '\r'));
      else writeFileSync(join(crlf, n), text.replace(/\n/g, '\r\n'));
    });
  });
  after(() => rmSync(crlf, { recursive: true, force: true }));

  async function content(dir: string): Promise<{ code: number; json: string }> {
    let out = '';
    const code = await main(['content', '--format', 'json', dir], { cwd: tmpdir(), out: (t) => (out += t), err: () => undefined });
    return { code, json: out };
  }

  it('loads every section and rule, with no \\r in any value, same as the LF pack', async () => {
    const lf = await content(BUNDLED_PACK_DIR);
    const other = await content(crlf);
    assert.equal(other.code, 0);
    assert.doesNotMatch(other.json, /\\r/);
    const strip = (json: string) => {
      const parsed = JSON.parse(json) as { pack: { root: string } };
      parsed.pack.root = '';
      return parsed;
    };
    assert.deepEqual(strip(other.json), strip(lf.json));
  });
});
