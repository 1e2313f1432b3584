import type { Token } from './types';

/**
 * A reason for leaving, told by the speaker: "I left my startup because it stopped feeling like a
 * family", "I'm quitting because I was answering Slack at 2 a.m.", "I resigned as the team kept
 * reorganising", "the reason I'm leaving is I never get an evening to myself". What pushed the
 * speaker out is what they do not want, so the reason reads with its polarity turned (the first
 * says the speaker wants a family-like team, the second wants no late messages), and it is a
 * stance like "I want", whatever its tense. An offer the speaker turned down is read the same way:
 * "I turned down a promotion because it meant calls at 6 a.m.", "I declined the lead role due to
 * the travel".
 *
 * A reason told as the speaker's own feeling keeps its polarity and gets no cue here (its own
 * word is the stance): a pull ("because I wanted more research", "since I got the chance to lead
 * a team") or a dislike ("because I got tired of catering to artists").
 *
 * This is the one reader of such reasons: the reading turns each range once and takes its opener
 * as a want cue reaching to the range's end.
 */
export interface LeavingReason {
  /** Token index of the word that opens the reason ("because", "since", "as", "due", the "is" of "the reason I left is"). */
  readonly cue: number;
  /** Token range [from, to) of the reason, whose polarity turns. */
  readonly turn: readonly [number, number];
}

/** Verbs of leaving a job: "left", "quit", "resigned", "am leaving", "walked away". */
const LEAVE_VERBS = new Set(['leave', 'quit', 'resign', 'exit']);
/** Verbs of turning an offer down (WordNet: decline, refuse, reject); "turn" counts only as "turned (it) down". */
const TURN_DOWN_VERBS = new Set(['decline', 'refuse', 'reject']);
/** Words that open a reason. ("as" only before a clause: "I left as the team…", not "I left as a junior".) */
const REASON_OPENERS = new Set(['because', 'since', 'cause', "'cause", 'as']);
/**
 * Words of the speaker's own feeling in the reason: a pull ("because I wanted…", "I got the
 * chance to…") or a push already said as a dislike ("because I got tired of catering to artists",
 * "I hated the on-call"). Such a reason carries its own stance and is read as it stands. The
 * feeling must be the speaker's: "because the company wanted me on call" is still a push.
 */
const OWN_FEELING = new Set(['want', 'wish', 'hope', 'chance', 'opportunity', 'offer', 'excite', 'excited', 'interested', 'attract', 'attracted', 'draw', 'drawn', 'dream', 'seek', 'crave', 'love', 'passion', 'curious',
  'tired', 'sick', 'fed', 'hate', 'dislike', 'bored', 'frustrated', 'annoyed', 'stand', 'bear', 'burnt', 'burned', 'exhausted', 'weary', 'disliked']);

/** Prepositions of time that may open the reason: "because after the reorg the team…". */
const TIME_PREPOSITIONS = new Set(['after', 'before', 'during', 'since', 'following', 'over']);
/** Conjunctions of time that may open the reason with a clause of their own, up to a comma: "because once we grew, it…". */
const TIME_CONJUNCTIONS = new Set(['once', 'when']);

/**
 * Reads the reasons for leaving in a sentence's tokens (`clause`, `segment`: each token's clause
 * and segment, as the reading splits them).
 *
 * The opener is "because (of)", "since", "cause", "as" before a clause, "due to", or the copula of
 * "the reason I left was (that) X"; before it, within its part of the sentence, the speaker leaves
 * a job or turns an offer down, not negated ("I'm not leaving because…" gives none). The reason
 * runs from after the opener, past a leading time phrase, to the end of its segment or to a clause
 * where the speaker speaks again ("…, and I'd like somewhere with…").
 */
