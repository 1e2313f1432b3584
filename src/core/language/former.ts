import type { Token } from './types';

/**
 * The speaker's former self: the stretches of a sentence the speaker places in a past they have
 * left ("I used to wait for final specs; now I write them", "Years ago I wanted someone to tell
 * me what to do", "At my old job every release needed three sign-offs, but here…"). What is said
 * there is history, not the speaker's stance now.
 *
 * A strong marker makes its segment former by itself: a past habit ("used to", "would have"
 * + participle), a distant time ("years ago", "back then", "early in my career", "at first",
 * "as a junior", "when I started"). A weak marker, a former place or time ("at my last job",
 * "my old manager", "before", "previously", "last year"), does so only when the sentence turns
 * to now ("now", "these days", "today", "here", "anymore", "since then"): on its own it may
 * well describe who the speaker still is. The former stretch runs from the marker's segment up
 * to the segment that turns to now.
 *
 * `clause` and `segment` are the reading's per-token clauses and segments (segments end only at
 * "but", ";", "because"…).
 */
export function formerStretch(tokens: readonly Token[], clause: readonly number[], segment: readonly number[]): boolean[] {
  const n = tokens.length;
  const former: boolean[] = new Array(n).fill(false);
  let strong = -1;
  let weak = -1;
  let turn = -1;
  for (let i = 0; i < n; i++) {
    const w = tokens[i]!.lower;
    const next = tokens[i + 1]?.lower ?? '';
    const after = tokens[i + 2]?.lower ?? '';
    if (isStrongMarker(tokens, i)) {
      if (strong < 0) strong = i;
    } else if (isWeakMarker(w, next, after, tokens[i + 1]?.pos, i)) {
      if (weak < 0) weak = i;
    }
    if (NOW_WORDS.has(w) || (w === 'these' && next === 'days') || (w === 'since' && next === 'then') || (w === 'any' && next === 'more') || (w === 'at' && next === 'this' && after === 'point')) {
      if (turn < 0) turn = i;
    }
  }
  const marker = strong >= 0 ? strong : turn >= 0 && clause[turn] !== clause[weak] ? weak : -1;
  if (marker < 0) return former;
  // From the start of the marker's segment ("I wanted that years ago" is former as a whole)…
  let from = marker;
  while (from > 0 && segment[from - 1] === segment[marker]) from--;
  // …to the clause that turns to now, or else the end of the marker's segment.
  let to = n;
  if (turn > marker) {
    to = turn;
    while (to > marker + 1 && clause[to - 1] === clause[turn]) to--;
  } else {
    to = marker;
    while (to < n && segment[to] === segment[marker]) to++;
  }
  for (let i = from; i < to; i++) former[i] = true;
  return former;
}

const NOW_WORDS = new Set(['now', 'nowadays', 'today', 'anymore', 'here', 'currently', 'still']);
const DISTANT = new Set(['ago', 'then']);
const FORMER_ADJ = new Set(['last', 'previous', 'old', 'former', 'first', 'earlier', 'prior']);
const PLACE_NOUNS = /^(?:job|jobs|company|companies|team|teams|role|roles|employer|employers|manager|managers|lead|boss|startup|lab|group|place|position|gig|org|organisation|organization|workplace)$/;

/** A past habit or a distant time the speaker has left. */
function isStrongMarker(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  // "I used to wait", "we used to hand…" (not "I'm used to ambiguity", "it is used to rank").
  if (t.lower === 'used' && next?.lower === 'to' && after && after.pos === 'VERB' && tokens[i - 1]?.lemma !== 'be' && tokens[i - 1]?.lemma !== 'get') return true;
  // "I'd have asked for…", "I would have said…": a past counterfactual.
  if ((t.lower === "'d" || t.lower === 'would') && next?.lower === 'have' && after && after.pos === 'VERB' && after.lower !== after.lemma) return true;
  if (DISTANT.has(t.lower) && i > 0 && (tokens[i - 1]!.lower === 'back' || (t.lower === 'ago' && /^(?:years|months|decades|long|while)$/.test(tokens[i - 1]!.lower)))) return true;
  const w = t.lower;
  const n1 = next?.lower ?? '';
  const n2 = after?.lower ?? '';
  const n3 = tokens[i + 3]?.lower ?? '';
  if ((w === 'early' || w === 'earlier') && (n1 === 'in' || n1 === 'on') && (n2 === 'my' || n3 === 'career')) return true;
  // "At first I waited for specs" is history; "I'd want someone to walk me through it at first" asks for now.
  if (w === 'at' && n1 === 'first' && next?.pos !== 'NOUN') return !segmentLooksAhead(tokens, i);
  if (w === 'as' && (n1 === 'a' || n1 === 'an') && /^(?:junior|student|grad|graduate|newcomer|intern|beginner|new)$/.test(n2)) return true;
  if (w === 'when' && n1 === 'i' && /^(?:started|began|joined|was)$/.test(n2)) return true;
  if (w === 'in' && n1 === 'the' && n2 === 'past') return true;
  // Looking back on it: "in hindsight", "in retrospect", "looking back," (a reflection on who the speaker was).
  if (w === 'in' && (n1 === 'hindsight' || n1 === 'retrospect')) return true;
  if (w === 'looking' && n1 === 'back' && (i === 0 || tokens[i - 1]!.pos === 'PUNCT' || tokens[i - 1]!.pos === 'CCONJ')) return true;
  // An age the speaker has left: "in my twenties", "in my early career".
  if (w === 'in' && n1 === 'my' && (/^(?:twenties|teens|youth)$/.test(n2) || (n2 === 'early' && /^(?:twenties|career|days)$/.test(n3)))) return true;
  return false;
}

/** A former place or time: "at my last job", "my old manager", "before,", "previously", "last year". */
function isWeakMarker(w: string, next: string, after: string, nextPos: string | undefined, i: number): boolean {
  if (FORMER_ADJ.has(w) && PLACE_NOUNS.test(next)) return true;
  if (FORMER_ADJ.has(w) && /^(?:year|years|quarter|time)$/.test(next) && w !== 'first') return true;
  if ((w === 'my' || w === 'our') && FORMER_ADJ.has(next) && PLACE_NOUNS.test(after)) return true;
  if (w === 'previously' || w === 'formerly') return true;
  // "Before, I'd…" / "Before I joined…": "before" opening the sentence.
  if (w === 'before' && i === 0 && (nextPos === 'PUNCT' || nextPos === 'PRON')) return true;
  return false;
}

/** Whether the stretch around `i` (up to a hard break) speaks of now or later: a modal, "want", "need"… in the present. */
function segmentLooksAhead(tokens: readonly Token[], i: number): boolean {
  const edge = (t: Token): boolean => /^[;.!?—]$/.test(t.text) || /^(?:but|because|although|though|while|whereas|yet|however)$/.test(t.lower);
  let a = i;
  while (a > 0 && !edge(tokens[a - 1]!)) a--;
  let b = i;
  while (b < tokens.length - 1 && !edge(tokens[b + 1]!)) b++;
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    if (/^(?:would|'d|will|'ll|shall|gonna)$/.test(t.lower)) return true;
    if (t.pos === 'VERB' && t.lower === t.lemma && /^(?:want|need|expect|hope|like|prefer|wish)$/.test(t.lemma)) return true;
  }
  return false;
}
