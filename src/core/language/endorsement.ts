import type { Token } from './types';

/**
 * What the speaker makes of a story or a state they have just told: a past told approvingly is
 * a want now, and one refused again is a want of its opposite. (A reason for leaving, "I left
 * because X", is read in `./leaving`.)
 *
 * - Endorsement: a later clause that points back at what came before ("the same", "that",
 *   "this", "something similar") with a verb of wanting, keeping, bringing or praising it:
 *   "At the bank every release needed three sign-offs, and I'd want the same here", "…, and I
 *   think that discipline would help a studio team too", "…, and I think this is the safer way",
 *   "My wife said take the job for life, and I agree with her". What was told before it is the
 *   speaker's want now, even when it was a past, a former job or someone else's words. A verb
 *   that takes the pointer as its object needs it after it ("I'd want the same"); a verb that
 *   says something of the pointer needs it before ("that discipline would help", "this is the
 *   safer way"). "That's why I like the memo" explains; it endorses nothing.
 * - Refusal: the same pointing back, negated, with a word of doing it again: "I haven't had a free
 *   Saturday since our seed round, and I'm not doing that again". What the clause just before it
 *   told is not wanted.
 *
 * `clause` is the reading's per-token clauses.
 */
export interface Endorsement {
  /** The token that carries the stance: the endorsing or refusing word. */
  readonly cue: number;
  /** The stretch [from, to) it is about. */
  readonly from: number;
  readonly to: number;
  /** Whether what the stretch says is not wanted (a refusal): its polarity turns. */
  readonly turn: boolean;
  /** Whether the cue says nothing beyond the stretch ("this is the safer way"); a want verb ("I'd want the same, somewhere I can stay") still does. */
  readonly closed: boolean;
}

/** Words that point back at what was just told. */
export const ANAPHORS = new Set(['same', 'similar', 'similarly', 'likewise', 'that', 'this', 'those', 'these', 'such']);
/** Pointers that say "the same kind": the only ones "do" and "make" take ("I'd do the same", not "I'd do it again"). */
const SAMENESS = new Set(['same', 'similar', 'similarly', 'likewise']);
/** Verbs that take what they point at as their object: want, keep, bring, repeat, propose the same. */
export const OBJECT_VERBS = new Set([
  'want', 'like', 'love', 'prefer', 'keep', 'bring', 'propose', 'suggest', 'recommend', 'introduce', 'repeat', 'adopt', 'replicate',
  'copy', 'expect', 'hope', 'miss', 'enjoy', 'appreciate', 'value', 'use', 'make', 'see', 'apply', 'carry', 'import', 'set', 'build',
  'establish', 'push', 'need', 'do', 'find', 'have', 'get',
]);
/** Verbs that say the pointer is good: "that discipline would help", "that works well". */
export const PREDICATE_VERBS = new Set(['help', 'work', 'suit', 'serve']);
/** Praise of what is pointed at: "this is the safer way", "that was ideal". */
export const PRAISING = new Set(['better', 'best', 'safer', 'safest', 'right', 'good', 'great', 'ideal', 'perfect', 'healthy', 'healthier', 'sensible', 'smart', 'wise', 'correct', 'proper', 'well']);
/** Adjectives of being content with what is pointed at. */
export const CONTENT = new Set(['comfortable', 'happy', 'content', 'fine', 'satisfied']);
/** Object verbs too common to endorse without a word of here and now, praise or a modal beside them. */
const WEAK_VERBS = new Set(['make', 'see', 'use', 'set', 'build', 'do', 'need', 'apply', 'carry', 'find', 'have', 'get']);
/** Words that put the endorsed thing here and now: "here", "again", "too", "today". */
const NOW = new Set(['here', 'again', 'too', 'also', 'today', 'now', 'netflix', 'similarly', 'likewise', 'same', 'similar']);
const MODAL = new Set(['would', "'d", 'could', 'should', 'will', "'ll"]);
/** Words of doing something again, for a refusal: "I'm not doing that again", "never again". */
export const AGAIN = new Set(['again', 'anymore', 'twice']);
/** Words that open an explanation, not an endorsement: "that's why I like the memo". */
const EXPLAINING = new Set(['why', 'because', 'so']);

export function readEndorsements(tokens: readonly Token[], clause: readonly number[]): Endorsement[] {
  const endorsement = readEndorsement(tokens, clause, tokens.length);
  return endorsement ? [endorsement] : [];
}

