import { own } from '../util/own';
import { parseCardRecord } from '../quiz/progress';
import type { CardRecord } from '../quiz/schedule';

/**
 * Practice rounds as stored: per pack, every finished round (keyed by its id) and each prompt's
 * FSRS card (the same card shape the quiz keeps). One versioned JSON document behind the small
 * storage interface the quiz's progress uses, so this module touches neither `fs` nor `vscode`.
 *
 * Several windows may record rounds at once, so a save never writes blindly: it re-reads what is
 * stored, merges it with what this window holds (rounds by id, both kept; a card by the later
 * review) and writes the union. Opening never crashes and never wipes: an unreadable or newer
 * document is set aside as a backup first and whatever records in it are valid are kept.
 */
export interface RoundsStorage {
  read(): Promise<string | undefined>;
  /**
   * Under the storage's lock (so two windows never save from the same old copy): reads the
   * stored text, hands it to `next`, and replaces the file atomically (a unique temporary file,
   * then a rename) with what `next` returns, unless that is undefined. The same discipline as the
   * quiz's progress file.
   */
  update(next: (current: string | undefined) => Promise<string | undefined>): Promise<void>;
  backup(text: string, reason: string): Promise<string>;
}

export const ROUNDS_SCHEMA = 'interview-coach/practice-rounds';
export const ROUNDS_VERSION = 1;

export interface RoundRecord {
  readonly id: string;
  readonly promptId: string;
  readonly question: string;
  /** ISO times. */
  readonly startedAt: string;
  readonly finishedAt: string;
  /** 0–100. */
  readonly score: number;
  /** The FSRS grade the score gave (1 Again … 4 Easy). */
  readonly grade: 1 | 2 | 3 | 4;
  readonly targetSeconds: number;
  /** Speaking time of the answer at the candidate's pace. */
  readonly spokenSeconds: number;
  readonly redFlags: number;
  /** The draft, as a path relative to the workspace (or a URI). */
  readonly draft: string;
}

export interface PackRounds {
  readonly rounds: Readonly<Record<string, RoundRecord>>;
  readonly cards: Readonly<Record<string, CardRecord>>;
}

export interface RoundsDocument {
  readonly schema: typeof ROUNDS_SCHEMA;
  readonly version: typeof ROUNDS_VERSION;
  readonly packs: Readonly<Record<string, PackRounds>>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIso = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

export function parseRoundRecord(v: unknown): RoundRecord | undefined {
  if (!isObj(v)) return undefined;
  const ok =
    isStr(v['id']) &&
    isStr(v['promptId']) &&
    typeof v['question'] === 'string' &&
    isIso(v['startedAt']) &&
    isIso(v['finishedAt']) &&
    isNum(v['score']) &&
    (v['score'] as number) <= 100 &&
    [1, 2, 3, 4].includes(v['grade'] as number) &&
    isNum(v['targetSeconds']) &&
    isNum(v['spokenSeconds']) &&
    Number.isInteger(v['redFlags']) &&
    isNum(v['redFlags']) &&
    typeof v['draft'] === 'string';
  if (!ok) return undefined;
  return {
    id: v['id'] as string,
    promptId: v['promptId'] as string,
    question: v['question'] as string,
    startedAt: v['startedAt'] as string,
    finishedAt: v['finishedAt'] as string,
    score: v['score'] as number,
    grade: v['grade'] as RoundRecord['grade'],
    targetSeconds: v['targetSeconds'] as number,
    spokenSeconds: v['spokenSeconds'] as number,
    redFlags: v['redFlags'] as number,
    draft: v['draft'] as string,
  };
}

interface Parsed {
  readonly doc: RoundsDocument;
  /** Entries that failed validation, for the warning. */
  readonly dropped: readonly string[];
  /** Why the document as a whole could not be read, if it could not. */
  readonly unreadable?: string;
}

function emptyDocument(): RoundsDocument {
  return { schema: ROUNDS_SCHEMA, version: ROUNDS_VERSION, packs: {} };
}

/** Reads a stored document record by record: one bad entry costs that entry, not the history. */
export function parseRoundsDocument(text: string | undefined): Parsed {
  if (text === undefined || text.trim() === '') return { doc: emptyDocument(), dropped: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { doc: emptyDocument(), dropped: [], unreadable: `could not be read (${(err as Error).message})` };
  }
  if (!isObj(raw) || raw['schema'] !== ROUNDS_SCHEMA || !Number.isInteger(raw['version'])) {
    return { doc: emptyDocument(), dropped: [], unreadable: 'is not a practice-rounds file this version understands' };
  }
  if ((raw['version'] as number) > ROUNDS_VERSION) {
    return { doc: emptyDocument(), dropped: [], unreadable: `was written by a newer version of Interview Coach (format ${String(raw['version'])}, this one reads up to ${ROUNDS_VERSION})` };
  }
  const dropped: string[] = [];
  const packs: Record<string, PackRounds> = {};
  for (const [packId, rawPack] of Object.entries(isObj(raw['packs']) ? raw['packs'] : {})) {
    if (!isObj(rawPack)) {
      dropped.push(packId);
      continue;
    }
    const rounds: Record<string, RoundRecord> = {};
    for (const [id, r] of Object.entries(isObj(rawPack['rounds']) ? rawPack['rounds'] : {})) {
      const round = parseRoundRecord(r);
      if (round && round.id === id) rounds[id] = round;
      else dropped.push(`${packId}: round ${id}`);
    }
    const cards: Record<string, CardRecord> = {};
    for (const [id, c] of Object.entries(isObj(rawPack['cards']) ? rawPack['cards'] : {})) {
      const card = parseCardRecord(c);
      if (card) cards[id] = card;
      else dropped.push(`${packId}: card ${id}`);
    }
    packs[packId] = { rounds, cards };
  }
  return { doc: { schema: ROUNDS_SCHEMA, version: ROUNDS_VERSION, packs }, dropped };
}

const reviewedAt = (c: CardRecord): number => (c.lastReview ? Date.parse(c.lastReview) : 0);

/**
 * The union of two documents: every round of either (a round is written once, so the same id is
 * the same round), and per prompt the card reviewed last (ties keep `ours`).
 */
export function mergeRounds(theirs: RoundsDocument, ours: RoundsDocument): RoundsDocument {
  const packs: Record<string, PackRounds> = {};
  for (const packId of new Set([...Object.keys(theirs.packs), ...Object.keys(ours.packs)])) {
    const a = theirs.packs[packId];
    const b = ours.packs[packId];
    const cards: Record<string, CardRecord> = { ...(a?.cards ?? {}) };
    for (const [id, card] of Object.entries(b?.cards ?? {})) {
      const other = cards[id];
      if (!other || reviewedAt(card) >= reviewedAt(other)) cards[id] = card;
    }
    packs[packId] = { rounds: { ...(a?.rounds ?? {}), ...(b?.rounds ?? {}) }, cards };
  }
  return { schema: ROUNDS_SCHEMA, version: ROUNDS_VERSION, packs };
}

export interface RoundsOpenResult {
  readonly store: RoundsStore;
  readonly warnings: readonly string[];
}

export class RoundsStore {
  private doc: RoundsDocument;
  private writing: Promise<void> = Promise.resolve();
  private listeners: ((packId: string) => void)[] = [];

