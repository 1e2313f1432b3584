import type { Token } from './types';

/**
 * The speaker's dislike, said in the present: "I try to avoid working late", "I hate working
 * weekends", "I can't stand being pinged at night" (what follows is not wanted: the privative
 * verb or the "not" already negates it), and "Frequent reorgs stress me out", "Vague tickets make
 * me anxious" (the thing before the verb is not wanted). Both are a stance: they say what the
 * speaker would rather have, as "I want" does.
 */
export interface Aversion {
  /** Token index of the verb that carries the dislike ("avoid", "stand", "stress"). */
  readonly cue: number;
  /** Token range [from, to) to read as not wanted, when the reading must turn it (the thing before "stress me"). */
  readonly turn?: readonly [number, number];
}

/** Verbs whose object the speaker dislikes ("I avoid X"); the reading already negates X. */
const DISLIKE = new Set(['avoid', 'hate', 'dislike', 'resist', 'dread', 'detest', 'loathe', 'refuse', 'skip', 'decline']);
/** "I can't stand X", "I can't bear X", "I can't deal with X". */
const CANNOT = new Set(['stand', 'bear', 'tolerate', 'handle', 'deal', 'cope', 'abide']);
/** Verbs that say their subject troubles the speaker: "X stresses me out", "X scares me". */
const TROUBLING = new Set(['stress', 'scare', 'worry', 'bother', 'frustrate', 'annoy', 'drain', 'exhaust', 'terrify', 'frighten', 'overwhelm', 'upset', 'irritate', 'tire', 'paralyse', 'paralyze', 'unsettle', 'burn']);
/** Verbs before the real one: "I try to avoid", "I tend to skip". */
const LEAD_INS = new Set(['try', 'hard', 'tend', 'always', 'generally', 'usually', 'really', 'just', 'honestly', 'actively', 'strongly', 'absolutely', 'also']);

/** Reads the speaker's dislikes in a sentence. */
export function readAversions(tokens: readonly Token[], clause: readonly number[]): Aversion[] {
  const out: Aversion[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (The tagger may read "stand" in "can't stand" and "stress" in "reorgs stress me" as nouns.)
    const troubling = TROUBLING.has(t.lemma) && /^(?:me|us)$/.test(tokens[i + 1]?.lower ?? '');
    if (t.pos !== 'VERB' && !troubling && !(CANNOT.has(t.lemma) && cannot(tokens, i))) continue;
    // "I avoid", "I try to avoid", "I really hate", "I can't stand": the speaker, in the present.
    if ((DISLIKE.has(t.lemma) || (CANNOT.has(t.lemma) && cannot(tokens, i))) && present(t) && speakerBefore(tokens, i)) {
      out.push({ cue: i });
      continue;
    }
    // "I'd stay away from X", "I keep away from X" (the reading negates X after "away from").
    if ((t.lemma === 'stay' || t.lemma === 'keep') && tokens[i + 1]?.lower === 'away' && tokens[i + 2]?.lower === 'from' && present(t) && speakerBefore(tokens, i)) {
      out.push({ cue: i });
      continue;
    }
    // "X stresses me out", "X makes me anxious" is left to the concepts; "X doesn't bother me" takes X as it comes.
    if (troubling && present(t)) {
      let k = i - 1;
      let negated = false;
      while (k >= 0 && clause[k] === clause[i] && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.lemma === 'not' || tokens[k]!.pos === 'PART')) {
        if (tokens[k]!.lemma === 'not' || tokens[k]!.lower === 'never') negated = true;
        k--;
      }
      if (negated || (tokens[k + 1]?.lower === 'did')) continue;
      let from = k + 1;
      while (from > 0 && clause[from - 1] === clause[i]) from--;
      if (from < k + 1 && !tokens.slice(from, k + 1).some((w) => w.lower === 'i' || w.lower === 'we')) out.push({ cue: i, turn: [from, k + 1] });
    }
  }
  return out;
}

/** Whether the verb at `i` is in the present (or the base form after "to", "can't"). */
function present(t: Token): boolean {
  return t.lower === t.lemma || (t.lower.endsWith('s') && !t.lower.endsWith('ss')) || t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es`;
}

/** "can't stand", "cannot bear", "couldn't deal with" (not "can stand"). */
function cannot(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i - 1];
  const b = tokens[i - 2];
  return a?.lemma === 'not' && (b?.lower === 'ca' || b?.lower === 'can' || b?.lower === 'could') || a?.lower === 'cannot';
}

/** "I" before the verb, with only auxiliaries, adverbs, "not" and lead-ins ("try to") between; not a past or a "would". */
function speakerBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const w = tokens[k]!;
    if (w.lower === 'i' || w.lower === 'we') return true;
    if (w.lower === 'did' || w.lower === 'had' || w.lower === 'was' || w.lower === 'were' || w.lower === 'used') return false;
    if (w.pos === 'AUX' || w.pos === 'PART' || w.pos === 'ADV' || w.lemma === 'not' || (LEAD_INS.has(w.lemma) && (w.pos !== 'VERB' || present(w))) || w.lower === 'ca') continue;
    return false;
  }
  return false;
}
