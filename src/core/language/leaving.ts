import type { Token } from './types';

/**
 * A reason for leaving, told by the speaker: "I left my startup because it stopped feeling like a
 * family", "I'm quitting because I was answering Slack at 2 a.m.", "I resigned as the team kept
 * reorganising". What pushed the speaker out is what they do not want, so the reason's clause
 * reads with its polarity turned (the first says the speaker wants a family-like team, the second
 * wants no late messages), and it is a stance like "I want", whatever its tense.
 *
 * A reason told as the speaker's own feeling keeps its polarity and gets no cue here (its own
 * word is the stance): a pull ("because I wanted more research", "since I got the chance to lead
 * a team") or a dislike ("because I got tired of catering to artists").
 */
export interface LeavingReason {
  /** Token index of the word that opens the reason ("because", "since", "as"). */
  readonly cue: number;
  /** Token range [from, to) of the reason's clause, whose polarity turns. */
  readonly turn: readonly [number, number];
}

/** Verbs of leaving a job: "left", "quit", "resigned", "am leaving", "walked away". */
const LEAVE_VERBS = new Set(['leave', 'quit', 'resign', 'exit']);
/** Words that open a reason. ("as" only right after the left place: "I left as the team…".) */
const REASON_OPENERS = new Set(['because', 'since', 'cause', "'cause", 'as']);
/**
 * Words of the speaker's own feeling in the reason: a pull ("because I wanted…", "the chance
 * to…") or a push already said as a dislike ("because I got tired of catering to artists",
 * "I hated the on-call"). Such a reason carries its own stance and is read as it stands.
 */
const OWN_FEELING = new Set(['want', 'wish', 'hope', 'chance', 'opportunity', 'offer', 'excite', 'excited', 'interested', 'attract', 'attracted', 'draw', 'drawn', 'dream', 'seek', 'crave', 'love', 'passion', 'curious',
  'tired', 'sick', 'fed', 'hate', 'dislike', 'bored', 'frustrated', 'annoyed', 'stand', 'bear', 'burnt', 'burned', 'exhausted', 'weary', 'disliked']);

/** Prepositions of time that may open the reason's clause. */
const TIME_PREPOSITIONS = new Set(['after', 'before', 'during', 'since', 'following', 'over']);

/** Reads the reasons for leaving in a sentence's tokens (`clause`: each token's clause id). */
export function readLeavingReasons(tokens: readonly Token[], clause: readonly number[]): LeavingReason[] {
  const out: LeavingReason[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!REASON_OPENERS.has(t.lower)) continue;
    const leave = leaverBefore(tokens, i);
    if (leave < 0) continue;
    // "as" opens a reason only before a clause ("I left as the team kept shrinking", "as it…"), not "as a junior".
    if (t.lower === 'as' && !asClause(tokens, i)) continue;
    let from = i + 1;
    // A time before the reason is not part of it: "because after the reorg the team doesn't feel like a family".
    if (TIME_PREPOSITIONS.has(tokens[from]?.lower ?? '')) {
      let k = from + 1;
      while (k < tokens.length && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos)) k++;
      if (tokens[k]?.text === ',') k++;
      if (k > from + 1) from = k;
    }
    let to = from;
    while (to < tokens.length && (clause[to] === clause[from] || to === from)) to++;
    if (to <= from) continue;
    if (tokens.slice(from, to).some((w) => OWN_FEELING.has(w.lemma) || OWN_FEELING.has(w.lower))) continue;
    out.push({ cue: i, turn: [from, to] });
  }
  return out;
}

/** The index of the speaker's leaving verb before the reason opener at `i` (in its sentence part), or -1. */
function leaverBefore(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const w = tokens[k]!;
    if (/^[;.!?—]$/.test(w.text) || /^(?:but|although|though|while|whereas|yet|however)$/.test(w.lower)) return -1;
    // (The tagger may read "left" after "we all" as a noun.)
    if (!((w.pos === 'VERB' && LEAVE_VERBS.has(w.lemma)) || w.lower === 'left')) continue;
    // "leave it to others because…" leaves nothing: the speaker leaves a place, or nothing named.
    const next = tokens[k + 1];
    if (next && /^(?:it|them|that|this|everything)$/.test(next.lower)) return -1;
    // The speaker: "I left", "I'm leaving", "I decided to quit", "we both resigned".
    for (let s = k - 1; s >= 0 && s >= k - 5; s--) {
      const subj = tokens[s]!;
      if (subj.lower === 'i' || subj.lower === 'we') return k;
      if (subj.pos === 'NOUN' || subj.pos === 'PROPN' || /^(?:he|she|they|you|it|people)$/.test(subj.lower)) return -1;
    }
    return -1;
  }
  return -1;
}

/** Whether "as" at `i` opens a clause: a pronoun subject, or "the/my/our…" and a verb within a few words. */
function asClause(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  if (next.pos === 'PRON' && /^(?:i|we|it|they|he|she|everyone|nobody|nothing)$/.test(next.lower)) return true;
  if (!/^(?:the|my|our|their|his|her|every|management|leadership)$/.test(next.lower)) return false;
  return tokens.slice(i + 2, i + 6).some((w) => w.pos === 'VERB' || w.pos === 'AUX');
}
