import type { Packs, PackProgress } from './progressDocument';
import type { CardRecord } from './schedule';

/**
 * Merging two copies of quiz progress (two VS Code windows, or a backup and the live file).
 * A question's record is replaced by each review, so of two records the later review is the
 * one to keep: the merge keeps, per question, the record with the latest `lastReview` (then more
 * reps, then a fixed order so both sides agree). That makes it commutative, associative and
 * idempotent: windows can merge in any order, any number of times, and agree. A pack's
 * unfinished session is not a review: it is taken from the side that last changed it.
 */

/** The record of the later review; ties are broken the same way whichever side each is on. */
export function laterCard(a: CardRecord, b: CardRecord): CardRecord {
  const ta = a.lastReview ? Date.parse(a.lastReview) : -Infinity;
  const tb = b.lastReview ? Date.parse(b.lastReview) : -Infinity;
  if (ta !== tb) return ta > tb ? a : b;
  if (a.reps !== b.reps) return a.reps > b.reps ? a : b;
  const ja = JSON.stringify(a);
  const jb = JSON.stringify(b);
  return ja >= jb ? a : b;
}

export interface Merged {
  readonly packs: Packs;
  /** Packs whose cards or session differ from `local`'s. */
  readonly changed: ReadonlySet<string>;
}

/**
 * `stored` (what is on disk now) merged with `local` (this window's copy). For the packs in
 * `localSessions` this window changed the session since it last saved, so its session (or its
 * clearing of one) wins; for the others the stored session does.
 */
export function mergeProgress(stored: Packs, local: Packs, localSessions: ReadonlySet<string> = new Set()): Merged {
  const packs: Record<string, PackProgress> = {};
  const changed = new Set<string>();
  for (const packId of new Set([...Object.keys(stored), ...Object.keys(local)])) {
    const s = stored[packId];
    const l = local[packId];
    const cards: Record<string, CardRecord> = { ...(l?.cards ?? {}) };
    for (const [id, card] of Object.entries(s?.cards ?? {})) {
      const mine = cards[id];
      const keep = mine ? laterCard(mine, card) : card;
      if (keep !== mine) {
        cards[id] = keep;
        if (!mine || JSON.stringify(mine) !== JSON.stringify(keep)) changed.add(packId);
      }
    }
    const session = localSessions.has(packId) ? l?.session : s?.session;
    if (JSON.stringify(session) !== JSON.stringify(l?.session)) changed.add(packId);
    packs[packId] = { cards, ...(session ? { session } : {}) };
  }
  return { packs, changed };
}
