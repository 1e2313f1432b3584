import { own } from '../util/own';
import { countCards, PROGRESS_VERSION, readProgress, serializeProgress, type PackProgress, type Packs, type ProgressDocument, type ReadProgress } from './progressDocument';
import { mergeProgress } from './progressMerge';
import type { CardRecord } from './schedule';

export { parseCardRecord, PROGRESS_SCHEMA, PROGRESS_VERSION } from './progressDocument';
export type { PackProgress, ProgressDocument } from './progressDocument';

/**
 * Quiz progress: per pack, each question's review state keyed by question id, plus the one
 * unfinished session. Stored as one versioned JSON document through a small storage interface
 * the host implements (a file under `globalStorageUri`), so this module touches neither `fs` nor
 * `vscode`.
 *
 * Several windows share the document. Every save re-reads it, merges (per question, the latest
 * review wins; see `progressMerge`) and writes the result, under the storage's lock, so no
 * window erases another's reviews; `reload` takes in what other windows saved. Opening never
 * crashes and never silently wipes: an old version is migrated; a damaged document keeps every
 * readable entry, is copied to a backup first and reported; when nothing at all is readable,
 * the backups' reviews are taken back. A document of a newer format is never overwritten: the
 * store opens read-only and says so.
 */
export interface ProgressStorage {
  /** The stored text, or undefined when nothing was stored yet. */
  read(): Promise<string | undefined>;
  /**
   * Stores what `next` returns for the text stored now (nothing when it returns undefined),
   * with no other writer of the same storage in between.
   */
  update(next: (current: string | undefined) => Promise<string | undefined>): Promise<void>;
  /** Keeps `text` aside and returns where, for the warning (e.g. a file path). */
  backup(text: string, reason: string): Promise<string>;
  /** The backups kept so far, for taking reviews back when the progress has none left. */
  listBackups?(): Promise<readonly { readonly where: string; readonly text: string }[]>;
}

