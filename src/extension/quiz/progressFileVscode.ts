import * as vscode from 'vscode';
import type { ProgressStorage } from '../../core/quiz/progress';
import { PROGRESS_FILE } from './progressFile';

/**
 * Quiz progress through `vscode.workspace.fs`, for a global storage that is not on the local
 * disk (a `file:` one uses `ProgressFile`, with Node's `fs` and a lock between windows). The
 * file system API has no exclusive create to lock with, so here two windows can still race
 * within one save; each save still re-reads and merges (so a window never writes from a stale
 * copy), writes a temporary file of its own and renames it into place.
 */
export class WorkspaceFsProgressFile implements ProgressStorage {
  private readonly file: vscode.Uri;

  constructor(private readonly folder: vscode.Uri) {
    this.file = vscode.Uri.joinPath(folder, PROGRESS_FILE);
  }

  async read(): Promise<string | undefined> {
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(this.file));
    } catch (err) {
      if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
      throw err;
    }
  }

  async update(next: (current: string | undefined) => Promise<string | undefined>): Promise<void> {
    const text = await next(await this.read());
    if (text === undefined) return;
    await vscode.workspace.fs.createDirectory(this.folder);
    const temp = vscode.Uri.joinPath(this.folder, `${PROGRESS_FILE}.${globalThis.crypto.randomUUID()}.tmp`);
    await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
    await vscode.workspace.fs.rename(temp, this.file, { overwrite: true });
  }

  async backup(text: string, reason: string): Promise<string> {
    await vscode.workspace.fs.createDirectory(this.folder);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const slug = reason.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'backup';
    const target = vscode.Uri.joinPath(this.folder, `quiz-progress.${stamp}.${slug}.${globalThis.crypto.randomUUID().slice(0, 6)}.json`);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    return target.toString(true);
  }

  async listBackups(): Promise<{ where: string; text: string }[]> {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(this.folder);
    } catch {
      return [];
    }
    const found: { where: string; text: string }[] = [];
    for (const [name] of entries.filter(([n, t]) => t === vscode.FileType.File && n.startsWith('quiz-progress.') && n.endsWith('.json') && n !== PROGRESS_FILE)) {
      const uri = vscode.Uri.joinPath(this.folder, name);
      try {
        found.push({ where: uri.toString(true), text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) });
      } catch {
        // Unreadable backup: skipped.
      }
    }
    return found;
  }
}