  private constructor(
    private readonly storage: RoundsStorage,
    doc: RoundsDocument,
  ) {
    this.doc = doc;
  }

  static async open(storage: RoundsStorage): Promise<RoundsOpenResult> {
    const text = await storage.read();
    const parsed = parseRoundsDocument(text);
    const warnings: string[] = [];
    if (text !== undefined && (parsed.unreadable || parsed.dropped.length > 0)) {
      const reason = parsed.unreadable ?? `had ${parsed.dropped.length} unreadable entr${parsed.dropped.length === 1 ? 'y' : 'ies'} (${parsed.dropped.slice(0, 3).join(', ')}${parsed.dropped.length > 3 ? ', …' : ''}); the rest was kept`;
      const where = await storage.backup(text, reason);
      warnings.push(`Practice rounds ${reason}. The old file was kept as ${where}; nothing was deleted.`);
    }
    const store = new RoundsStore(storage, parsed.doc);
    // An unreadable file is replaced only after its backup, and only by what could be kept.
    if (text !== undefined && (parsed.unreadable || parsed.dropped.length > 0)) await store.save({ replace: true });
    return { store, warnings };
  }

  onDidChange(listener: (packId: string) => void): { dispose(): void } {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  }

  rounds(packId: string): readonly RoundRecord[] {
    return Object.values(this.pack(packId)?.rounds ?? {}).sort((a, b) => Date.parse(a.finishedAt) - Date.parse(b.finishedAt) || a.id.localeCompare(b.id));
  }

  cards(packId: string): Readonly<Record<string, CardRecord>> {
    return this.pack(packId)?.cards ?? {};
  }

  private pack(packId: string): PackRounds | undefined {
    return own(this.doc.packs, packId);
  }

  card(packId: string, promptId: string): CardRecord | undefined {
    const cards = this.pack(packId)?.cards;
    return cards && own(cards, promptId);
  }

  /** Records a finished round and the prompt's new card, then saves (merged with other windows' rounds). */
  async record(packId: string, round: RoundRecord, card: CardRecord): Promise<void> {
    const pack = this.pack(packId) ?? { rounds: {}, cards: {} };
    this.doc = { ...this.doc, packs: { ...this.doc.packs, [packId]: { rounds: { ...pack.rounds, [round.id]: round }, cards: { ...pack.cards, [round.promptId]: card } } } };
    for (const l of this.listeners) l(packId);
    await this.save();
  }

  /** Picks up what other windows stored since (e.g. when the file changes on disk). */
  async reload(): Promise<void> {
    const parsed = parseRoundsDocument(await this.storage.read());
    if (parsed.unreadable) return;
    const before = JSON.stringify(this.doc);
    this.doc = mergeRounds(parsed.doc, this.doc);
    if (JSON.stringify(this.doc) !== before) for (const packId of Object.keys(this.doc.packs)) for (const l of this.listeners) l(packId);
  }

  snapshot(): RoundsDocument {
    return JSON.parse(JSON.stringify(this.doc)) as RoundsDocument;
  }

  /**
   * Serialized saves; each re-reads the stored document and writes the merge, so a round another
   * window recorded meanwhile is kept. `replace` skips the merge (after a backup on open).
   */
  save(options: { replace?: boolean } = {}): Promise<void> {
    this.writing = this.writing
      .catch(() => undefined)
      .then(() =>
        this.storage.update(async (current) => {
          if (!options.replace) {
            const stored = parseRoundsDocument(current);
            // A file that became unreadable since it was opened is not merged into: keep it, save later.
            if (stored.unreadable) return undefined;
            this.doc = mergeRounds(stored.doc, this.doc);
          }
          return `${JSON.stringify(this.doc, null, 1)}\n`;
        }),
      );
    return this.writing;
  }
}
