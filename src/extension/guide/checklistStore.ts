import type * as vscode from 'vscode';

/**
 * Which checklist items are ticked, per pack, in `globalState` so it survives restarts and is
 * shared across workspaces (the interview is the same whichever folder is open).
 */
export class ChecklistStore {
  static readonly VERSION = 1;

  constructor(private readonly memento: vscode.Memento) {}

  private key(packId: string): string {
    return `interviewCoach.checklist.v${ChecklistStore.VERSION}.${packId}`;
  }

  checked(packId: string): ReadonlySet<string> {
    const raw = this.memento.get<unknown>(this.key(packId));
    return new Set(Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : []);
  }

  async set(packId: string, changes: readonly { id: string; checked: boolean }[]): Promise<void> {
    const next = new Set(this.checked(packId));
    for (const c of changes) {
      if (c.checked) next.add(c.id);
      else next.delete(c.id);
    }
    await this.memento.update(this.key(packId), [...next].sort());
  }
}
