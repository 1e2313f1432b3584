import { isGrade } from './protocol';
import type { CardRecord } from './schedule';

/**
 * Quiz progress: per pack, each question's review state keyed by question id, plus the one
 * unfinished session. Stored as one versioned JSON document through a small storage interface
 * the host implements (a file under `globalStorageUri`), so this module touches neither `fs` nor
 * `vscode`. Opening never crashes and never silently wipes: an old version is migrated; an
 * unreadable, corrupted or newer-than-known document is copied to a backup first and reported
 * as a warning, and whatever records in it are still valid are kept.
 */
export interface ProgressStorage {
  /** The stored text, or undefined when nothing was stored yet. */
  read(): Promise<string | undefined>;
  write(text: string): Promise<void>;
  /** Keeps `text` aside and returns where, for the warning (e.g. a file path). */
  backup(text: string, reason: string): Promise<string>;
}

export const PROGRESS_SCHEMA = 'interview-coach/quiz-progress';
export const PROGRESS_VERSION = 2;

export interface PackProgress {
  readonly cards: Readonly<Record<string, CardRecord>>;
  /** The unfinished session, as the session module snapshots it (validated when resumed). */
  readonly session?: Readonly<Record<string, unknown>>;
}

export interface ProgressDocument {
  readonly schema: typeof PROGRESS_SCHEMA;
  readonly version: typeof PROGRESS_VERSION;
  readonly packs: Readonly<Record<string, PackProgress>>;
}

export interface OpenResult {
  readonly store: ProgressStore;
  /** Human-readable, one per problem found; the host shows them. */
  readonly warnings: readonly string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIso = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isNum = (v: unknown, min = 0): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min;
const STATES = ['New', 'Learning', 'Review', 'Relearning'];

/** A stored card record, or undefined if any field is off. */
export function parseCardRecord(v: unknown): CardRecord | undefined {
  if (!isObj(v)) return undefined;
  const ok =
    isIso(v['due']) &&
    isNum(v['stability']) &&
    isNum(v['difficulty']) &&
    STATES.includes(v['state'] as string) &&
    Number.isInteger(v['reps']) &&
    isNum(v['reps']) &&
    Number.isInteger(v['lapses']) &&
    isNum(v['lapses']) &&
    isNum(v['learningSteps']) &&
    isNum(v['scheduledDays']) &&
    (v['lastReview'] === undefined || isIso(v['lastReview'])) &&
    isGrade(v['lastGrade']) &&
    typeof v['lastCorrect'] === 'boolean';
  if (!ok) return undefined;
  return {
    due: v['due'] as string,
    stability: v['stability'] as number,
    difficulty: v['difficulty'] as number,
    state: v['state'] as CardRecord['state'],
    reps: v['reps'] as number,
    lapses: v['lapses'] as number,
    learningSteps: v['learningSteps'] as number,
    scheduledDays: v['scheduledDays'] as number,
    ...(v['lastReview'] !== undefined ? { lastReview: v['lastReview'] as string } : {}),
    lastGrade: v['lastGrade'] as CardRecord['lastGrade'],
    lastCorrect: v['lastCorrect'] as boolean,
  };
}

/**
 * Version 1 (the first shape of this store, before sessions could be resumed): one pack's cards
 * at the top level, `{version: 1, packId, cards: {id: {due: epoch ms, stability, difficulty,
 * state: 0-3, reps, lapses, lastReview?: epoch ms, lastRating: 1-4}}}`. Version 2 namespaces by
 * pack, keeps ISO dates and the learning step, and remembers whether the last answer was right.
 */
function migrateV1(doc: Obj, dropped: string[]): Obj {
  const packId = typeof doc['packId'] === 'string' && doc['packId'] ? doc['packId'] : 'unknown-pack';
  const cards: Record<string, unknown> = {};
  for (const [id, raw] of Object.entries(isObj(doc['cards']) ? doc['cards'] : {})) {
    if (!isObj(raw) || !isNum(raw['due']) || !Number.isInteger(raw['state']) || !isGrade(raw['lastRating'])) {
      dropped.push(id);
      continue;
    }
    cards[id] = {
      due: new Date(raw['due'] as number).toISOString(),
      stability: raw['stability'],
      difficulty: raw['difficulty'],
      state: STATES[raw['state'] as number],
      reps: raw['reps'],
      lapses: raw['lapses'],
      learningSteps: 0,
      scheduledDays: 0,
      ...(isNum(raw['lastReview']) ? { lastReview: new Date(raw['lastReview'] as number).toISOString() } : {}),
      lastGrade: raw['lastRating'],
      lastCorrect: raw['lastRating'] !== 1,
    };
  }
  return { schema: PROGRESS_SCHEMA, version: 2, packs: { [packId]: { cards } } };
}

/** Each entry upgrades a document of version `key` to `key + 1`. */
const MIGRATIONS: Record<number, (doc: Obj, dropped: string[]) => Obj> = { 1: migrateV1 };

function emptyDocument(): ProgressDocument {
  return { schema: PROGRESS_SCHEMA, version: PROGRESS_VERSION, packs: {} };
}

export class ProgressStore {
  private doc: { schema: typeof PROGRESS_SCHEMA; version: typeof PROGRESS_VERSION; packs: Record<string, { cards: Record<string, CardRecord>; session?: Readonly<Record<string, unknown>> }> };
  private writing: Promise<void> = Promise.resolve();
  private listeners: ((packId: string) => void)[] = [];