export function readLeavingReasons(tokens: readonly Token[], clause: readonly number[], segment: readonly number[]): LeavingReason[] {
  const out: LeavingReason[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const due = t.lower === 'due' && tokens[i + 1]?.lower === 'to';
    const be = t.lemma === 'be';
    if (!REASON_OPENERS.has(t.lower) && !due && !be) continue;
    // "not because of the pay": that is not the reason ("not only because…" still is one).
    if (tokens[i - 1]?.lemma === 'not') continue;
    const leave = leaverBefore(tokens, i) >= 0 ? leaverBefore(tokens, i) : leaverOfCorrection(tokens, i);
    if (leave < 0) continue;
    // The copula opens a reason only after "the reason": "the reason I'm leaving is (that) X".
    if (be && !tokens.slice(Math.max(0, leave - 5), leave).some((w) => w.lemma === 'reason')) continue;
    // ("The reason I left was because X": the opener after the copula reads X.)
    if (be && (REASON_OPENERS.has(tokens[i + 1]?.lower ?? '') || tokens[i + 1]?.lower === 'due')) continue;
    if (t.lower === 'as' && !asClause(tokens, i)) continue;
    const skip = due || (t.lower === 'because' && tokens[i + 1]?.lower === 'of') || (be && tokens[i + 1]?.lower === 'that');
    let start = skip ? i + 2 : i + 1;
    // "because, after the reorg, the team…": a comma after the opener sets off what follows.
    if (tokens[start]?.text === ',') start++;
    const from = pastTimePhrase(tokens, start);
    if (from >= n) continue;
    let to = from + 1;
    while (to < n && segment[to] === segment[from]) {
      // "…, and I'd like somewhere with…": the speaker speaks again, outside the reason.
      if (clause[to] !== clause[to - 1] && tokens.slice(to, to + 2).some((w) => w.lower === 'i' || w.lower === 'we')) break;
      to++;
    }
    const part = tokens.slice(from, to);
    if (part.some((w, k) => (OWN_FEELING.has(w.lemma) || OWN_FEELING.has(w.lower)) && part.slice(Math.max(0, k - 4), k).some((p) => p.lower === 'i' || p.lower === 'we'))) continue;
    // Nothing turns twice.
    if (out.some((o) => from < o.turn[1] && o.turn[0] < to)) continue;
    out.push({ cue: i, turn: [from, to] });
  }
  return out;
}

/**
 * Where the reason starts when a time opens it at `from`: after "after the reorg" (the noun phrase,
 * and a comma), after "once we grew past fifty people," (up to the comma); else `from`.
 */
function pastTimePhrase(tokens: readonly Token[], from: number): number {
  const opener = tokens[from]?.lower ?? '';
  if (TIME_PREPOSITIONS.has(opener)) {
    let k = from + 1;
    while (k < tokens.length && /^(?:DET|ADJ|NUM)$/.test(tokens[k]!.pos)) k++;
    const noun = k;
    while (k < tokens.length && /^(?:NOUN|PROPN)$/.test(tokens[k]!.pos)) k++;
    if (k === noun) return from;
    return tokens[k]?.text === ',' ? k + 1 : k;
  }
  if (TIME_CONJUNCTIONS.has(opener)) {
    let k = from + 1;
    while (k < tokens.length && k <= from + 10 && tokens[k]!.text !== ',' && !/^[;.!?—]$/.test(tokens[k]!.text)) k++;
    return tokens[k]?.text === ',' && k + 1 < tokens.length ? k + 1 : from;
  }
  return from;
}

/** The index of the speaker's leaving verb before the reason opener at `i` (in its sentence part), or -1. */
function leaverBefore(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const w = tokens[k]!;
    if (/^[;.!?—]$/.test(w.text) || /^(?:but|although|though|while|whereas|yet|however)$/.test(w.lower)) return -1;
    // (The tagger may read "left" after "we all" as a noun, and "leaving" after "I'm" too: "the reason I'm leaving is…".)
    const leaving = (w.pos === 'VERB' && LEAVE_VERBS.has(w.lemma)) || w.lower === 'left' || (/^(?:leaving|quitting)$/.test(w.lower) && tokens[k - 1]?.lemma === 'be');
    const turningDown = w.pos === 'VERB' && (TURN_DOWN_VERBS.has(w.lemma) || (w.lemma === 'turn' && tokens.slice(k + 1, k + 3).some((d) => d.lower === 'down')));
    if (!leaving && !turningDown) continue;
    // "leave it to others because…" leaves nothing: the speaker leaves a place, or nothing named.
    const next = tokens[k + 1];
    if (leaving && next && (/^(?:it|them|everything)$/.test(next.lower) || (/^(?:that|this)$/.test(next.lower) && !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(tokens[k + 2]?.pos ?? '')))) return -1;
    // "I'm not leaving because…" gives no reason to leave.
    if (tokens.slice(Math.max(0, k - 3), k).some((p) => p.lemma === 'not')) return -1;
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

/**
 * The leaving verb of a corrected reason: "I left not because of the hours but because X" (and
 * "…, but since X", "not only because…, but because X") gives X as a reason of the leaving told
 * before the first one, or -1.
 */
function leaverOfCorrection(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  if (tokens[k]?.lower !== 'but') return -1;
  for (k--; k >= 1 && k >= i - 16; k--) {
    const w = tokens[k]!;
    if (/^[;.!?—]$/.test(w.text)) return -1;
    if (!REASON_OPENERS.has(w.lower)) continue;
    // "not because X", "not only because X".
    const not = /^(?:only|just|simply|merely|solely)$/.test(tokens[k - 1]!.lower) ? k - 2 : k - 1;
    if (tokens[not]?.lemma === 'not') return leaverBefore(tokens, not);
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
