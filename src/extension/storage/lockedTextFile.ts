import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { SharedFileNames, type SharedTextFile } from './sharedTextFile';

/** A lock older than this was left by a window that died mid-save (a save takes milliseconds). */
const STALE_LOCK_MS = 10_000;
/** How long a save waits for another window's save before it gives up (and is retried with the next one). */
const LOCK_WAIT_MS = 20_000;

/**
 * A shared file on the local disk through Node's `fs` (no `vscode`, so tests and other processes
 * use exactly what the desktop extension uses). Only the desktop entry (src/extension/node.ts)
 * loads this module; the web bundle never does.
 *
 * `update` holds a lock (a `<name>.lock` folder: creating a folder either succeeds or fails at
 * once, on every platform) while it reads, merges and writes, so two windows never save from the
 * same old copy. It writes a temporary file of its own (pid and random name), syncs it and renames
 * it over the file, so a crash mid-write cannot leave half a file and two writers never share a
 * temporary. A lock left by a crashed window is taken over after ten seconds. Backups go beside
 * the file and are never deleted here.
 */
export class LockedTextFile implements SharedTextFile {
  readonly path: string;
  private readonly names: SharedFileNames;

  constructor(
    readonly folder: string,
    name: string,
    what: string,
  ) {
    this.names = new SharedFileNames(name, what);
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
    const target = join(this.folder, this.names.backupName(reason, randomBytes(3).toString('hex')));
    await fs.writeFile(target, text, { flag: 'wx' });
    return target;
  }

  async listBackups(): Promise<{ where: string; text: string }[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.folder);
    } catch {
      return [];
    }
    const found: { where: string; text: string }[] = [];
    for (const name of names.filter((n) => this.names.isBackup(n)).sort().reverse()) {
      try {
        found.push({ where: join(this.folder, name), text: await fs.readFile(join(this.folder, name), 'utf8') });
      } catch {
        // Unreadable backup: skipped, the others still count.
      }
    }
    return found;
  }

  private async replace(text: string): Promise<void> {
    const temp = join(this.folder, this.names.tempName(`${process.pid}.${randomBytes(6).toString('hex')}`));
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
    const dir = join(this.folder, `${this.names.name}.lock`);
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
        throw new Error(`${this.names.what} is being saved by another window (${dir} exists); this window's changes are kept in memory and saved with the next one`);
      }
      await new Promise((r) => setTimeout(r, Math.min(50, 2 + attempt) + Math.random() * 5));
    }
  }
}