/** Endorsement and refusal: in a clause after the first, pointing back. */
function readEndorsement(tokens: readonly Token[], clause: readonly number[], n: number): Endorsement | undefined {
  for (let c = 1; c <= (clause[n - 1] ?? 0); c++) {
    const start = clause.indexOf(c);
    if (start < 3) continue;
    let end = start;
    while (end < n && clause[end] === c) end++;
    const part = tokens.slice(start, end);
    if (part.some((t) => EXPLAINING.has(t.lower))) continue;
    const speaker = part.some((t) => t.lower === 'i' || t.lower === 'we');
    const no = part.filter((t) => t.lemma === 'not' || t.lower === 'never' || t.lower === 'no').length;
    const again = part.some((t) => AGAIN.has(t.lower));
    // "that" points back only as a determiner or on its own ("that discipline", "I miss that"), not opening a clause ("somewhere that respects…", "I think that I…").
    const pointers = part.map((t, k) => (ANAPHORS.has(t.lower) && !(t.lower === 'that' && /^(?:VERB|PRON|PROPN)$/.test(part[k + 1]?.pos ?? '')) ? k : -1)).filter((k) => k >= 0);
    let at = -1;
    if (no % 2 === 1) {
      // A refusal needs no endorsing verb: "I'm not going through that again", "never doing that again".
      if (again && speaker && pointers.length > 0) at = pointers[0]!;
      // Or says it is not the speaker: "…; that's not me", "…, but that's not how I work", "…, not for me".
      else if (disowns(part)) at = pointers[0] ?? 0;
    } else {
      const backed = part.some((w) => NOW.has(w.lower) || PRAISING.has(w.lower) || MODAL.has(w.lower));
      at = part.findIndex((t, k) => {
        if (t.lemma === 'agree' && speaker) return true;
        if (PREDICATE_VERBS.has(t.lemma) && t.pos === 'VERB') return pointers.some((p) => p < k) && (t.lemma !== 'work' || part.some((w) => PRAISING.has(w.lower)));
        if (PRAISING.has(t.lower) && t.lower !== 'well') return pointers.some((p) => p < k) && part.slice(0, k).some((w) => w.lemma === 'be');
        // "…, and I am comfortable with that", "…, and I was happy with it".
        if (CONTENT.has(t.lower) && speaker && part[k + 1]?.lower === 'with') return pointers.some((p) => p === k + 2 || p === k + 3);
        if (!OBJECT_VERBS.has(t.lemma) || !(t.pos === 'VERB' || t.pos === 'AUX' || t.lemma === 'like') || !speaker) return false;
        const after = pointers.filter((p) => p > k && p - k <= 6);
        if (after.length === 0) return false;
        if ((t.lemma === 'do' || t.lemma === 'make') && !after.some((p) => SAMENESS.has(part[p]!.lower))) return false;
        return !WEAK_VERBS.has(t.lemma) || backed;
      });
    }
    if (at < 0) continue;
    // A refusal reaches only the clause just before it ("- impact, working with artists\n- no weekends, I'm not doing that again" refuses the weekends).
    let from = 0;
    if (no % 2 === 1) {
      from = start - 1;
      while (from > 0 && (clause[from - 1] === clause[start - 1] || tokens[from]!.pos === 'PUNCT')) from--;
      while (from < start && tokens[from]!.pos === 'PUNCT') from++;
    }
    return { cue: start + at, from, to: start, turn: no % 2 === 1, closed: !OBJECT_VERBS.has(part[at]!.lemma) };
  }
  return undefined;
}

/** "that's not me", "that is not how I work", "this isn't who I am", "that's not for me": the clause before is disowned. */
export function disowns(part: readonly Token[]): boolean {
  const words = part.filter((t) => t.pos !== 'PUNCT' && !/^(?:but|and|so|though|honestly|just|really|simply)$/.test(t.lower)).map((t) => t.lower);
  if (!/^(?:that|this)$/.test(words[0] ?? '') || !/^(?:'s|is|was|'re)$/.test(words[1] ?? '') || !/^(?:not|n't)$/.test(words[2] ?? '')) return false;
  const rest = words.slice(3).join(' ');
  return /^(?:me|for me|how i (?:work|operate|think)|who i am|what i (?:want|need|am looking for|'m looking for)|my (?:style|thing|way))$/.test(rest);
}

