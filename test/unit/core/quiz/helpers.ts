import type { ProgressStorage } from '../../../../src/core/quiz/progress';

/** A clock the test moves by hand. */
export class FakeClock {
  constructor(public time: number) {}
  readonly now = (): Date => new Date(this.time);
  advance(ms: number): void {
    this.time += ms;
  }
  days(n: number): void {
    this.advance(n * 86_400_000);
  }
}

/** Progress storage in memory, recording backups. */
export class MemoryStorage implements ProgressStorage {
  writes = 0;
  readonly backups: { text: string; reason: string }[] = [];
  constructor(public text: string | undefined = undefined) {}
  async read(): Promise<string | undefined> {
    return this.text;
  }
  private lock: Promise<void> = Promise.resolve();
  /** One update at a time, as the contract asks (the file storage holds a lock). */
  update(next: (current: string | undefined) => Promise<string | undefined>): Promise<void> {
    const run = this.lock.catch(() => undefined).then(async () => {
      const text = await next(this.text);
      if (text === undefined) return;
      this.writes++;
      this.text = text;
    });
    this.lock = run;
    return run;
  }
  async backup(text: string, reason: string): Promise<string> {
    this.backups.push({ text, reason });
    return `backup-${this.backups.length}.json`;
  }
  async listBackups(): Promise<{ where: string; text: string }[]> {
    return this.backups.map((b, i) => ({ where: `backup-${i + 1}.json`, text: b.text })).reverse();
  }
}