  private constructor(
    private readonly storage: ProgressStorage,
    doc: ProgressDocument,
  ) {
    this.doc = JSON.parse(JSON.stringify(doc)) as typeof this.doc;
  }

  /** Reads, migrates or recovers. Never throws on content; only a failing storage throws. */
  static async open(storage: ProgressStorage): Promise<OpenResult> {
    const warnings: string[] = [];
    const text = await storage.read();
    if (text === undefined || text.trim() === '') return { store: new ProgressStore(storage, emptyDocument()), warnings };

    const setAside = async (reason: string): Promise<void> => {
      const where = await storage.backup(text, reason);
      warnings.push(`Quiz progress ${reason}, so review starts again from nothing. The old file was kept as ${where}; nothing was deleted.`);
    };

    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (err) {
      await setAside(`could not be read (${(err as Error).message})`);
      return { store: new ProgressStore(storage, emptyDocument()), warnings };
    }
    if (!isObj(raw) || !Number.isInteger(raw['version'])) {
      await setAside('is not a progress file this version understands');
      return { store: new ProgressStore(storage, emptyDocument()), warnings };
    }
    let version = raw['version'] as number;
    if (version > PROGRESS_VERSION) {
      await setAside(`was written by a newer version of Interview Coach (format ${version}, this one reads up to ${PROGRESS_VERSION}); starting afresh here`);
      return { store: new ProgressStore(storage, emptyDocument()), warnings };
    }

    let doc: Obj = raw;
    const dropped: string[] = [];
    let migrated = false;
    while (version < PROGRESS_VERSION) {
      const step = MIGRATIONS[version];
      if (!step) {
        await setAside(`has format ${version}, which cannot be upgraded`);
        return { store: new ProgressStore(storage, emptyDocument()), warnings };
      }
      if (!migrated) await storage.backup(text, `format ${version}, before upgrading`);
      doc = step(doc, dropped);
      version++;
      migrated = true;
    }

    // Validate record by record: one bad entry costs that entry, not the whole history.
    const packs: Record<string, PackProgress> = {};
    const rawPacks = isObj(doc['packs']) ? doc['packs'] : undefined;
    if (!rawPacks || doc['schema'] !== PROGRESS_SCHEMA) dropped.push('(the whole document)');
    for (const [packId, rawPack] of Object.entries(rawPacks ?? {})) {
      if (!isObj(rawPack)) {
        dropped.push(packId);
        continue;
      }
      const cards: Record<string, CardRecord> = {};
      for (const [id, rawCard] of Object.entries(isObj(rawPack['cards']) ? rawPack['cards'] : {})) {
        const card = parseCardRecord(rawCard);
        if (card) cards[id] = card;
        else dropped.push(`${packId}: ${id}`);
      }
      const session = isObj(rawPack['session']) ? rawPack['session'] : undefined;
      packs[packId] = { cards, ...(session ? { session } : {}) };
    }
    if (dropped.length > 0) {
      await setAside(`had ${dropped.length} unreadable entr${dropped.length === 1 ? 'y' : 'ies'} (${dropped.slice(0, 3).join(', ')}${dropped.length > 3 ? ', …' : ''}); the rest was kept`);
    }
    const store = new ProgressStore(storage, { schema: PROGRESS_SCHEMA, version: PROGRESS_VERSION, packs });
    if (migrated || dropped.length > 0) await store.save();
    return { store, warnings };
  }

  /** Called after every change, with the pack it touched. */
  onDidChange(listener: (packId: string) => void): { dispose(): void } {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  }

  private pack(packId: string) {
    return (this.doc.packs[packId] ??= { cards: {} });
  }

  card(packId: string, questionId: string): CardRecord | undefined {
    return this.doc.packs[packId]?.cards[questionId];
  }

  cards(packId: string): Readonly<Record<string, CardRecord>> {
    return this.doc.packs[packId]?.cards ?? {};
  }

  async setCard(packId: string, questionId: string, record: CardRecord): Promise<void> {
    this.pack(packId).cards[questionId] = record;
    await this.changed(packId);
  }

  session(packId: string): Readonly<Record<string, unknown>> | undefined {
    return this.doc.packs[packId]?.session;
  }

  async setSession(packId: string, session: Readonly<Record<string, unknown>> | undefined): Promise<void> {
    const p = this.pack(packId);
    if (session) p.session = session;
    else delete p.session;
    await this.changed(packId);
  }

  /** Progress for one pack, for export and tests. */
  snapshot(): ProgressDocument {
    return JSON.parse(JSON.stringify(this.doc)) as ProgressDocument;
  }

  private async changed(packId: string): Promise<void> {
    for (const l of this.listeners) l(packId);
    await this.save();
  }

  /** Writes are serialized: the last write always carries the latest state. */
  save(): Promise<void> {
    const text = `${JSON.stringify(this.doc, null, 1)}\n`;
    this.writing = this.writing.catch(() => undefined).then(() => this.storage.write(text));
    return this.writing;
  }
}
