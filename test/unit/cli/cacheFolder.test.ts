import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheFolder } from '../../../src/cli/cacheFolder';

describe('cli: cache folder', () => {
  let dir: string;
  const saved = { XDG_CACHE_HOME: process.env['XDG_CACHE_HOME'], HOME: process.env['HOME'], TMPDIR: process.env['TMPDIR'] };
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ic-cachefolder-'))));
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('uses an absolute XDG_CACHE_HOME, private to the user', () => {
    process.env['XDG_CACHE_HOME'] = join(dir, 'xdg');
    assert.equal(cacheFolder(), join(dir, 'xdg', 'interview-coach'));
    assert.equal(statSync(join(dir, 'xdg', 'interview-coach')).mode & 0o777, 0o700);
  });

  it('ignores a relative XDG_CACHE_HOME for ~/.cache', () => {
    process.env['XDG_CACHE_HOME'] = 'relative';
    process.env['HOME'] = dir;
    assert.equal(cacheFolder(), join(dir, '.cache', 'interview-coach'));
  });

  it('never creates a missing home: a per-user folder under the temporary folder instead', () => {
    delete process.env['XDG_CACHE_HOME'];
    process.env['HOME'] = join(dir, 'nonexistent');
    process.env['TMPDIR'] = join(dir, 'tmp');
    mkdirSync(join(dir, 'tmp'));
    const folder = cacheFolder()!;
    assert.equal(existsSync(join(dir, 'nonexistent')), false);
    assert.match(folder, /tmp[\\/]interview-coach-[^\\/]+$/);
    assert.equal(statSync(folder).mode & 0o777, 0o700);
  });

  it('gives no folder rather than one it cannot trust (a symlink) or a relative temporary folder', () => {
    mkdirSync(join(dir, 'elsewhere'));
    mkdirSync(join(dir, 'xdg'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'xdg', 'interview-coach'));
    process.env['XDG_CACHE_HOME'] = join(dir, 'xdg');
    assert.equal(cacheFolder(), undefined);
    process.env['XDG_CACHE_HOME'] = 'relative';
    process.env['HOME'] = join(dir, 'nonexistent');
    process.env['TMPDIR'] = 'relative-tmp';
    const cwd = process.cwd();
    assert.equal(cacheFolder(), undefined);
    assert.equal(existsSync(join(cwd, 'relative-tmp')), false);
  });
});
