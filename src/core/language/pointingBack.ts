import { AGAIN, ANAPHORS, CONTENT, disowns, OBJECT_VERBS, PRAISING, PREDICATE_VERBS } from './endorsement';
import type { SentenceReading } from './reading';
import type { Token } from './types';

/**
 * A sentence that takes a stance on the one before it: "At the bank every release needed three
 * sign-offs. I'd want the same here." Each sentence alone says nothing a recruiter would hear; the
 * two together say the speaker wants sign-offs. The language layer says which sentences may point
 * back (cheaply, without the model) and which, read, want what they point at; the meaning tier
 * reads the pair.
 */

/** Words that point at what was just told, in a sentence of its own: the endorsement's pointers, and "it". */
const POINTERS = new Set([...ANAPHORS, 'it', 'comparable', 'equivalent']);
/** Words whose surface forms say a sentence may take a stance on what came before it. */
const STANCE_WORDS = new Set([...OBJECT_VERBS, ...PREDICATE_VERBS, ...PRAISING, ...CONTENT, ...AGAIN, 'agree', 'look', 'seek', 'care', 'matter', 'wish', 'consider']);
/** A sentence that points back is short: "Honestly, I'd love to have something like that again at Netflix." */
const MAX_POINTER_WORDS = 16;

/**
 * Whether a sentence, on its own, may point back at the one before it with a stance: a short
 * sentence with a pointer ("the same", "that", "it", "something similar") and a word of wanting,
 * praising or refusing ("I'd want the same here.", "That worked well for me.", "I'm not doing
 * that again."). Needs no model: it only says which sentence pairs are worth reading together
 * (the reading decides), so it errs towards yes.
 */
export function mayPointBack(sentence: string): boolean {
  const words = sentence.toLowerCase().replace(/[‘’]/g, "'").match(/[a-z]+(?:'[a-z]+)?/g);
  if (!words || words.length > MAX_POINTER_WORDS) return false;
  if (MOVING_ON.test(sentence)) return true;
  let pointer = false;
  let stance = false;
  for (const w of words) {
    if (isPointer(w)) pointer = true;
    if (STANCE_WORDS.has(w) || STANCE_WORDS.has(stemOf(w))) stance = true;
  }
  return pointer && stance;
}

/**
 * Whether a sentence, read alone, is the speaker wanting what it points at, with no negation
 * anywhere in it: "I am looking for a similar setup here.", "It's all I want to work on.",
 * "Such a structure I would like to see in the team." (Not "I'd never want that again", not "I
 * care more about what we ship than about that", not a question.) Then what the sentence before
 * it told is what the speaker wants.
 */
export function wantsWhatCameBefore(r: SentenceReading): boolean {
  if (r.stance !== 'wants' || r.wantCues.length === 0 || r.reportedAdvice || r.question) return false;
  const { tokens } = r;
  if (r.negated.some(Boolean) || tokens.some((t) => t.lemma === 'not' || t.lower === 'never' || t.lower === 'no' || t.lower === 'without' || t.lower === 'than')) return false;
  // An explanation points back to give a reason, and its want is something else: "That's exactly why I want a role where…".
  if (tokens.some((t) => EXPLAINING.has(t.lower))) return false;
  // The want is the speaker's ("It's all I want", "I consider it non-negotiable"), not "She's happy there".
  const cues = r.wantCues.filter((c) => speakersCue(tokens, c));
  return tokens.some((t, k) => {
    if (r.quoted[k] || !isPointer(t.lower)) return false;
    // "that" opening a clause ("I want that I…") points at nothing.
    if (t.lower === 'that' && /^(?:VERB|PRON|PROPN)$/.test(tokens[k + 1]?.pos ?? '')) return false;
    // In the want's own clause: "She's happy with it, but I'd want something faster" wants something else.
    return cues.some((c) => Math.abs(c - k) <= MAX_CUE_DISTANCE && r.clause[c] === r.clause[k]);
  });
}

/** Whether a stance cue at `c` is the speaker's: "I" or "we" at most four words before it, or the cue itself ("It's all I want", not "She's happy there"). */
export function speakersCue(tokens: readonly Token[], c: number): boolean {
  return tokens.slice(Math.max(0, c - 4), c + 1).some((t) => t.lower === 'i' || t.lower === 'we');
}

/** Whether a lower-case word points at what was just told ("the same", "that", "it", "it's"). */
function isPointer(word: string): boolean {
  return POINTERS.has(word) || /^(?:it|that)'s$/.test(word);
}

/**
 * Whether a short sentence may announce the speaker's stance on what the next sentence says:
 * "Here's what I'd need from my next employer.", "My priority for this move is simple.", "One
 * thing I'd rather skip in this role.", "What I want most from a team is simple." Needs no model;
 * the reading of the two together decides.
 */
export function mayAnnounce(sentence: string): boolean {
  const words = sentence.match(/[A-Za-z]+(?:['’][a-z]+)?/g);
  if (!words || words.length > MAX_ANNOUNCER_WORDS || /\?\s*$/.test(sentence)) return false;
  return ANNOUNCING.test(sentence.trim());
}

/** Openings and endings that say the object comes next. */
const ANNOUNCING = /^\W*(?:here['’]?s|here is|this is) what\b|^\W*(?:what i|the (?:one )?thing i|one thing|two things|all i|my (?:priority|priorities|ideal|main|biggest|only|one|top|first|non-negotiable|must-have|dealbreaker|condition|requirement)\b)|\b(?:simple|the following|is this|are these|as follows)\W*$/i;
/** An announcing sentence is short: "Here's what I'd need from my next employer." */
const MAX_ANNOUNCER_WORDS = 14;

/**
 * Whether a sentence, read alone, turns away from what the one before it told: a refusal ("I'm
 * never doing that again", "Not again."), a disowning ("That's not me."), or the speaker moving
 * on from it ("Since then I have built…", "After that I moved to MLOps…"). What the sentence
 * before told is then not the speaker's want, whatever it seemed alone.
 */
export function refusesWhatCameBefore(r: SentenceReading, text: string): boolean {
  if (MOVING_ON.test(text)) return true;
  const { tokens } = r;
  const pointer = tokens.some((t, k) => !r.quoted[k] && (ANAPHORS.has(t.lower) || t.lower === 'it'));
  if (!pointer) return false;
  const noes = tokens.filter((t) => t.lemma === 'not' || t.lower === 'never' || t.lower === 'no').length;
  if (noes % 2 === 1 && tokens.some((t) => AGAIN.has(t.lower))) return true;
  return disowns(tokens);
}

/** A sentence opening on the speaker's time after what was told: "Since then I…", "After that, we…", "These days I…". */
const MOVING_ON = /^\W*(?:since then|since that|after that|after this|these days|nowadays)\b[\s,]*(?:i|we|i've|i'm|we've|we're)\b/i;

/** Words that make a pointing sentence an explanation: "That's why…", "This is the reason…". */
const EXPLAINING = new Set(['why', 'because', 'reason', 'since', 'so']);
/** How far the pointer may sit from the want it is the object or subject of ("Such a structure I would like to see"). */
const MAX_CUE_DISTANCE = 8;

/** The verb stem of an inflected surface form, roughly: "wants" → "want", "helped" → "help", "liking" → "like". */
function stemOf(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ed') || word.endsWith('es')) return STANCE_WORDS.has(word.slice(0, -1)) ? word.slice(0, -1) : word.slice(0, -2);
  if (word.endsWith('ing')) return STANCE_WORDS.has(`${word.slice(0, -3)}e`) ? `${word.slice(0, -3)}e` : word.slice(0, -3);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}
