import * as vscode from 'vscode';
import type { ProgressStorage } from '../../core/quiz/progress';

export const PROGRESS_FILE = 'quiz-progress.json';

/**
 * Quiz progress as one JSON file under the extension's `globalStorageUri`: shared by every
 * workspace (the interview is the same whichever folder is open), readable by a person, and
 * replaced atomically (write a temporary file, then rename) so a crash mid-write cannot leave
 * half a file. Backups go beside it with a timestamp and are never deleted by the extension.
 */
export class ProgressFile implements ProgressStorage {
  private readonly file: vscode.Uri;

  constructor(private readonly folder: vscode.Uri) {
    this.file = vscode.Uri.joinPath(folder, PROGRESS_FILE);
  }

  get uri(): vscode.Uri {
    return this.file;
  }

  async read(): Promise<string | undefined> {
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(this.file));
    } catch (err) {
      if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
      throw err;
    }
  }

  async write(text: string): Promise<void> {
    await vscode.workspace.fs.createDirectory(this.folder);
    const temp = vscode.Uri.joinPath(this.folder, `${PROGRESS_FILE}.tmp`);
    await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
    await vscode.workspace.fs.rename(temp, this.file, { overwrite: true });
  }

  async backup(text: string, reason: string): Promise<string> {
    await vscode.workspace.fs.createDirectory(this.folder);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const slug = reason.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'backup';
    const target = vscode.Uri.joinPath(this.folder, `quiz-progress.${stamp}.${slug}.json`);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    return target.fsPath;
  }
}
