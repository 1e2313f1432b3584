/**
 * A text file in the extension's global storage that every window of the editor reads and
 * writes: the quiz's progress and the practice rounds. `update` runs read → merge → write with no
 * other writer in between where the platform allows it; the stores (core/quiz/progress,
 * core/practice/rounds) do the merging. Two implementations: `LockedTextFile` (Node's `fs`, a lock
 * between windows; the desktop entry hands it in through the host) and `WorkspaceFsTextFile`
 * (`vscode.workspace.fs`, for the web and for a global storage that is not on the local disk).
 */
export interface SharedTextFile {
  /** The stored text, or undefined when nothing was stored yet. */
  read(): Promise<string | undefined>;
  /** Stores what `next` returns for the text stored now (nothing when it returns undefined). */
  update(next: (current: string | undefined) => Promise<string | undefined>): Promise<void>;
  /** Keeps `text` aside beside the file and returns where, for a warning. */
  backup(text: string, reason: string): Promise<string>;
  /** The backups kept so far, newest first. */
  listBackups(): Promise<{ where: string; text: string }[]>;
}

/** Names of the file and its backups: `quiz-progress.json`, `quiz-progress.<time>.<why>.json`. */
export class SharedFileNames {
  readonly stem: string;

  constructor(
    /** The file's name, e.g. `quiz-progress.json`. */
    readonly name: string,
    /** What it holds, for messages: "quiz progress". */
    readonly what: string,
  ) {
    this.stem = name.replace(/\.json$/, '');
  }

  /** A backup's name: when, why, and a random tail so two windows never pick the same one. */
  backupName(reason: string, random: string): string {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const slug = reason.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'backup';
    return `${this.stem}.${stamp}.${slug}.${random}.json`;
  }

  isBackup(name: string): boolean {
    return name.startsWith(`${this.stem}.`) && name.endsWith('.json') && name !== this.name;
  }

  /** A temporary file of this writer's own, renamed over the file once written. */
  tempName(random: string): string {
    return `${this.name}.${random}.tmp`;
  }
}
