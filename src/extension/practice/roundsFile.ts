import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { RoundsStorage } from '../../core/practice/rounds';

export const ROUNDS_FILE = 'practice-rounds.json';
/** A lock older than this was left by a window that died mid-save (a save takes milliseconds). */
const STALE_LOCK_MS = 10_000;
const LOCK_WAIT_MS = 20_000;

/**
 * Practice rounds as one JSON file in the extension's global storage, shared by every window,
 * with the quiz progress file's discipline: `update` holds a lock (a `.lock` folder: creating a
 * folder succeeds or fails at once on every platform) while it reads, merges and writes; each
 * write goes to a temporary file of its own (pid + random name), is synced and renamed over the
 * file; a lock left by a crashed window is taken over after ten seconds. Backups go beside the
 * file and are never deleted here. Node's `fs`, no `vscode`, so tests run exactly this.
 */
export class RoundsFile implements RoundsStorage {
  readonly path: string;

  constructor(
    readonly folder: string,
    readonly name = ROUNDS_FILE,
  ) {
    this.path = join(folder, name);
  }

  async read(): Promise<string | undefined> {
    try {
      return await fs.readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  async update(next: (current: string | undefined) => Promise<string | undefined>): Promise<void> {
    await fs.mkdir(this.folder, { recursive: true });
    const release = await this.lock();
    try {
      const text = await next(await this.read());
      if (text !== undefined) await this.replace(text);
    } finally {
      await release();
    }
  }

  async backup(text: string, reason: string): Promise<string> {
    await fs.mkdir(this.folder, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const slug = reason.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'backup';
    const target = join(this.folder, `${this.name.replace(/\.json$/, '')}.${stamp}.${slug}.${randomBytes(3).toString('hex')}.json`);
    await fs.writeFile(target, text, { flag: 'wx' });
    return target;
  }

  private async replace(text: string): Promise<void> {
    const temp = join(this.folder, `${this.name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const handle = await fs.open(temp, 'wx');
      try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temp, this.path);
    } catch (err) {
      await fs.rm(temp, { force: true });
      throw err;
    }
  }

  private async lock(): Promise<() => Promise<void>> {
    const dir = join(this.folder, `${this.name}.lock`);
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        await fs.mkdir(dir);
        return () => fs.rm(dir, { recursive: true, force: true });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const since = await fs.stat(dir).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (since > STALE_LOCK_MS) {
        // Renamed away before removal, so of two windows that find it stale only one takes it over.
        const aside = `${dir}.${process.pid}.${randomBytes(3).toString('hex')}.stale`;
        await fs.rename(dir, aside).then(
          () => fs.rm(aside, { recursive: true, force: true }),
          () => undefined,
        );
        continue;
      }
      if (Date.now() - started > LOCK_WAIT_MS) {
        throw new Error(`practice rounds are being saved by another window (${dir} exists); this round is kept in memory and saved with the next one`);
      }
      await new Promise((r) => setTimeout(r, Math.min(50, 2 + attempt) + Math.random() * 5));
    }
  }
}
