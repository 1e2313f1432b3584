import * as vscode from 'vscode';
import { SharedFileNames, type SharedTextFile } from './sharedTextFile';

/**
 * A shared file through `vscode.workspace.fs`: in the web worker host (vscode.dev, github.dev),
 * and for a global storage that is not on the local disk. The file system API has no exclusive
 * create to lock with, so two windows can still race within one save; each save still re-reads
 * and merges (a window never writes from a stale copy), writes a temporary file of its own and
 * renames it into place.
 */
export class WorkspaceFsTextFile implements SharedTextFile {
  private readonly file: vscode.Uri;
  private readonly names: SharedFileNames;

  constructor(
    private readonly folder: vscode.Uri,
    name: string,
    what: string,
  ) {
    this.names = new SharedFileNames(name, what);
    this.file = vscode.Uri.joinPath(folder, name);
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
    const temp = vscode.Uri.joinPath(this.folder, this.names.tempName(globalThis.crypto.randomUUID()));
    await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
    await vscode.workspace.fs.rename(temp, this.file, { overwrite: true });
  }

  async backup(text: string, reason: string): Promise<string> {
    await vscode.workspace.fs.createDirectory(this.folder);
    const target = vscode.Uri.joinPath(this.folder, this.names.backupName(reason, globalThis.crypto.randomUUID().slice(0, 6)));
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
    for (const [name] of entries.filter(([n, t]) => t === vscode.FileType.File && this.names.isBackup(n)).sort(([a], [b]) => b.localeCompare(a))) {
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
