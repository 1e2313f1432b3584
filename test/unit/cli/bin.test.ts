import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../helpers/packFiles';

/** The built executable (npm run build makes it; npm test builds before the unit tests). */
const BIN = join(REPO, 'dist', 'cli.js');

describe('cli executable: V8 code cache', () => {
  let cache: string;
  beforeEach(() => (cache = mkdtempSync(join(tmpdir(), 'ic-xdg-'))));
  afterEach(() => rmSync(cache, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    execFileSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cache } });
  const cacheFiles = () => readdirSync(join(cache, 'interview-coach')).filter((n) => n.startsWith('v8-cli-'));

  it('saves the compiled CLI on the first run and gives the same answers from it after', () => {
    const first = run('--version');
    assert.deepEqual(cacheFiles().length, 1);
    assert.equal(run('--version'), first);
    assert.match(run('--help'), /check-content/);
  });

  it('runs correctly from a corrupt cache, and replaces it', () => {
    run('--version');
    const [name] = cacheFiles();
    writeFileSync(join(cache, 'interview-coach', name!), 'not V8 code');
    assert.match(run('--help'), /lint/);
    assert.notEqual(readFileSync(join(cache, 'interview-coach', cacheFiles()[0]!), 'utf8'), 'not V8 code');
  });

  it('runs correctly when bytes inside the cache are flipped (checked before V8 sees them), and replaces it', () => {
    const first = run('--version');
    const [name] = cacheFiles();
    const path = join(cache, 'interview-coach', name!);
    const bytes = readFileSync(path);
    for (const at of [0.3, 0.5, 0.7, 0.9]) bytes[Math.floor(bytes.length * at)] ^= 0xff;
    writeFileSync(path, bytes);
    assert.equal(run('--version'), first);
    assert.match(run('--help'), /check-content/);
    assert.notDeepEqual(readFileSync(join(cache, 'interview-coach', cacheFiles()[0]!)), bytes, 'the damaged cache was replaced');
  });

  it('keeps its cache folder private to the user (0700), also one that existed before', () => {
    mkdirSync(join(cache, 'interview-coach'), { mode: 0o755 });
    chmodSync(join(cache, 'interview-coach'), 0o755);
    run('--version');
    assert.equal(statSync(join(cache, 'interview-coach')).mode & 0o777, 0o700);
  });

  it('ignores a relative XDG_CACHE_HOME and a missing home: nothing is written to the working folder or the missing home', () => {
    const cwd = join(cache, 'cwd');
    const tmp = join(cache, 'tmp');
    mkdirSync(cwd);
    mkdirSync(tmp);
    const home = join(cache, 'nonexistent');
    const env = { ...process.env, XDG_CACHE_HOME: 'relative-cache', HOME: home, TMPDIR: tmp };
    const out = execFileSync(process.execPath, [BIN, '--version'], { encoding: 'utf8', cwd, env });
    assert.match(out, /^\d+\.\d+\.\d+/);
    assert.deepEqual(readdirSync(cwd), [], 'nothing in the working folder');
    assert.equal(existsSync(home), false, 'the missing home was not created');
    const [own] = readdirSync(tmp);
    assert.match(own!, /^interview-coach-/, 'a per-user folder under the temporary folder instead');
    assert.equal(statSync(join(tmp, own!)).mode & 0o777, 0o700);
    assert.ok(readdirSync(join(tmp, own!)).some((n) => n.startsWith('v8-cli-')));
  });

  it('drops the caches of earlier builds', () => {
    run('--version');
    writeFileSync(join(cache, 'interview-coach', 'v8-cli-v0.0.0-1-1.bin'), 'old');
    rmSync(join(cache, 'interview-coach', cacheFiles().find((n) => !n.includes('v0.0.0'))!));
    run('--version');
    assert.deepEqual(cacheFiles().filter((n) => n.includes('v0.0.0')), []);
  });

  it('can be bypassed', () => {
    execFileSync(process.execPath, [BIN, '--version'], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cache, INTERVIEW_COACH_NO_COMPILE_CACHE: '1' } });
    assert.throws(() => readdirSync(join(cache, 'interview-coach')));
  });
});
