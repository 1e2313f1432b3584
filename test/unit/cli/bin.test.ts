import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