export interface OpenResult {
  readonly store: ProgressStore;
  /** Human-readable, one per problem found; the host shows them. */
  readonly warnings: readonly string[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Why stored text was set aside, for the backup's name and the warning; undefined when it is fine. */
function problemOf(read: ReadProgress): string | undefined {
  switch (read.status) {
    case 'damaged':
      return `could not be read whole (${read.error ?? 'damaged'})`;
    case 'foreign':
      return 'is not a progress file this version understands';
    case 'unupgradable':
      return `has format ${read.version}, which cannot be upgraded`;
    case 'ok':
      return read.dropped.length > 0
        ? `had ${plural(read.dropped.length, 'unreadable entry', 'unreadable entries')} (${read.dropped.slice(0, 3).join(', ')}${read.dropped.length > 3 ? ', …' : ''})`
        : undefined;
    default:
      return undefined;
  }
}

function newerMessage(version: number | undefined): string {
  return (
    `Quiz progress was written by a newer version of Interview Coach (format ${version}, this one reads up to ${PROGRESS_VERSION}). ` +
    'It is open read-only: answers in this window are not saved, so the newer file is never overwritten. Update Interview Coach to save progress again.'
  );
}

export class ProgressStore {
  private packs: Packs;
  /** Packs whose session this window changed since it last saved. */
  private dirtySessions = new Set<string>();
  private readOnlyReason: string | undefined;
  /** The last stored text copied to a backup, so one damaged file is kept once. */
  private backedUp: string | undefined;
  private queue: Promise<void> = Promise.resolve();
  private listeners: ((packId: string) => void)[] = [];
  private warningListeners: ((warning: string) => void)[] = [];

  private constructor(
    private readonly storage: ProgressStorage,
    packs: Packs,
  ) {
    this.packs = packs;
  }

  /** Reads, migrates or recovers. Never throws on content; only a failing storage throws. */
  static async open(storage: ProgressStorage): Promise<OpenResult> {
    const warnings: string[] = [];
    const text = await storage.read();
    const read = readProgress(text);
    const store = new ProgressStore(storage, read.packs);
    if (read.status === 'newer') {
      store.readOnlyReason = newerMessage(read.version);
      warnings.push(store.readOnlyReason);
      return { store, warnings };
    }

    const problem = problemOf(read);
    let where: string | undefined;
    if (text !== undefined && problem) {
      where = await storage.backup(text, problem);
      store.backedUp = text;
    } else if (text !== undefined && read.migratedFrom !== undefined) {
      await storage.backup(text, `format ${read.migratedFrom}, before upgrading`);
    }

    // Nothing readable left: take back the reviews the backups still hold.
    let recovered = 0;
    const unreadable = read.status === 'empty' || read.status === 'damaged' || read.status === 'foreign' || read.status === 'unupgradable';
    if (unreadable && countCards(read.packs) === 0 && storage.listBackups) {
      let packs: Packs = {};
      for (const b of await storage.listBackups()) {
        const old = readProgress(b.text);
        if (old.status !== 'newer') packs = mergeProgress(packs, withoutSessions(old.packs)).packs;
      }
      recovered = countCards(packs);
      if (recovered > 0) store.packs = packs;
    }

    if (problem) {
      const kept = countCards(read.packs);
      const outcome =
        recovered > 0
          ? `${plural(recovered, 'review was', 'reviews were')} taken back from earlier backups`
          : kept > 0 || read.status === 'ok'
            ? `the ${plural(kept, 'readable review was', 'readable reviews were')} kept`
            : 'review starts again from nothing';
      warnings.push(`Quiz progress ${problem}; ${outcome}. The file as it was is kept as ${where}; nothing was deleted.`);
    } else if (recovered > 0) {
      warnings.push(`Quiz progress was missing; ${plural(recovered, 'review was', 'reviews were')} taken back from earlier backups.`);
    }
    if (read.migratedFrom !== undefined || (problem && read.status === 'ok') || recovered > 0) await store.save();
    return { store, warnings };
  }

  /** Called after every change, with the pack it touched (also for changes another window saved). */
  onDidChange(listener: (packId: string) => void): { dispose(): void } {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  }

  /** Problems found after opening (another window wrote a newer format, a damaged file was set aside). */
  onWarning(listener: (warning: string) => void): { dispose(): void } {
    this.warningListeners.push(listener);
    return { dispose: () => (this.warningListeners = this.warningListeners.filter((l) => l !== listener)) };
  }

  /** Why nothing is saved, when the stored progress is of a newer format. */
  get readOnly(): string | undefined {
    return this.readOnlyReason;
  }

  card(packId: string, questionId: string): CardRecord | undefined {
    const cards = this.pack(packId)?.cards;
    return cards && own(cards, questionId);
  }

  cards(packId: string): Readonly<Record<string, CardRecord>> {
    return this.pack(packId)?.cards ?? {};
  }

  private pack(packId: string): PackProgress | undefined {
    return own(this.packs, packId);
  }

  async setCard(packId: string, questionId: string, record: CardRecord): Promise<void> {
    const p = this.pack(packId);
    this.packs = { ...this.packs, [packId]: { ...(p ?? {}), cards: { ...(p?.cards ?? {}), [questionId]: record } } };
    await this.changed(packId);
  }

  session(packId: string): Readonly<Record<string, unknown>> | undefined {
    return this.pack(packId)?.session;
  }

  async setSession(packId: string, session: Readonly<Record<string, unknown>> | undefined): Promise<void> {
    const cards = this.pack(packId)?.cards ?? {};
    const next: PackProgress = session ? { cards, session } : { cards };
    this.packs = { ...this.packs, [packId]: next };
    this.dirtySessions.add(packId);
    await this.changed(packId);
  }

  /** All progress, for export and tests. */
  snapshot(): ProgressDocument {
    return JSON.parse(serializeProgress(this.packs)) as ProgressDocument;
  }

  /** Takes in what other windows saved since this one last read or wrote. */
  reload(): Promise<void> {
    return this.enqueue(async () => {
      const read = readProgress(await this.storage.read());
      if (read.status === 'newer') this.enterReadOnly(read.version);
      if (read.status !== 'ok' && read.status !== 'newer') return; // a damaged file is dealt with by the next save
      this.adopt(read.packs);
    });
  }

  /**
   * Re-reads, merges and writes, one save at a time: the stored document ends up with every
   * review this window and the others made. Nothing is written in read-only mode.
   */
  save(): Promise<void> {
    return this.enqueue(async () => {
      if (this.readOnlyReason) return;
      const sessions = this.dirtySessions;
      this.dirtySessions = new Set();
      try {
        await this.storage.update(async (current) => {
          const read = readProgress(current);
          if (read.status === 'newer') {
            this.enterReadOnly(read.version);
            return undefined;
          }
          const problem = problemOf(read);
          if (current !== undefined && current !== this.backedUp && (problem || read.migratedFrom !== undefined)) {
            const where = await this.storage.backup(current, problem ?? `format ${read.migratedFrom}, before upgrading`);
            this.backedUp = current;
            if (problem) this.warn(`Quiz progress ${problem} when saving; its readable reviews were merged with this window's. The file as it was is kept as ${where}.`);
          }
          this.adopt(read.packs, sessions);
          return serializeProgress(this.packs);
        });
      } catch (err) {
        for (const p of sessions) this.dirtySessions.add(p);
        throw err;
      }
    });
  }

  private adopt(stored: Packs, sessions: ReadonlySet<string> = this.dirtySessions): void {
    const merged = mergeProgress(stored, this.packs, new Set([...sessions, ...this.dirtySessions]));
    this.packs = merged.packs;
    for (const packId of merged.changed) for (const l of this.listeners) l(packId);
  }

  private enterReadOnly(version: number | undefined): void {
    if (this.readOnlyReason) return;
    this.readOnlyReason = newerMessage(version);
    this.warn(this.readOnlyReason);
  }

  private warn(warning: string): void {
    for (const l of this.warningListeners) l(warning);
  }

  private async changed(packId: string): Promise<void> {
    for (const l of this.listeners) l(packId);
    await this.save();
  }

  /** Saves and reloads run one after another, in the order asked; a failure does not stop the next. */
  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.catch(() => undefined).then(task);
    this.queue = run;
    return run;
  }
}

function withoutSessions(packs: Packs): Packs {
  return Object.fromEntries(Object.entries(packs).map(([id, p]) => [id, { cards: p.cards }]));
}
