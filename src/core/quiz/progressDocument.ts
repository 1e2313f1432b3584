import { isGrade } from './protocol';
import type { CardRecord } from './schedule';
import { parseTolerantJson } from './tolerantJson';

/**
 * The stored shape of quiz progress, read as far as it can be: one versioned JSON document,
 * `{schema, version, packs: {packId: {cards: {questionId: CardRecord}, session?}}}`. Reading
 * never throws: old versions are migrated, and a document cut short, with junk after it or with
 * bad entries keeps every entry that is still whole and valid. Pure: text in, data out.
 */
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

export type Packs = Readonly<Record<string, PackProgress>>;

/**
 * - `empty`: nothing stored (no file, or only white space);
 * - `ok`: a whole document of this or an older format (see `migratedFrom`, `dropped`);
 * - `damaged`: cut short or followed by junk; `packs` holds what was whole;
 * - `foreign`: JSON, but not a progress document;
 * - `newer`: written by a newer version (`version`); `packs` is a best-effort read, for display only;
 * - `unupgradable`: an old format with no migration.
 */
export type ReadStatus = 'empty' | 'ok' | 'damaged' | 'foreign' | 'newer' | 'unupgradable';

export interface ReadProgress {
  readonly status: ReadStatus;
  readonly packs: Packs;
  /** The format found, when there was one. */
  readonly version?: number;
  /** Set when an older format was upgraded. */
  readonly migratedFrom?: number;
  /** Entries that were there but unreadable: "pack: question", a pack id, or "(the whole document)". */
  readonly dropped: readonly string[];
  /** Why the JSON was not whole (with the character offset). */
  readonly error?: string;
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

/** Reads stored text as far as it can. Never throws. */
export function readProgress(text: string | undefined): ReadProgress {
  if (text === undefined || text.trim() === '') return { status: 'empty', packs: {}, dropped: [] };
  const parsed = parseTolerantJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const error = parsed.error;
  const raw = parsed.value;
  if (!isObj(raw) || !Number.isInteger(raw['version'])) {
    return { status: parsed.complete ? 'foreign' : 'damaged', packs: {}, dropped: [], ...(error ? { error } : {}) };
  }
  const found = raw['version'] as number;
  if (found > PROGRESS_VERSION) {
    // Read what looks like this version's shape, to show it; never written back.
    return { status: 'newer', version: found, packs: validatePacks(raw, []), dropped: [] };
  }
  let doc: Obj = raw;
  let version = found;
  const dropped: string[] = [];
  while (version < PROGRESS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { status: 'unupgradable', version: found, packs: {}, dropped: [] };
    doc = step(doc, dropped);
    version++;
  }
  if (!isObj(doc['packs']) || doc['schema'] !== PROGRESS_SCHEMA) dropped.push('(the whole document)');
  const packs = validatePacks(doc, dropped);
  return {
    status: parsed.complete ? 'ok' : 'damaged',
    packs,
    version: found,
    ...(found < PROGRESS_VERSION ? { migratedFrom: found } : {}),
    dropped,
    ...(error ? { error } : {}),
  };
}

/** Record by record: one bad entry costs that entry, not the whole history. */
function validatePacks(doc: Obj, dropped: string[]): Packs {
  const packs: Record<string, PackProgress> = {};
  for (const [packId, rawPack] of Object.entries(isObj(doc['packs']) ? doc['packs'] : {})) {
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
  return packs;
}

export function serializeProgress(packs: Packs): string {
  const doc: ProgressDocument = { schema: PROGRESS_SCHEMA, version: PROGRESS_VERSION, packs };
  return `${JSON.stringify(doc, null, 1)}\n`;
}

export function countCards(packs: Packs): number {
  let n = 0;
  for (const p of Object.values(packs)) n += Object.keys(p.cards).length;
  return n;
}
